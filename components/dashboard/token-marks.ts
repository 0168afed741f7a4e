// A tokens-list badge's host says where its rating came from: data-source "api" (the dashboard's
// own reply) or "page" (what the row shows), and data-token-id when the reply named the token.
import type { BadgePlan } from '../../lib/dashboard/annotate/types';
import { setAttr } from './host';

export function markToken(host: HTMLElement, plan: BadgePlan): void {
  if (plan.kind !== 'token') return;
  if (plan.source) setAttr(host, 'data-source', plan.source);
  else host.removeAttribute('data-source');
  if (plan.tokenId) setAttr(host, 'data-token-id', plan.tokenId);
  else host.removeAttribute('data-token-id');
}
