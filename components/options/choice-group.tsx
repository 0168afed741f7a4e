// A group of radio buttons, each with a name and one line saying what it means.
export interface Choice<T extends string> {
  value: T;
  name: string;
  explains: string;
}

interface Props<T extends string> {
  id: string;
  legend: string;
  choices: ReadonlyArray<Choice<T>>;
  value: T;
  onChange(value: T): void;
}

export function ChoiceGroup<T extends string>({ id, legend, choices, value, onChange }: Props<T>) {
  return (
    <fieldset class="card">
      <legend>{legend}</legend>
      {choices.map((c) => (
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
      ))}
    </fieldset>
  );
}
