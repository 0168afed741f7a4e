// A group of radio buttons, the one both pages use. On the options page each choice has a line
// saying what it means (`explains`), one choice per line; in the recipe view the choices sit side
// by side with one hint under them (`hint`). `class` picks the page's look.
export interface Choice<T extends string> {
  value: T;
  name: string;
  explains?: string;
}

interface Props<T extends string> {
  id: string;
  legend: string;
  choices: ReadonlyArray<Choice<T>>;
  value: T;
  hint?: string;
  class: string;
  onChange(value: T): void;
}

export function ChoiceGroup<T extends string>({ id, legend, choices, value, hint, class: look, onChange }: Props<T>) {
  const explained = choices.some((c) => c.explains);
  return (
    <fieldset class={look} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {explained ? (
        choices.map((c) => (
          <div class="option" key={c.value}>
            <input
              type="radio"
              id={`${id}-${c.value}`}
              name={id}
              value={c.value}
              checked={value === c.value}
              aria-describedby={`${id}-${c.value}-hint`}
              onChange={() => onChange(c.value)}
            />
            <div>
              <label for={`${id}-${c.value}`}>{c.name}</label>
              <p class="hint" id={`${id}-${c.value}-hint`}>{c.explains}</p>
            </div>
          </div>
        ))
      ) : (
        <div class="row">
          {choices.map((c) => (
            <label class="check" key={c.value}>
              <input type="radio" name={id} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
              {c.name}
            </label>
          ))}
        </div>
      )}
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
    </fieldset>
  );
}
