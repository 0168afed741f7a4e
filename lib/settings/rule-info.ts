// Plain names and one line each for the options page: what every analyzer rule checks.
// A test makes sure every code in RULE_CODES has an entry here.
export interface RuleInfo {
  name: string;
  checks: string;
}

export const RULE_INFO: Readonly<Record<string, RuleInfo>> = {
  'token-minting': { name: 'Can create tokens', checks: 'Warns when a token may create new API tokens: a leak of it can become any access.' },
  'critical-permission': { name: 'Critical permissions', checks: 'Warns about permissions that control core parts of your setup, like DNS or Workers.' },
  'all-accounts': { name: 'Every account', checks: 'Warns when a token reaches all accounts you can access, not just the one it needs.' },
  'all-zones': { name: 'Every zone', checks: 'Warns when a token reaches all zones, including ones added later.' },
  'no-ip-filter': { name: 'No IP filter', checks: 'Warns when a token works from any IP address.' },
  'no-expiry': { name: 'No end date', checks: 'Warns when a token never expires.' },
  'long-lived': { name: 'Long lifetime', checks: 'Warns when the end date is further away than the maximum lifetime set above.' },
  'unused-token': { name: 'Unused tokens', checks: 'On the tokens list, names tokens nobody has used for longer than the days set below (from the dashboard\'s own data).' },
  'write-access': { name: 'Write where read may do', checks: 'Suggests a read-only permission when the job may only need to look.' },
  'sensitive-read': { name: 'Sensitive reads', checks: 'Warns about read access to logs, personal data, secrets or security settings.' },
  'broad-token': { name: 'Too many permissions', checks: 'Warns when one token holds many permission groups at once.' },
  'redundant-permission': { name: 'Duplicate permissions', checks: 'Points out a read permission already included in an edit permission.' },
  'account-token-incompatible': { name: 'Account token limits', checks: "Warns about permissions that don't work, or may not work, in an account-owned token." },
  'unknown-permission': { name: 'Unknown permissions', checks: "Notes permissions Token Lens doesn't know yet, so silence isn't read as safe." },
};

export const STRICTNESS_INFO: ReadonlyArray<{ value: 'strict' | 'balanced' | 'relaxed'; name: string; explains: string }> = [
  { value: 'strict', name: 'Strict', explains: 'Small hygiene issues count too, raised from low to medium.' },
  { value: 'balanced', name: 'Balanced', explains: 'The default: every warning at its usual level.' },
  { value: 'relaxed', name: 'Relaxed', explains: 'Hides minor warnings and softens hygiene ones; risky permissions are always shown.' },
];

export const NOTES_INFO: ReadonlyArray<{ value: 'compact' | 'expanded'; name: string; explains: string }> = [
  { value: 'compact', name: 'Compact', explains: 'A badge and one line beside each permission; open a note to read more.' },
  { value: 'expanded', name: 'Expanded', explains: 'Notes with warnings open by themselves, their warnings in view.' },
];
