import { describe, expect, it } from 'vitest';
import { isCommandLine } from '../../../lib/token/command-line';

describe('isCommandLine', () => {
  it.each([
    ['npx wrangler deploy', true],
    ['wrangler deploy', true],
    ['curl https://api.cloudflare.com/client/v4/user', true],
    ['$ npx wrangler whoami', true],
    ['CLOUDFLARE_API_TOKEN=$T npx wrangler deploy', true],
    ['A=1 B=2 terraform apply', true],
    ['/usr/bin/curl -s x', true],
    ['sudo cloudflared service install', true],
    ['Docker run -e X img', true],
    ['wrangler', false],
    ['A=1 B=2', false],
    ['please check my token', false],
    ['export CLOUDFLARE_API_TOKEN=x', false],
    ['', false],
  ])('%s -> %s', (text, yes) => {
    expect(isCommandLine(text)).toBe(yes);
  });
});
