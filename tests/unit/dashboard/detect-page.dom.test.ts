import { describe, expect, it } from 'vitest';
import { detectStep, isTokenPage } from '../../../lib/dashboard/detect-page';
import type { Step } from '../../../lib/dashboard/types';
import { load } from './load';

const ACCOUNT = '0123456789abcdef0123456789abcdef';

describe('isTokenPage', () => {
  it.each([
    ['https://dash.cloudflare.com/profile/api-tokens', true],
    ['https://dash.cloudflare.com/profile/api-tokens/', true],
    ['https://dash.cloudflare.com/profile/api-tokens/create', true],
    ['https://dash.cloudflare.com/profile/api-tokens/5f1e/edit', true],
    ['https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys=%5B%5D&name=x', true],
    [`https://dash.cloudflare.com/${ACCOUNT}/api-tokens`, true],
    [`https://dash.cloudflare.com/${ACCOUNT}/api-tokens/create`, true],
    [`https://dash.cloudflare.com/${ACCOUNT}/r2/api-tokens/create?type=account`, false],
    [`https://dash.cloudflare.com/${ACCOUNT}/r2/api-tokens`, false],
    [`https://dash.cloudflare.com/${ACCOUNT}/api-tokensx`, false],
    [`https://dash.cloudflare.com/${ACCOUNT}/oauth-clients/create`, false],
    [`https://dash.cloudflare.com/${ACCOUNT.slice(1)}/api-tokens`, false],
    [`https://dash.cloudflare.com/${ACCOUNT.slice(1)}g/api-tokens`, false],
    [`https://dash.cloudflare.com/${ACCOUNT}/example.com/dns`, false],
    ['https://dash.cloudflare.com/profile/api-tokens-old', false],
    ['https://dash.cloudflare.com/profile', false],
    ['https://dash.cloudflare.com/profile/access-management/authorization', false],
    ['https://dash.cloudflare.com/?to=/:account/api-tokens&permissionGroupKeys=%5B%5D', false],
    ['https://dash.cloudflare.com/argotunnel', false],
    ['https://evil.example/profile/api-tokens', false],
    ['https://dash.cloudflare.com.evil.example/profile/api-tokens', false],
    ['http://dash.cloudflare.com/profile/api-tokens', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isTokenPage(url)).toBe(expected);
    if (url !== 'not a url') expect(isTokenPage(new URL(url))).toBe(expected);
  });
});

describe('detectStep on the replicas', () => {
  it.each<[string, Step]>([
    ['classic-form.html', 'classic-form'],
    ['classic-form-v5.html', 'classic-form'],
    ['classic-form-prefilled.html', 'classic-form'],
    ['classic-form-many.html', 'classic-form'],
    ['classic-form-live.html', 'classic-form'],
    ['classic-form-hostile.html', 'classic-form'],
    ['template-form.html', 'classic-form'],
    ['classic-summary.html', 'classic-summary'],
    ['template-picker.html', 'template-picker'],
    ['tokens-list.html', 'tokens-list'],
    ['flow.html', 'tokens-list'],
    ['token-created.html', 'token-created'],
    ['token-rolled.html', 'token-created'],
    ['account-builder.html', 'account-builder'],
    ['r2-api-tokens.html', 'none'],
  ])('%s → %s', (file, step) => {
    expect(detectStep(load(file))).toBe(step);
  });
});

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('detectStep on small pages', () => {
  it.each<[string, string, Step]>([
    ['empty page', '<main></main>', 'none'],
    ['S7 created dialog', '<div role="dialog"><p>Your API Token</p><code>cfat_abcdefghijklmnopqrstuvwxyz012345</code></div>', 'token-created'],
    ['dialog shaped like a secret, no known words', '<div role="dialog"><h2>Done</h2><input readonly value="cfut_x"></div>', 'token-created'],
    ['dialog with a Copy button', '<div role="dialog" aria-label="New token"><button>Copy</button></div>', 'token-created'],
    ['2026 created heading', '<h2>Token created successfully</h2>', 'token-created'],
    ['roll confirm over the list', '<table><tr><th>Token name</th><th>Permissions</th></tr><tr><td>a</td><td>DNS:Edit</td></tr></table><div role="dialog" aria-label="Roll token"><p>Sure?</p><button>Confirm</button></div>', 'tokens-list'],
    ['list by Actions button only', '<table><tr><td>a</td><td><button aria-label="Actions">⋯</button></td></tr></table>', 'tokens-list'],
    ['list by "More options" button only', '<table><tr><td>a</td><td><button aria-label="More options">⋯</button></td></tr></table>', 'tokens-list'],
    ['list with an "Edit token" link in each row', '<table><tr><th>Name</th><th>Permissions</th></tr><tr><td>a</td><td>DNS:Edit</td><td><a href="#" role="button" aria-label="Edit token">✎</a></td></tr></table>', 'tokens-list'],
    ['summary told by its "Edit token" button alone', '<p>DNS:Edit</p><button>Edit token</button><button>Create Token</button>', 'classic-summary'],
    ['a table of something else', '<table><tr><th>Zone</th></tr><tr><td>example.com</td></tr></table>', 'none'],
    ['toggle builder by its search box', '<input placeholder="Search for permission groups">', 'account-builder'],
    ['summary by back link', '<a href="#">← Edit token</a>', 'classic-summary'],
    ['form headings without the button', '<h3>Permissions</h3><h3>Zone Resources</h3>', 'classic-form'],
    ['picker by heading', '<h3>API token templates</h3>', 'template-picker'],
    ['step button among short-labelled ✕ buttons', `${'<button aria-label="Remove">✕</button>'.repeat(5)}<button>Continue to summary</button>`, 'classic-form'],
    ['step button named by its aria-label', '<button aria-label="Review token">→</button>', 'account-builder'],
    ['a blank short aria-label falls back to the text', '<button aria-label=" ">Review token</button>', 'account-builder'],
    ['short labels name no step', '<button aria-label="Edit">Review token</button>', 'none'],
    ['our own UI is not a landmark', '<div data-token-lens="summary"><h2>Token created successfully</h2><button>Continue to summary</button></div>', 'none'],
  ])('%s', (_, html, step) => {
    expect(detectStep(page(html))).toBe(step);
  });
});
