// A small radio group (token type, zones) with the recipe's advice under it.
interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: Array<[T, string]>;
  hint: string;
  onChange(value: T): void;
}

export function ChoiceGroup<T extends string>({ name, legend, value, options, hint, onChange }: Props<T>) {
  return (
    <fieldset class="choice" aria-describedby={`${name}-hint`}>
      <legend>{legend}</legend>
      <div class="row">
        {options.map(([v, label]) => (
          <label class="check" key={v}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            {label}
          </label>
        ))}
      </div>
      <p id={`${name}-hint`} class="hint">{hint}</p>
    </fieldset>
  );
}
