// Where a policy applies, in a few words: "All zones", "Account 01a7…5823", "Your user".
import type { Policy, Resource } from '../../../lib/policy/model';

const short = (id: string) => (id.length > 12 ? `${id.slice(0, 4)}\u2026${id.slice(-4)}` : id);

function one(r: Resource): string {
  switch (r.type) {
    case 'account': return r.id === '*' ? 'All accounts' : `Account ${r.label ?? short(r.id)}`;
    case 'zone': return r.id === '*' ? 'All zones' : `Zone ${r.label ?? short(r.id)}`;
    case 'account-zones': return r.accountId === '*' ? 'All zones' : `All zones of account ${short(r.accountId)}`;
    case 'user': return 'Your user';
    case 'r2-bucket': return r.id === '*' ? 'All R2 buckets' : `R2 bucket ${r.label ?? short(r.id)}`;
    default: return 'A resource Token Lens does not know';
  }
}

export function where(policy: Policy): string {
  const places = [...new Set(policy.include.map(one))];
  const text = places.length ? places.join(', ') : 'No resources named';
  return policy.effect === 'deny' ? `Denied on: ${text}` : text;
}
