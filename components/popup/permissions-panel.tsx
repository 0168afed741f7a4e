// After "Works": the token's permissions, when the token may read them. The frame ships with the
// popup; the list (the catalog and the analyzer) is a chunk fetched with import() at the same
// time as the details, so the Verify view loads small. The request goes, with the same token,
// to api.cloudflare.com only; an answer for a verdict no longer shown is dropped.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { canAskDetails, fetchTokenDetails, type DetailsAnswer } from '../../lib/token/token-details';
import type { Verdict } from '../../lib/token/verdict';
import type { VerifyDeps } from '../../lib/token/verify';
import type { PermissionsViewProps } from './permissions/permissions-view';

export type LoadPermissions = () => Promise<{ PermissionsView: ComponentType<PermissionsViewProps> }>;
const loadPermissions: LoadPermissions = () => import('./permissions/permissions-view');

interface Props {
  token: string;
  verdict: Verdict;
  fetch?: VerifyDeps['fetch'];
  load?: LoadPermissions;
}

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; View: ComponentType<PermissionsViewProps>; result: unknown }
  | { kind: 'no-view' }
  | Exclude<DetailsAnswer, { kind: 'ok' }>
  | { kind: 'no-id' };

const NEEDS = 'reading them needs the API Tokens Read permission (Account API Tokens Read for an account token), which this token does not have';

export function PermissionsPanel({ token, verdict: v, fetch, load = loadPermissions }: Props) {
  const askable = canAskDetails(v.tokenId, v.endpoint, v.accountId);
  const [state, setState] = useState<State>(() => (askable ? { kind: 'loading' } : { kind: 'no-id' }));
  useEffect(() => {
    if (!askable || !v.tokenId || !v.endpoint) return;
    let live = true;
    const controller = new AbortController();
    const details = fetchTokenDetails({ token, endpoint: v.endpoint, tokenId: v.tokenId, accountId: v.accountId, signal: controller.signal }, fetch);
    const view = load().then((m) => m.PermissionsView, () => null);
    void Promise.all([details, view]).then(([answer, View]) => {
      if (!live) return;
      if (answer.kind !== 'ok') setState(answer);
      else setState(View ? { kind: 'ready', View, result: answer.result } : { kind: 'no-view' });
    });
    return () => {
      live = false;
      controller.abort();
    };
  }, [token, v]);

  return (
    <section class="permissions" aria-labelledby="permissions-title" aria-busy={state.kind === 'loading'} data-testid="permissions-box" data-status={state.kind}>
      <h3 id="permissions-title">What it may do</h3>
      {state.kind === 'loading' && <p class="hint" role="status">Reading its permissions…</p>}
      {state.kind === 'ready' && <state.View result={state.result} owner={v.endpoint === 'account' ? 'account' : 'user'} />}
      {state.kind === 'not-allowed' && <p class="hint" data-testid="permissions-unavailable">Its permissions can't be shown here: {NEEDS} ({state.detail}).</p>}
      {state.kind === 'failed' && <p class="hint" data-testid="permissions-unavailable">Its permissions could not be read ({state.detail}); the token itself works.</p>}
      {state.kind === 'no-view' && <p class="hint" data-testid="permissions-unavailable">Its permissions were read but could not be shown: close and reopen the popup (an update of Token Lens may have replaced its files).</p>}
      {state.kind === 'no-id' && <p class="hint" data-testid="permissions-unavailable">Cloudflare did not name the token's ID, so its permissions can't be looked up.</p>}
    </section>
  );
}
