// The Account ID a paste carries (issue item 4): a .env file, a command, wrangler.toml, a
// dashboard address. Taken only when the paste names one ID.
import { describe, expect, it } from 'vitest';
import { accountIdFromPaste } from '../../../lib/token/account-from-paste';

const ID = '01a7362d577a6c3019a474fd6f485823';
const OTHER = '0123456789abcdef0123456789abcdef';
const LEGACY = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T';

describe('accountIdFromPaste', () => {
  it.each<[string, string, string | null]>([
    ['.env lines', `CLOUDFLARE_API_TOKEN=${LEGACY}\nCLOUDFLARE_ACCOUNT_ID=${ID}\n`, ID],
    ['.env, Windows line ends, export', `export CLOUDFLARE_API_TOKEN=${LEGACY}\r\nexport CLOUDFLARE_ACCOUNT_ID="${ID}"\r\n`, ID],
    ['CF_ACCOUNT_ID in a command', `CF_ACCOUNT_ID=${ID} CF_API_TOKEN=${LEGACY} npx wrangler deploy`, ID],
    ['docker run -e', `docker run -e CLOUDFLARE_ACCOUNT_ID=${ID} -e CLOUDFLARE_API_TOKEN=${LEGACY} img`, ID],
    ['wrangler.toml', `name = "site"\naccount_id = "${ID}"`, ID],
    ['JSON', `{"accountId": "${ID}", "apiToken": "${LEGACY}"}`, ID],
    ['YAML', `account_id: '${ID}'`, ID],
    ['in capitals, given back in lower case', `CLOUDFLARE_ACCOUNT_ID=${ID.toUpperCase()}`, ID],
    ['a dashboard address', `see https://dash.cloudflare.com/${ID}/api-tokens`, ID],
    ['the same ID twice', `CLOUDFLARE_ACCOUNT_ID=${ID}\nhttps://dash.cloudflare.com/${ID}/home`, ID],
    ['two different IDs: none', `CLOUDFLARE_ACCOUNT_ID=${ID}\nOTHER_ACCOUNT_ID=${OTHER}`, null],
    ['a zone ID is not an account ID', `CLOUDFLARE_ZONE_ID=${ID}`, null],
    ['a bare 32-hex value has no name', ID, null],
    ['33 hex characters', `CLOUDFLARE_ACCOUNT_ID=${ID}0`, null],
    ['a token alone', LEGACY, null],
    ['nothing', '', null],
  ])('%s', (_name, paste, id) => {
    expect(accountIdFromPaste(paste)).toBe(id);
  });
});
