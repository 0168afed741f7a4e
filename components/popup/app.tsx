// The popup: paste, offline format check, one-click verify, verdict, and after "Works" the
// token's permissions. The token lives in this component's state only: no storage, no URL, no
// console; Clear or closing the popup forgets it.
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { usePendingSelection } from './use-pending-selection';
import { classifyToken } from '../../lib/token/classify-token';
import { formatAdvice } from '../../lib/token/format-advice';
import { EMPTY_PASTE, readPaste, type PasteReading } from '../../lib/token/read-paste';
import type { Verdict } from '../../lib/token/verdict';
import { verifyToken, type VerifyDeps } from '../../lib/token/verify';
import { isAccountId } from '../../lib/token/verify-request';
import { AccountField, AccountOwnedToggle } from './account-field';
import { FormatBox } from './format-box';
import { PermissionsPanel } from './permissions-panel';
import { RecipesPanel } from './recipes-panel';
import { TokenField } from './token-field';
import { useAccount } from './use-account';
import { useWait } from './use-wait';
import { VerdictView } from './verdict-view';

export function App({ fetch }: { fetch?: VerifyDeps['fetch'] }) {
  const [paste, setPaste] = useState<PasteReading>(EMPTY_PASTE);
  const [revealed, setRevealed] = useState(false);
  const account = useAccount();
  const [accountOwned, setAccountOwned] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [busy, setBusy] = useState(false);
  const wait = useWait();
  const tokenInput = useRef<HTMLInputElement>(null);
  // Bumped on every change: an answer for a token that is no longer in the field is dropped.
  const generation = useRef(0);
  // Verify stays the default view; ?view=recipes (dashboard entry) opens the recipe list.
  const [view, setView] = useState(() => (new URLSearchParams(location.search).get('view') === 'recipes' ? 'recipes' : 'verify'));

  const token = paste.value;
  const format = classifyToken(token, paste.hint);
  const fromPaste = account.source === 'paste';
  const showAccount = format.kind === 'account-token' || (format.kind === 'legacy-token' && (accountOwned || fromPaste));
  const blocked = busy || wait.left > 0;
  const advice = formatAdvice(format, { accountReady: isAccountId(account.id), sent: verdict !== null && verdict.state !== 'not-sent' });

  const changed = () => {
    generation.current++;
    setVerdict(null);
    setBusy(false);
  };

  const take = (reading: PasteReading) => {
    const newAccount = reading.accountId !== null && reading.accountId !== account.id;
    if (reading.value !== token || newAccount) changed();
    setPaste(reading);
    if (reading.accountId) account.set(reading.accountId, 'paste');
  };

  // Opened from the context menu: the selection is pre-filled (and classified), not verified.
  usePendingSelection((text) => take(readPaste(text)));

  async function check(insist: boolean) {
    if (blocked) return;
    const mine = ++generation.current;
    setBusy(true);
    setVerdict(null);
    const result = await verifyToken({ token, format, accountId: account.id, accountOwned, insist }, { fetch });
    if (mine !== generation.current) return;
    setBusy(false);
    setVerdict(result);
    if (result.retryAfter) wait.start(result.retryAfter);
  }

  function clear() {
    changed();
    setPaste(EMPTY_PASTE);
    setRevealed(false);
    setAccountOwned(false);
    tokenInput.current?.focus();
  }

  return (
    <main>
      <header>
        <img src="/icon/48.png" alt="" width={24} height={24} />
        <div>
          <h1>Token Lens</h1>
          <p class="subtitle">Check a Cloudflare API token</p>
        </div>
      </header>
      {view === 'recipes' ? <RecipesPanel onBack={() => setView('verify')} openTab={(url) => void browser.tabs.create({ url })} /> : <>
      <form onSubmit={(e) => { e.preventDefault(); void check(false); }} aria-busy={busy}>
        <TokenField value={token} revealed={revealed} inputRef={tokenInput} onReveal={setRevealed} onChange={take} />
        <FormatBox format={format} advice={advice} removed={paste.removed} cutFrom={paste.cutFrom} />
        {format.kind === 'legacy-token' && <AccountOwnedToggle checked={accountOwned} onChange={(v) => { changed(); setAccountOwned(v); }} />}
        {showAccount && <AccountField value={account.id} source={account.source} onChange={(v) => { changed(); account.set(v, 'typed'); }} />}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled={blocked}>Verify</button>
          <button type="button" class="secondary" onClick={clear}>Clear</button>
          {busy && <span class="hint" role="status">Asking Cloudflare…</span>}
          {!busy && wait.left > 0 && verdict?.state !== 'rate-limited' && <span class="hint">Cloudflare asked to wait: {wait.left} s</span>}
        </div>
      </form>
      <div aria-live="polite">
        {verdict && (
          <VerdictView verdict={verdict} waitLeft={wait.left} onInsist={() => void check(true)}>
            {verdict.state === 'active' && <PermissionsPanel token={token} verdict={verdict} fetch={fetch} />}
          </VerdictView>
        )}
      </div>
      <p><button type="button" class="link" onClick={() => setView('recipes')}>Create a least-privilege token</button></p>
      <footer>The token stays in this popup's memory and is sent only to api.cloudflare.com.</footer>
      </>}
    </main>
  );
}
