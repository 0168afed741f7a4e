// What a create-token link pre-selects under Account Resources and Zone Resources
// (docs/dashboard.md §pre-filled-links: accountId "*" = all accounts, zoneId "all" = all zones).
import type { Resource } from './model';

/** What the link pre-selects under Account Resources and Zone Resources. */
export function resourcesOf(owner: 'user' | 'account', account: string | undefined, params: URLSearchParams) {
  const zoneId = params.get('zoneId')?.trim();
  const zone = (fallback: Resource[]): Resource[] =>
    zoneId === 'all' ? (owner === 'account' ? fallback : [{ type: 'zone', id: '*' }]) : zoneId ? [{ type: 'zone', id: zoneId }] : fallback;
  if (owner === 'account') {
    // An account token covers its own account; the new builder starts at "Entire Account".
    const id = account ?? ':account';
    const label = id === ':account' ? 'The account you pick' : undefined;
    return {
      account: [{ type: 'account', id, ...(label ? { label } : {}) }] as Resource[],
      zone: zone([{ type: 'account-zones', accountId: id, ...(label ? { label } : {}) }]),
    };
  }
  const accountId = params.get('accountId')?.trim();
  // Without accountId/zoneId the link leaves the choice to the form: empty = not said.
  return { account: accountId ? ([{ type: 'account', id: accountId }] as Resource[]) : [], zone: zone([]) };
}
