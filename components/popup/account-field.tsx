// The Account ID: needed for account tokens (their verify endpoint is per account), and for a
// legacy-format token the user says belongs to an account. Not a secret.
import { isAccountId } from '../../lib/token/verify-request';

interface Props {
  value: string;
  prefilled: boolean;
  onChange(value: string): void;
}

export function AccountField({ value, prefilled, onChange }: Props) {
  const bad = value.trim() !== '' && !isAccountId(value);
  return (
    <div class="field">
      <label for="account">Account ID</label>
      <input
        id="account"
        type="text"
        value={value}
        autocomplete="off"
        spellcheck={false}
        inputMode="text"
        maxLength={40}
        aria-invalid={bad}
        aria-describedby="account-hint"
        placeholder="32 characters, 0-9 and a-f"
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <p id="account-hint" class={bad ? 'hint error' : 'hint'}>
        {bad
          ? 'An Account ID is 32 characters, 0-9 and a-f.'
          : prefilled
            ? 'Taken from the dashboard tab you have open.'
            : 'In the dashboard address: dash.cloudflare.com/<Account ID>/…'}
      </p>
    </div>
  );
}

interface OwnedProps {
  checked: boolean;
  onChange(checked: boolean): void;
}

/** Older tokens look the same for users and accounts, so the user says which it is. */
export function AccountOwnedToggle({ checked, onChange }: OwnedProps) {
  return (
    <div class="check">
      <input id="owned" type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for="owned">It is an account-owned token</label>
    </div>
  );
}
