// What the Account ID field keeps (issue item 5): a pasted dashboard address becomes its ID.
import { describe, expect, it } from 'vitest';
import { accountIdInput } from '../../../lib/token/account-input';

const ID = '01a7362d577a6c3019a474fd6f485823';

describe('accountIdInput', () => {
  it.each([
    ['the ID', ID, ID],
    ['a dashboard address', `https://dash.cloudflare.com/${ID}/home`, ID],
    ['a dashboard address with a query and spaces', `  https://dash.cloudflare.com/${ID}/api-tokens?x=1  `, ID],
    ['without the scheme', `dash.cloudflare.com/${ID}/workers`, ID],
    ['http', `http://dash.cloudflare.com/${ID}`, ID],
    ['the profile page: no ID, kept as typed', 'https://dash.cloudflare.com/profile/api-tokens', 'https://dash.cloudflare.com/profile/api-tokens'],
    ['another host is not taken apart', `https://example.com/${ID}/home`, `https://example.com/${ID}/home`],
    ['half typed', '01a7', '01a7'],
    ['empty', '', ''],
  ])('%s', (_name, text, kept) => {
    expect(accountIdInput(text)).toBe(kept);
  });

  it('keeps at most 2,000 characters of anything', () => {
    expect(accountIdInput('x'.repeat(100_000))).toHaveLength(2_000);
  });
});
