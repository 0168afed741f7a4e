// Which dashboard page and step we are on. The URL says whether it is a token page at all; the step
// comes from visible landmarks, because the steps share one route (docs/dashboard.md §routes,
// docs/dashboard.md §selectors-and-markup, docs/dashboard.md §open-questions).
import type { Step } from './types';
import { BUTTONS, DIALOGS, HEADINGS, all, nameOf, norm, ownUi, textOf } from './dom';
import { hasRowMenu } from './read-tokens-list';

/** /profile/api-tokens… and /<32-hex account id>/api-tokens… on dash.cloudflare.com, nothing else. */
export function isTokenPage(url: URL | string): boolean {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.hostname !== 'dash.cloudflare.com') return false;
  return /^\/(profile|[0-9a-f]{32})\/api-tokens(\/|$)/i.test(u.pathname);
}

// The secret is on screen: "… API token was successfully created" (2020), "Token created /
// rolled successfully", "Copy your API token now" (2026), "Test this token" (curl box).
const SECRET_SHOWN = /successfully (created|rolled)|(created|rolled) successfully|copy your api token|^your api token$|^test this token$/i;

/** Only headings, dialog names and button names are read here: never a dialog's body text. */
export function detectStep(root: ParentNode): Step {
  const skip = ownUi(root);
  const headings = all(root, HEADINGS, skip).map(textOf);
  if (headings.some((h) => SECRET_SHOWN.test(h))) return 'token-created';
  for (const dialog of all(root, DIALOGS, skip)) {
    if (SECRET_SHOWN.test(nameOf(labelled(dialog)))) return 'token-created';
    // A dialog with a code box, a read-only field or a Copy button shows a secret by its shape;
    // we decide that without reading any of its text.
    if (dialog.querySelector('code,pre,textarea,input[readonly]')) return 'token-created';
    if ([...dialog.querySelectorAll('button,[role="button"]')].some((b) => /^copy\b/i.test(nameOf(b)))) return 'token-created';
  }
  let buttons: Set<string> | undefined;
  const has = (...names: string[]) => names.some((n) => (buttons ??= buttonNames(root, skip)).has(n));
  const heading = (re: RegExp) => headings.some((h) => re.test(h));
  const placeholder = all(root, 'input[placeholder]', skip).some((i) => /search for permission groups/i.test(i.getAttribute('placeholder') ?? ''));
  let tokens: boolean | undefined;
  const tokenTable = (t: Element) => hasRowMenu(t) || [...t.querySelectorAll('th,[role="columnheader"]')].some((h) => /permission/i.test(textOf(h)));
  const listed = () => (tokens ??= all(root, 'table,[role="table"],[role="grid"]', skip).some(tokenTable));
  if (has('review token') || placeholder) return 'account-builder';
  // "Edit token" alone may be every token row's own link on the list.
  if (heading(/api token summary$/i) || has('← edit token') || (has('edit token') && !listed())) return 'classic-summary';
  if (has('continue to summary') || (heading(/^permissions$/i) && heading(/^zone resources$/i))) return 'classic-form';
  if (heading(/^api token templates$/i) || has('use template')) return 'template-picker';
  if (listed()) return 'tokens-list';
  return 'none';
}

/** Button names the steps are told by; the longest first (see buttonNames). */
const STEP_BUTTONS = ['continue to summary', 'review token', '← edit token', 'use template', 'edit token'];
const SHORTEST = Math.min(...STEP_BUTTONS.map((n) => n.replace(/\s/g, '').length));

/**
 * The lower-case names of the page's buttons that could be a step button (others may be left
 * out). A name from the button's own text is at most as long as that text without spaces, so a
 * 1000-row form's ✕ buttons are passed over on their textContent (native), without walking their
 * text, or on their short aria-label.
 */
function buttonNames(root: ParentNode, skip: Set<Element>): Set<string> {
  const out = new Set<string>();
  for (const b of all(root, BUTTONS, skip)) {
    const raw = b.getAttribute('aria-label');
    // A label shorter than any step name, but not blank, is the name and can't be one: the ✕ of
    // every row ("Remove") is passed over on its length alone.
    if (raw && raw.length < SHORTEST && raw.trim()) continue;
    const label = norm(raw);
    if (label) out.add(label.toLowerCase()); // what nameOf would say, without asking twice
    else if (b.hasAttribute('aria-labelledby') || (b.textContent ?? '').replace(/\s/g, '').length >= SHORTEST) out.add(nameOf(b).toLowerCase());
  }
  return out;
}

/** What names a dialog, so its body is never read: itself when aria-labelled (its own text is
 * skipped as a dialog), else its first heading. */
function labelled(dialog: Element): Element {
  if (dialog.hasAttribute('aria-label') || dialog.hasAttribute('aria-labelledby')) return dialog;
  return dialog.querySelector(HEADINGS) ?? dialog;
}
