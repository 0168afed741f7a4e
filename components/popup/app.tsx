// The popup: paste, offline format check, one-click verify, verdict. The token lives in this
// component's state only: no storage, no URL, no console; Clear or closing the popup forgets it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { usePendingSelection } from '../../lib/context-menu/use-pending-selection';
import { cleanPaste } from '../../lib/token/clean-paste';
import { classifyToken } from '../../lib/token/classify-token';
import type { Verdict } from '../../lib/token/verdict';
import { verifyToken, type VerifyDeps } from '../../lib/token/verify';
import { AccountField, AccountOwnedToggle } from './account-field';
import { FormatBox } from './format-box';
import { RecipesPanel } from './recipes-panel';
import { TokenField } from './token-field';
import { useTabAccount } from './use-tab-account';
import { useWait } from './use-wait';
import { VerdictView } from './verdict-view';

export function App({ fetch }: { fetch?: VerifyDeps['fetch'] }) {
  const [token, setToken] = useState('');
  const [removed, setRemoved] = useState<string[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [accountId, setAccountId] = useState('');
  const [accountOwned, setAccountOwned] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [busy, setBusy] = useState(false);
  const wait = useWait();
  const tabAccount = useTabAccount();
  const tokenInput = useRef<HTMLInputElement>(null);
  // Bumped on every change: an answer for a token that is no longer in the field is dropped.
  const generation = useRef(0);
  // Verify stays the default view; ?view=recipes (dashboard entry) opens the recipe list.
  const [view, setView] = useState(() => (new URLSearchParams(location.search).get('view') === 'recipes' ? 'recipes' : 'verify'));
  // Opened from the context menu: the selection is pre-filled (and classified), not verified.
  usePendingSelection((text) => {
    const cleaned = cleanPaste(text);
    generation.current++;
    setToken(cleaned.value);
    setRemoved(cleaned.removed);
  });

  useEffect(() => {
    if (tabAccount) setAccountId((typed) => typed || tabAccount);
  }, [tabAccount]);

  const format = classifyToken(token);
  const showAccount = format.kind === 'account-token' || (format.kind === 'legacy-token' && accountOwned);
  const blocked = busy || wait.left > 0;

  const changed = () => {
    generation.current++;
    setVerdict(null);
    setBusy(false);
  };

  async function submit(e: Event) {
    e.preventDefault();
    if (blocked) return;
    const mine = ++generation.current;
    setBusy(true);
    setVerdict(null);
    const result = await verifyToken({ token, format, accountId, accountOwned }, { fetch });
    if (mine !== generation.current) return;
    setBusy(false);
    setVerdict(result);
    if (result.retryAfter) wait.start(result.retryAfter);
  }

  function clear() {
    changed();
    setToken('');
    setRemoved([]);
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
      <form onSubmit={submit} aria-busy={busy}>
        <TokenField
          value={token}
          revealed={revealed}
          inputRef={tokenInput}
          onReveal={setRevealed}
          onChange={(value, cut) => {
            if (value !== token) changed();
            setToken(value);
            setRemoved(cut);
          }}
        />
        <FormatBox format={format} removed={removed} />
        {format.kind === 'legacy-token' && <AccountOwnedToggle checked={accountOwned} onChange={(v) => { changed(); setAccountOwned(v); }} />}
        {showAccount && <AccountField value={accountId} prefilled={tabAccount !== null && accountId === tabAccount} onChange={(v) => { changed(); setAccountId(v); }} />}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled={blocked}>Verify</button>
          <button type="button" class="secondary" onClick={clear}>Clear</button>
          {busy && <span class="hint" role="status">Asking Cloudflare…</span>}
          {!busy && wait.left > 0 && verdict?.state !== 'rate-limited' && <span class="hint">Cloudflare asked to wait: {wait.left} s</span>}
        </div>
      </form>
      <div aria-live="polite">{verdict && <VerdictView verdict={verdict} waitLeft={wait.left} />}</div>
      <p><button type="button" class="link" onClick={() => setView('recipes')}>Create a least-privilege token</button></p>
      <footer>The token stays in this popup's memory and is sent only to api.cloudflare.com.</footer>
      </>}
    </main>
  );
}
