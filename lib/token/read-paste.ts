// Everything the popup takes from one paste (or what the field holds after typing): the capped
// text cleaned to the value to check, what was removed, whether the paste was cut, an Account
// ID it carried, and a hint the value alone can't give. The raw text is never kept.
import { accountIdFromPaste } from './account-from-paste';
import { capPaste } from './cap-paste';
import { cleanPaste } from './clean-paste';
import { pasteHint } from './not-a-token';
import type { PasteHint } from './token-kinds';

export interface PasteReading {
  value: string;
  removed: string[];
  /** The paste's full length when only its start was kept. */
  cutFrom: number | null;
  /** An Account ID the paste named (CLOUDFLARE_ACCOUNT_ID=…, a dashboard address). */
  accountId: string | null;
  hint?: PasteHint;
}

export function readPaste(raw: string): PasteReading {
  const { text, cutFrom } = capPaste(raw);
  const { value, removed } = cleanPaste(text);
  const hint = pasteHint(text);
  return { value, removed, cutFrom, accountId: accountIdFromPaste(text), ...(hint && { hint }) };
}

export const EMPTY_PASTE: PasteReading = { value: '', removed: [], cutFrom: null, accountId: null };
