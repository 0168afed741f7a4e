// Where on the page a fix is made. The classic form and the account-token builder name the same
// settings differently, so a fix says "Under TTL" on one and "Under Token expiration" on the other.
import type { TokenModel } from '../policy/model';

export interface Places {
  /** The section that sets the token's end date. */
  ttl: string;
  /** How to narrow a policy that reaches every zone. */
  narrowZones: string;
}

const CLASSIC: Places = {
  ttl: 'TTL',
  narrowZones: 'Under Zone Resources, choose "Specific zone" and pick only the zones the job needs.',
};

const ACCOUNT_BUILDER: Places = {
  ttl: 'Token expiration',
  narrowZones: 'In the policy\'s scope selector, replace "All Domains" with only the domains the job needs.',
};

/** The classic form's names unless the model was read from the account-token builder. */
export function placesFor(model: Pick<TokenModel, 'source'>): Places {
  return model.source === 'account-builder' ? ACCOUNT_BUILDER : CLASSIC;
}
