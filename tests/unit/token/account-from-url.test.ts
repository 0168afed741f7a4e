import { describe, expect, it } from 'vitest';
import { accountIdFromUrl } from '../../../lib/token/account-from-url';

const ID = '01a7362d577a6c3019a474fd6f485823';

describe('accountIdFromUrl', () => {
  it.each([
    [`https://dash.cloudflare.com/${ID}`, ID],
    [`https://dash.cloudflare.com/${ID}/api-tokens`, ID],
    [`https://dash.cloudflare.com/${ID}/example.com/dns/records?x=1`, ID],
    ['https://dash.cloudflare.com/profile/api-tokens', null],
    [`https://dash.cloudflare.com/${ID.toUpperCase()}/home`, null],
    [`https://dash.cloudflare.com/${ID}0/home`, null],
    [`http://dash.cloudflare.com/${ID}/home`, null],
    [`https://evil.example/${ID}`, null],
    [`https://dash.cloudflare.com.evil.example/${ID}`, null],
    [`https://example.com/?next=https://dash.cloudflare.com/${ID}`, null],
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s -> %s', (url, expected) => expect(accountIdFromUrl(url)).toBe(expected));
});
