// The popup as a user meets it (components/popup/app.tsx), with a fake network: focus on open,
// pastes of commands, files and huge texts, "Verify anyway", the format box after an answer,
// and an answer for a token no longer in the field.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/popup/app';

const USER = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const ACCT = 'cfat_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const OTHER = 'cfut_Example2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx0f604dde';
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';
const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';
const TOKEN_ID = 'ed17574386854bf78a67040be0a770b0';

afterEach(cleanup);

type Call = { url: string; auth: string; settle(res: Response): void };

/** A fetch whose answers the test gives, one per call, in any order. */
function network() {
  const calls: Call[] = [];
  const fetch = (url: string, init: RequestInit) =>
    new Promise<Response>((settle) => calls.push({ url, auth: (init.headers as Record<string, string>).Authorization, settle }));
  return { fetch, calls };
}
const active = () => new Response(JSON.stringify({ success: true, errors: [], messages: [], result: { id: TOKEN_ID, status: 'active' } }), { status: 200 });
const forbidden = () => new Response(JSON.stringify({ success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }] }), { status: 403 });

const field = () => screen.getByLabelText('API token') as HTMLInputElement;
const verdict = () => screen.queryByTestId('verdict');
function paste(target: HTMLElement, text: string) {
  const data = { getData: (type: string) => (type === 'text/plain' ? text : '') };
  fireEvent.paste(target, { clipboardData: data });
}

describe('App', () => {
  it('the token field has focus when the popup opens', async () => {
    render(<App fetch={network().fetch} />);
    await waitFor(() => expect(document.activeElement).toBe(field()));
  });

  it('drops the answer for a token that is no longer in the field', async () => {
    const net = network();
    render(<App fetch={net.fetch} />);
    fireEvent.input(field(), { target: { value: USER } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(net.calls).toHaveLength(1));
    // The user replaces the token while Cloudflare is still answering for the first one.
    fireEvent.input(field(), { target: { value: OTHER } });
    net.calls[0].settle(active());
    await new Promise((r) => setTimeout(r, 50));
    expect(verdict()).toBeNull();
    expect(screen.queryByText('Asking Cloudflare…')).toBeNull();
    // The token in the field gets its own answer.
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(net.calls).toHaveLength(2));
    expect(net.calls[1].auth).toBe(`Bearer ${OTHER}`);
    net.calls[1].settle(active());
    await waitFor(() => expect(verdict()?.getAttribute('data-state')).toBe('active'));
  });

  it('a .env paste fills the Account ID field and the token field', async () => {
    render(<App fetch={network().fetch} />);
    paste(field(), `CLOUDFLARE_API_TOKEN=${LEGACY}\nCLOUDFLARE_ACCOUNT_ID=${ACCOUNT}\n`);
    await waitFor(() => expect(field().value).toBe(LEGACY));
    const account = screen.getByLabelText('Account ID') as HTMLInputElement;
    expect(account.value).toBe(ACCOUNT);
    expect(screen.getByText('Taken from the pasted text.')).toBeTruthy();
  });

  it('the Account ID field keeps the ID out of a pasted dashboard address', async () => {
    render(<App fetch={network().fetch} />);
    fireEvent.input(field(), { target: { value: ACCT } });
    const account = (await screen.findByLabelText('Account ID')) as HTMLInputElement;
    fireEvent.input(account, { target: { value: `https://dash.cloudflare.com/${ACCOUNT}/home` } });
    await waitFor(() => expect(account.value).toBe(ACCOUNT));
    expect(account.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByTestId('format').textContent).not.toContain('Enter the ID of the account');
  });

  it('a JWT is held back on Verify and sent on "Verify anyway"', async () => {
    const net = network();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    render(<App fetch={net.fetch} />);
    fireEvent.input(field(), { target: { value: jwt } });
    fireEvent.submit(field().form!);
    await waitFor(() => expect(verdict()?.getAttribute('data-state')).toBe('not-sent'));
    expect(screen.getByTestId('format').getAttribute('data-kind')).toBe('jwt');
    expect(net.calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Verify anyway' }));
    await waitFor(() => expect(net.calls).toHaveLength(1));
    expect(net.calls[0].auth).toBe(`Bearer ${jwt}`);
  });

  it('a huge paste is cut at once and the user is told', async () => {
    render(<App fetch={network().fetch} />);
    const start = performance.now();
    paste(field(), `${USER}\n${'x'.repeat(5 * 1024 * 1024)}`);
    const note = await screen.findByTestId('paste-cut');
    expect(performance.now() - start).toBeLessThan(1000);
    expect(note.textContent).toContain('5,242,934 characters');
    expect(field().value).toBe(USER);
    expect(field().value.length).toBeLessThanOrEqual(10_000);
  });

  it('after "Works": the format box stops asking for a click, the dashboard link and the permissions line show', async () => {
    const net = network();
    render(<App fetch={net.fetch} />);
    fireEvent.input(field(), { target: { value: ACCT } });
    fireEvent.input(await screen.findByLabelText('Account ID'), { target: { value: ACCOUNT } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(net.calls).toHaveLength(1));
    net.calls[0].settle(active());
    await waitFor(() => expect(verdict()?.getAttribute('data-state')).toBe('active'));
    expect(screen.getByTestId('format').textContent).toContain('Checked: Cloudflare’s answer is below.');
    expect(screen.getByTestId('dashboard-link').getAttribute('href')).toBe(`https://dash.cloudflare.com/${ACCOUNT}/api-tokens`);
    await waitFor(() => expect(net.calls).toHaveLength(2));
    expect([net.calls[1].url, net.calls[1].auth]).toEqual([`https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}/tokens/${TOKEN_ID}`, `Bearer ${ACCT}`]);
    net.calls[1].settle(forbidden());
    expect((await screen.findByTestId('permissions-unavailable')).textContent).toContain('Account API Tokens Read');
  });

  it('Verify on an empty field shows no lone "…"', async () => {
    render(<App fetch={network().fetch} />);
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(verdict()?.getAttribute('data-state')).toBe('not-sent'));
    expect(verdict()!.textContent).not.toContain('\u2026');
    expect(verdict()!.querySelector('.masked')).toBeNull();
  });
});
