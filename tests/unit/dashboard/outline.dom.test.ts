import { beforeEach, describe, expect, it } from 'vitest';
import { OUTLINE_LIMIT, pageOutline } from '../../../lib/dashboard/outline';
import { crc32Hex } from '../../../lib/token/crc32';
import { HIDDEN } from '../../../lib/token/hide-secrets';

const BODY = 'ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq';
const SECRET = `cfut_${BODY}${crc32Hex(BODY)}`;
const GLOBAL_KEY = '0123456789abcdef0123456789abcdef01234';
const ORIGIN_CA = `v1.0-${'a1'.repeat(12)}-${'b2'.repeat(73)}`;
/** Pieces of each secret: none may be in an outline. */
const PIECES = [BODY.slice(0, 12), BODY.slice(14, 26), BODY.slice(28), crc32Hex(BODY), GLOBAL_KEY.slice(0, 16), 'a1a1a1a1', 'b2b2b2b2'];

function outline(html: string, lang = 'en'): string {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return pageOutline(document);
}

/** The outline's lines under the body's, indented from there. */
function lines(text: string): string[] {
  const all = text.split('\n');
  return all.slice(all.indexOf('body') + 1).map((l) => l.slice(2));
}

type Case = [string, string, string[], string[]];

describe('pageOutline', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/profile/api-tokens/create');
    document.title = 'API Tokens | Cloudflare';
  });

  it.each<Case>([
    [
      'headings, labels, buttons and links by their text; fields by their name only',
      '<main><h1>User API Tokens</h1><a href="/x">← Back</a><form><label for="n">Token name</label><input id="n" type="text" value="prod deploy key"><button type="submit">Continue to summary</button></form></main>',
      ['  h1 "User API Tokens"', '  a "← Back"', '    label "Token name"', '    input "Token name" type=text (value left out)', '    button "Continue to summary" type=submit'],
      ['prod deploy key'],
    ],
    [
      'roles, ARIA names and states; empty wrappers left out, their children outlined at their depth',
      '<div><div><section aria-label="Permissions"><div><div role="combobox" aria-expanded="false" aria-label="Permission group"><span>DNS</span></div></div><div role="heading" aria-level="3">Zone Resources</div></section></div></div>',
      ['section "Permissions"', '  div[role=combobox] "Permission group" expanded=false', '  div[role=heading] "Zone Resources"'],
      ['DNS'],
    ],
    [
      'other text only as its length',
      '<header><p>alex@example.com</p><span class="x">Example Account</span></header>',
      ['header', '  p (text: 16 characters)', '  span (text: 15 characters)'],
      ['alex', 'Example Account'],
    ],
    [
      'a token secret in text: in a heading, a paragraph, a code box, a button split over elements',
      `<h2>Your token ${SECRET}</h2><p>${SECRET}</p><pre><code>curl -H "Authorization: Bearer ${SECRET}"</code></pre><button><span>${SECRET.slice(0, 20)}</span><span>${SECRET.slice(20)}</span></button><label>Key ${GLOBAL_KEY}</label><h3>${ORIGIN_CA}</h3>`,
      [`h2 "Your token ${HIDDEN}"`, `label "Key ${HIDDEN}"`, `h3 "${HIDDEN}"`],
      ['cfut_'],
    ],
    [
      'a token secret in a field: input, read-only input, textarea, select, contenteditable',
      `<input aria-label="API token" readonly value="${SECRET}"><input type="hidden" name="t" value="${SECRET}"><textarea aria-label="Token">${SECRET}</textarea><label>Scope <select><option selected>${SECRET}</option></select></label><div contenteditable="true">${SECRET}</div>`,
      ['input "API token" readonly (value left out)', 'textarea "Token" (value left out)', 'label "Scope"', '  select "Scope" (value left out)', 'div editable (value left out)'],
      ['cfut_', 'option', 'type=hidden'],
    ],
    [
      'a token secret in a dialog: only the dialog element is named',
      `<div role="dialog" aria-label="Token created successfully"><h2>Copy your API token</h2><code>${SECRET}</code><button>Copy</button></div><dialog open><p>Roll: ${SECRET}</p></dialog><div role="alertdialog" aria-labelledby="t"><h2 id="t">${SECRET}</h2></div><button aria-labelledby="t">x</button>`,
      ['div[role=dialog] (contents left out)', 'dialog open (contents left out)', 'div[role=alertdialog] (contents left out)', 'button "x"'],
      ['cfut_', 'Token created', 'Copy', 'Roll'],
    ],
    [
      'nothing inside our own elements',
      '<main><token-lens data-token-lens="summary"><p>Token Lens review</p></token-lens><div data-token-lens="notice"><button>Copy page outline</button></div><h1>API Tokens</h1></main>',
      ['main', '  h1 "API Tokens"'],
      ['token-lens', 'Token Lens review', 'Copy page outline', 'notice'],
    ],
    [
      'hidden parts named, not entered; aria-hidden text out of names',
      '<div hidden><h2>Secret heading</h2></div><button><span aria-hidden="true">✕</span>Remove</button><svg><path d="M0"/></svg><svg role="img" aria-label="Cloudflare"></svg><img alt="Logo"><script>var t = 1</script>',
      ['div hidden', 'button "Remove"', 'svg[role=img] "Cloudflare"', 'img "Logo"'],
      ['Secret heading', '✕', 'path', 'var t'],
    ],
  ])('%s', (_, html, expected, absent) => {
    const text = outline(html);
    const got = lines(text);
    for (const line of expected) expect(got, line).toContain(line);
    for (const s of absent) expect(text, s).not.toContain(s);
    for (const p of PIECES) expect(text, p).not.toContain(p);
  });

  it('a page showing a token secret everywhere at once yields an outline without it', () => {
    const text = outline(`<main><h1>Token created</h1><p>${SECRET}</p><input readonly value="${SECRET}"><div role="dialog"><code>${SECRET}</code></div><a href="/x?t=${SECRET}" title="${SECRET}">${SECRET}</a></main>`);
    expect(text).not.toContain('cfut_');
    for (const p of PIECES) expect(text).not.toContain(p);
    expect(text).toContain('h1 "Token created"');
  });

  it('starts with a header: the path without the account ID, the language, the title, the version', () => {
    history.replaceState(null, '', '/0123456789abcdef0123456789abcdef/api-tokens/create?x=1');
    document.documentElement.setAttribute('lang', 'de');
    document.body.innerHTML = '<h1>API-Token</h1>';
    const text = pageOutline(document, { version: '1.2.3' });
    expect(text).toContain('Page: /<account id>/api-tokens/create\n');
    expect(text).toContain('Language: de\n');
    expect(text).toContain('Title: API Tokens | Cloudflare\n');
    expect(text).toContain('Token Lens: 1.2.3\n');
    expect(text).not.toContain('0123456789abcdef');
    expect(text).not.toContain('x=1');
    expect(text.endsWith('body\n  h1 "API-Token"')).toBe(true);
  });

  it('is capped: a huge page is cut at a line, and says so', () => {
    const text = outline(`<main>${'<div role="row"><button>Remove permission row</button><span>Zone</span></div>'.repeat(3000)}</main>`);
    expect(text.length).toBeLessThanOrEqual(OUTLINE_LIMIT);
    expect(text.length).toBeGreaterThan(OUTLINE_LIMIT - 200);
    expect(text.endsWith(`… (outline cut at ${OUTLINE_LIMIT} characters)`)).toBe(true);
    const small = pageOutline(document, { limit: 2000 });
    expect(small.length).toBeLessThanOrEqual(2000);
  });

  it('indents by depth, cuts long names and changes nothing on the page', () => {
    const html = `<nav aria-label="Profile"><ul><li><a href="/a">${'Very long link text '.repeat(10)}</a></li></ul></nav>`;
    const text = outline(html);
    expect(lines(text)).toEqual(['nav "Profile"', '  ul', '    li', `      a "${'Very long link text '.repeat(5).slice(0, 99)}…"`]);
    expect(document.body.innerHTML).toBe(html);
  });
});
