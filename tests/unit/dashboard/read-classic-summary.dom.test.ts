import { describe, expect, it } from 'vitest';
import { readClassicSummary } from '../../../lib/dashboard/read-classic-summary';
import { load, servedAt } from './load';
import { withoutRefs } from './helpers';

const URL_USER = new URL('https://dash.cloudflare.com/profile/api-tokens/create');
const line = (names: [string, string][], include: unknown) => ({
  effect: 'allow', permissions: names.map(([name, scope]) => ({ ref: 'r', name, scope })), include: [include], exclude: [],
});

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body><main>${html}</main></body>`, 'text/html');
}

describe('classic summary → model', () => {
  it('reads the replica (8.B): name, one policy per line, dates and IP filter unknown', () => {
    const reading = readClassicSummary(load('classic-summary.html'), servedAt('classic-summary.html'));
    expect(withoutRefs(reading.model)).toEqual({
      name: 'CI deploy', owner: 'user', source: 'classic-summary',
      policies: [
        line([['Workers Scripts Edit', 'account']], { type: 'account', id: 'Example Account', label: 'Example Account' }),
        line([['DNS Edit', 'zone'], ['Zone Read', 'zone']], { type: 'zone', id: '*' }),
        line([['DNS Edit', 'zone'], ['Zone Read', 'zone']], { type: 'zone', id: 'example.com', label: 'example.com' }),
      ],
    });
    expect(reading.rows.map((r) => r.element.localName)).toEqual(['li', 'li', 'li', 'li', 'li']);
    expect(reading.sections.token?.textContent).toBe('CI deploy API token summary');
  });

  it.each<[string, string, object[]]>([
    ['2020 shot: zone line under the account',
      '<h2>Burrito API token summary</h2><ul><li>└ Burrito Bot<ul><li>└ theburritobot.com - <b>DNS:Edit</b></li></ul></li></ul><button>Create Token</button>',
      [line([['DNS Edit', 'zone']], { type: 'zone', id: 'theburritobot.com', label: 'theburritobot.com' })]],
    ['2024 shot: All zones, two groups',
      '<h2>Voyager Deployment System API token summary</h2><div><div>PinkCloud</div><div><span aria-hidden="true">└</span> All zones - <strong>Zone:Read, DNS:Edit</strong></div></div>',
      [line([['Zone Read', 'zone'], ['DNS Edit', 'zone']], { type: 'zone', id: '*' })]],
    ['group names with a colon, a user line, all accounts',
      '<h2>X API token summary</h2><ul><li>All accounts - <strong>Access: Apps and Policies:Edit</strong></li><li>alex@example.com - <strong>User Details:Read, Memberships:Read</strong></li></ul>',
      [line([['Access: Apps and Policies Edit', 'account']], { type: 'account', id: '*' }),
        line([['User Details Read', 'user'], ['Memberships Read', 'user']], { type: 'user', id: 'self', label: 'alex@example.com' })]],
    ['the └ tree in blocks, with a navigation list on the page',
      '<nav><ul><li><a href="/profile">Preferences</a></li><li><a href="/profile/api-tokens">API Tokens</a></li></ul></nav><h2>V API token summary</h2><div><div>PinkCloud</div><div>└ All zones - <strong>DNS:Edit</strong></div></div><button>Create Token</button>',
      [line([['DNS Edit', 'zone']], { type: 'zone', id: '*' })]],
    ['a definition list',
      '<h2>W API token summary</h2><dl><dt>Example Account</dt><dd>Example Account - <strong>Workers Scripts:Edit</strong></dd><dd>All zones - <strong>DNS:Edit, Zone:Read</strong></dd></dl><button>Create Token</button>',
      [line([['Workers Scripts Edit', 'account']], { type: 'account', id: 'Example Account', label: 'Example Account' }),
        line([['DNS Edit', 'zone'], ['Zone Read', 'zone']], { type: 'zone', id: '*' })]],
    ['a table of resource and permissions, with a header row',
      '<h2>T API token summary</h2><table><tr><th>Resource</th><th>Permissions</th></tr><tr><td>All zones</td><td>DNS:Edit, Zone:Read</td></tr><tr><td>example.com</td><td><span>DNS:Read</span></td></tr></table><button>Create Token</button>',
      [line([['DNS Edit', 'zone'], ['Zone Read', 'zone']], { type: 'zone', id: '*' }),
        line([['DNS Read', 'zone']], { type: 'zone', id: 'example.com', label: 'example.com' })]],
    ['lines after the footer and our own UI are ignored',
      '<h2>Y API token summary</h2><ul><li>example.com - <strong>DNS:Read</strong><span data-token-lens="permission">All zones - DNS:Edit</span></li></ul><button>Update Token</button><ul><li>other.com - DNS:Edit</li></ul>',
      [line([['DNS Read', 'zone']], { type: 'zone', id: 'example.com', label: 'example.com' })]],
  ])('%s', (_, html, policies) => {
    expect((withoutRefs(readClassicSummary(page(html), URL_USER).model) as { policies: unknown }).policies).toEqual(policies);
  });

  it('keeps refs per line across re-reads', () => {
    const doc = load('classic-summary.html');
    const url = servedAt('classic-summary.html');
    expect(readClassicSummary(doc, url).rows.map((r) => r.ref)).toEqual(readClassicSummary(doc, url).rows.map((r) => r.ref));
  });
});
