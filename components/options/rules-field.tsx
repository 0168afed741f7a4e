// One checkbox per analyzer rule, with its plain name and what it checks (from the rule's
// descriptor; the box stores the descriptor's option key in disabledRules). Codes stored as
// disabled that this version doesn't know (from a newer version on another device) are kept.
import { RULE_DESCRIPTORS } from '../../lib/analysis/rules';

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
        {RULE_DESCRIPTORS.map(({ option: { key: code }, title, checks }) => {
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
                <label for={`rule-${code}`}>{title}</label>
                <p class="hint" id={`rule-${code}-hint`}>{checks}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
