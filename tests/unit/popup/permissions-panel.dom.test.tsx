// After "Works" (issue item 8): the token's own permissions, asked for with the same token, shown
// as a list with the analyzer's findings; one line when the token may not read them; nothing
// shown for a verdict that is gone.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PermissionsPanel } from '../../../components/popup/permissions-panel';
import type { Verdict } from '../../../lib/token/verdict';
import { verdict } from '../../../lib/token/verdict';
import { dnsAllZonesBare, mintingToken } from '../policy/api-fixtures';

afterEach(cleanup);

const TOKEN = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
const TOKEN_ID = 'ed17574386854bf78a67040be0a770b0';
const works = (extra: Partial<Verdict> = {}) => verdict('active', 'x.', 'y.', { tokenId: TOKEN_ID, endpoint: 'user', ...extra });
const json = (status: number, body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body), { status }));
const ok = (result: unknown) => json(200, { success: true, errors: [], messages: [], result });

describe('PermissionsPanel', () => {
  it('lists each permission group with its ID, where it applies, and the findings', async () => {
    render(<PermissionsPanel token={TOKEN} verdict={works()} fetch={ok(dnsAllZonesBare)} />);
    const list = await screen.findByTestId('permissions', {}, { timeout: 5000 });
    const items = [...list.querySelectorAll('li')].map((li) => [li.dataset.permissionId, li.dataset.effect, li.textContent]);
    expect(items).toEqual([
      ['4755a26eedb94da69e1066d98aa820be', 'allow', expect.stringMatching(/^DNS Edit.*All zones$/)],
      ['c8fed203ed3043cba015a93ad1616f1f', 'allow', expect.stringMatching(/^Zone Read.*All zones$/)],
      ['4755a26eedb94da69e1066d98aa820be', 'deny', expect.stringMatching(/^DNS Edit.*Denied on: Zone 9a78…3dac$/)],
    ]);
    const codes = [...screen.getByTestId('permission-findings').querySelectorAll('li')].map((li) => li.dataset.code);
    expect(codes).toContain('all-zones');
    expect(codes).toContain('no-expiry');
    expect(screen.getByTestId('permissions-box').getAttribute('data-status')).toBe('ready');
  });

  it('flags a token-minting permission on its item', async () => {
    render(<PermissionsPanel token={TOKEN} verdict={works()} fetch={ok(mintingToken)} />);
    const list = await screen.findByTestId('permissions', {}, { timeout: 5000 });
    expect(list.querySelector('li .badge')?.textContent).toBe('Critical');
  });

  it.each([
    ['403 / 9109', 'user', json(403, { success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }] }), /can't be shown here: reading them needs the API Tokens Read permission.*\(HTTP 403, code 9109\)/],
    ['403 / 10000 on an account token', 'account', json(403, { success: false, errors: [{ code: 10000, message: 'Authentication error' }] }), /Account API Tokens Read/],
    ['500', 'user', json(500, { success: false, errors: [] }), /could not be read \(HTTP 500\); the token itself works/],
    ['no connection', 'user', () => Promise.reject(new TypeError('Failed to fetch')), /could not be read \(no connection\)/],
    ['a reply with no policies', 'user', ok({ id: TOKEN_ID, status: 'active' }), /form Token Lens can't read/],
  ] as const)('one line when they can\'t be shown: %s', async (_name, endpoint, fetch, line) => {
    render(<PermissionsPanel token={TOKEN} verdict={works({ endpoint, accountId: ACCOUNT })} fetch={fetch} />);
    expect((await screen.findByTestId('permissions-unavailable', {}, { timeout: 5000 })).textContent).toMatch(line);
    expect(screen.queryByTestId('permissions')).toBeNull();
  });

  it('asks the endpoint that knew the token, with the same token', async () => {
    const calls: Array<[string, unknown]> = [];
    const fetch = (url: string, init: RequestInit) => {
      calls.push([url, init.headers]);
      return json(403, { success: false, errors: [] })();
    };
    render(<PermissionsPanel token={TOKEN} verdict={works({ endpoint: 'account', accountId: ACCOUNT })} fetch={fetch} />);
    await screen.findByTestId('permissions-unavailable');
    expect(calls).toEqual([[`https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}/tokens/${TOKEN_ID}`, { Authorization: `Bearer ${TOKEN}` }]]);
  });

  it('asks nothing when Cloudflare named no token ID', async () => {
    const calls: string[] = [];
    render(<PermissionsPanel token={TOKEN} verdict={works({ tokenId: undefined })} fetch={(url) => (calls.push(url), ok({})())} />);
    expect(screen.getByTestId('permissions-unavailable').textContent).toMatch(/did not name the token's ID/);
    expect(calls).toEqual([]);
  });

  it('drops the answer and aborts the request once the verdict is gone', async () => {
    let signal: AbortSignal | undefined;
    let settle!: (r: Response) => void;
    const fetch = (_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Promise<Response>((resolve) => void (settle = resolve));
    };
    const { unmount } = render(<PermissionsPanel token={TOKEN} verdict={works()} fetch={fetch} />);
    expect(screen.getByRole('status').textContent).toBe('Reading its permissions…');
    await waitFor(() => expect(signal).toBeDefined());
    unmount();
    await waitFor(() => expect(signal?.aborted).toBe(true));
    settle(new Response(JSON.stringify({ success: true, errors: [], result: dnsAllZonesBare })));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('permissions')).toBeNull();
  });
});
