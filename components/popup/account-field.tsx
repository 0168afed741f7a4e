// The Account ID: needed for account tokens (their verify endpoint is per account), and for a
// legacy-format token the user says belongs to an account. Not a secret. A dashboard address
// typed or pasted here is reduced to the ID in it.
import { accountIdInput } from '../../lib/token/account-input';
import { isAccountId } from '../../lib/token/verify-request';
import type { AccountSource } from './use-account';

interface Props {
  value: string;
  source: AccountSource | null;
  onChange(value: string): void;
}

const FROM: Record<AccountSource, string> = {
  tab: 'Taken from the dashboard tab you have open.',
  paste: 'Taken from the pasted text.',
  typed: 'In the dashboard address: dash.cloudflare.com/<Account ID>/…',
};

export function AccountField({ value, source, onChange }: Props) {
  const bad = value.trim() !== '' && !isAccountId(value);
  const take = (input: HTMLInputElement, raw: string) => {
    const id = accountIdInput(raw);
    // Write back at once: a controlled field whose state did not change would keep the address.
    if (input.value !== id) input.value = id;
    onChange(id);
  };
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
        aria-invalid={bad}
        aria-describedby="account-hint"
        placeholder="32 characters, or the dashboard address"
        onInput={(e) => take(e.currentTarget, e.currentTarget.value)}
      />
      <p id="account-hint" class={bad ? 'hint error' : 'hint'}>
        {bad ? 'An Account ID is 32 characters, 0-9 and a-f.' : FROM[source ?? 'typed']}
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
