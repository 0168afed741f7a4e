// What the page shows but the readers could not read, as neutral lines for the summary (and the
// section's box): the review then never reads "no warnings" while part of the page went unread,
// and no warning is made up from it (a date we can't read is not "never expires").
import { DOCS } from '../../analysis/docs';
import type { Finding } from '../../analysis/types';
import type { SectionName, Unread } from '../types';

export const UNREAD_CODE = 'unread-field';

const FIELD_NAMES: Partial<Record<SectionName, string>> = {
  'ip-filter': 'the IP address filter',
  ttl: 'the token’s dates (TTL / expiration)',
  permissions: 'the permissions',
  'account-resources': 'the account resources',
  'zone-resources': 'the zone resources',
};

const WHY = 'Token Lens found this part of the form but could not read what its controls show, so it says nothing about it: no warning here means “not checked”, not “fine”.';

export function unreadFindings(unread: Unread | undefined): Finding[] {
  if (!unread) return [];
  const out: Finding[] = unread.fields.map((section) => ({
    code: UNREAD_CODE,
    severity: 'info',
    title: `Couldn’t read ${FIELD_NAMES[section] ?? section}`,
    why: WHY,
    fix: 'Check this part yourself before you create the token.',
    docs: DOCS.restrict,
    target: { kind: 'section', section },
  }));
  if (unread.rows > 0) {
    out.push({
      code: UNREAD_CODE,
      severity: 'info',
      title: `Couldn’t read ${unread.rows === 1 ? 'one permission row' : `${unread.rows} permission rows`}`,
      why: WHY,
      fix: 'Check what those rows grant yourself: the review leaves them out.',
      docs: DOCS.permissions,
      target: { kind: 'section', section: 'permissions' },
    });
  }
  return out;
}
