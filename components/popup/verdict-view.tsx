// The answer after Verify. Shows the token masked at most ("cfut_…abcd"), never in full. After
// "Works": a link to the dashboard page where the token is managed, and what `children` hold
// (its permissions). After "Not sent" for something that is not a Cloudflare token: Verify anyway.
import type { ComponentChildren } from 'preact';
import { apiTokensPage } from '../../lib/token/dashboard-link';
import type { Verdict, VerdictState } from '../../lib/token/verdict';
import { seconds } from '../../lib/token/verdict-dates';

const TONE: Record<VerdictState, 'good' | 'warn' | 'bad' | 'plain'> = {
  active: 'good',
  disabled: 'bad',
  expired: 'bad',
  'not-yet-valid': 'warn',
  invalid: 'bad',
  'wrong-account': 'warn',
  'ip-restricted': 'warn',
  'bad-format': 'bad',
  'rate-limited': 'warn',
  'server-error': 'plain',
  'bad-reply': 'plain',
  offline: 'plain',
  timeout: 'plain',
  'not-sent': 'warn',
};

interface Props {
  verdict: Verdict;
  /** Seconds left while rate-limited; replaces the fixed number in the next step. */
  waitLeft: number;
  /** Sends what was held back as not a Cloudflare token. */
  onInsist?(): void;
  children?: ComponentChildren;
}

export function VerdictView({ verdict: v, waitLeft, onInsist, children }: Props) {
  const tone = v.state === 'active' && v.warnings.length ? 'warn' : TONE[v.state];
  const next = v.state === 'rate-limited'
    ? waitLeft > 0 ? `Wait ${seconds(waitLeft)}; Verify is off until then.` : 'You can verify again now.'
    : v.next;
  return (
    <section class="box verdict" data-testid="verdict" data-state={v.state} data-tone={tone} aria-labelledby="verdict-title">
      <div class="box-head">
        <h2 id="verdict-title">{v.title}</h2>
        {v.masked && <code class="masked" aria-label="Token, shortened">{v.masked}</code>}
      </div>
      <p>{v.message}</p>
      {(v.tokenId || v.notBefore || v.expiresOn || v.state === 'active') && (
        <dl class="facts">
          {v.tokenId && <><dt>Token ID</dt><dd><code>{v.tokenId}</code></dd></>}
          {v.notBefore && <><dt>Valid from</dt><dd>{v.notBefore.date} ({v.notBefore.relative})</dd></>}
          {v.expiresOn
            ? <><dt>Expires</dt><dd>{v.expiresOn.date} ({v.expiresOn.relative})</dd></>
            : v.state === 'active' && <><dt>Expires</dt><dd>Never</dd></>}
        </dl>
      )}
      {v.warnings.map((w) => <p class="warning" key={w}><span aria-hidden="true">⚠ </span>{w}</p>)}
      {v.notes.map((n) => <p class="note" key={n}>{n}</p>)}
      {v.state === 'active' ? (
        <p class="next">
          <strong>Next: </strong>see and manage it on the{' '}
          <a href={apiTokensPage(v.endpoint, v.accountId)} target="_blank" rel="noreferrer" data-testid="dashboard-link">
            {v.endpoint === 'account' ? 'account’s API Tokens page' : 'API Tokens page of your profile'}
          </a>.
        </p>
      ) : (
        <p class="next"><strong>Next: </strong>{next}</p>
      )}
      {v.canInsist && onInsist && (
        <div class="actions">
          <button type="button" class="secondary small" onClick={onInsist}>Verify anyway</button>
        </div>
      )}
      {v.detail && <p class="hint">Cloudflare's answer: {v.detail}</p>}
      {children}
    </section>
  );
}
