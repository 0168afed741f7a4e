// One checkbox per analyzer rule, with its plain name and what it checks. Codes stored as
// disabled that this version doesn't know (from a newer version on another device) are kept.
import { RULE_CODES } from '../../lib/analysis/rules';
import { RULE_INFO } from '../../lib/settings/rule-info';

interface Props {
  disabled: readonly string[];
  onChange(disabled: string[]): void;
}

export function RulesField({ disabled, onChange }: Props) {
  const toggle = (code: string, on: boolean) =>
    onChange(on ? disabled.filter((c) => c !== code) : [...disabled.filter((c) => c !== code), code]);
  return (
    <fieldset class="card">
      <legend>Checks</legend>
      <p class="hint">Turn off the warnings you don't need. Risk badges on permissions stay either way.</p>
      <ul class="rules">
        {RULE_CODES.map((code) => {
          const info = RULE_INFO[code] ?? { name: code, checks: '' };
          return (
            <li class="option" key={code}>
              <input
                type="checkbox"
                id={`rule-${code}`}
                checked={!disabled.includes(code)}
                aria-describedby={`rule-${code}-hint`}
                onChange={(e) => toggle(code, e.currentTarget.checked)}
              />
              <div>
                <label for={`rule-${code}`}>{info.name}</label>
                <p class="hint" id={`rule-${code}-hint`}>{info.checks}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
