// Plain names and one line each for the options page: what every analyzer rule checks, taken
// from the rules' descriptors (lib/analysis/rules/), so every rule has exactly one entry.
import { RULE_DESCRIPTORS } from '../analysis/rules';

export interface RuleInfo {
  name: string;
  checks: string;
}

export const RULE_INFO: Readonly<Record<string, RuleInfo>> = Object.fromEntries(
  RULE_DESCRIPTORS.map((d) => [d.code, { name: d.title, checks: d.checks }]),
);

export const STRICTNESS_INFO: ReadonlyArray<{ value: 'strict' | 'balanced' | 'relaxed'; name: string; explains: string }> = [
  { value: 'strict', name: 'Strict', explains: 'Small hygiene issues count too, raised from low to medium.' },
  { value: 'balanced', name: 'Balanced', explains: 'The default: every warning at its usual level.' },
  { value: 'relaxed', name: 'Relaxed', explains: 'Hides minor warnings and softens hygiene ones; risky permissions are always shown.' },
];

export const NOTES_INFO: ReadonlyArray<{ value: 'compact' | 'expanded'; name: string; explains: string }> = [
  { value: 'compact', name: 'Compact', explains: 'A badge and one line beside each permission; open a note to read more.' },
  { value: 'expanded', name: 'Expanded', explains: 'Notes with warnings open by themselves, their warnings in view.' },
];
