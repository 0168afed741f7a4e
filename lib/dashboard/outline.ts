// The page outline a user can attach to a bug report when Token Lens can't read a token page
// (components/dashboard/notice.ts copies it, on the user's click only). It shows the page's
// structure: tag names, roles, ARIA names, and the texts of headings, labels, buttons and links,
// indented by depth. Other text shows only as its length. It never holds a field's value
// (input, textarea, select, contenteditable), anything inside a dialog but the dialog element
// itself, anything inside Token Lens's own elements, or anything that looks like a token or key
// (lib/token/hide-secrets.ts). Wrappers that carry nothing (a div with no role, name or text of
// its own) are left out and their children outlined at their depth.
import { HIDDEN, hasSecret, hideSecrets } from '../token/hide-secrets';

export const OUTLINE_LIMIT = 20_000;

export interface OutlineOptions {
  /** Most characters in the outline (the whole text, header included). */
  limit?: number;
  /** The extension's version, for the header. */
  version?: string;
}

const set = (names: string) => new Set(names.split(' '));
/** Left out with everything in them. */
const LEAVE_OUT = set('script style template noscript link meta head title base');
/** Fields: outlined by their name only, never their value or content. */
const FIELDS = set('input textarea select output datalist');
/** Outlined by their name, not entered. */
const OPAQUE = set('svg math iframe object embed canvas video audio img picture');
/** Named by their text, which the outline shows. */
const TEXT_TAGS = set('h1 h2 h3 h4 h5 h6 label legend button a summary th caption dt figcaption option optgroup');
const TEXT_ROLES = set('heading button link tab menuitem menuitemcheckbox menuitemradio option columnheader rowheader checkbox radio switch treeitem');
/** Left out when they carry nothing of their own (their children are outlined instead). */
const WRAPPERS = set('div span i b strong em small font bdi bdo u s mark sup sub');
const DIALOG_ROLES = set('dialog alertdialog');
/** Our own UI: host tags and everything marked with our attribute (components/dashboard/host.ts). */
const OURS = 'token-lens';
const OURS_ATTR = 'data-token-lens';
/** Characters of one name or text shown, and of the texts gathered for it. */
const NAME_MAX = 100;
const GATHER_MAX = 400;
/** Element depth walked (the page's, wrappers included). */
const DEPTH_MAX = 400;

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const isDialog = (el: Element) => el.localName === 'dialog' || DIALOG_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true';
const isOurs = (el: Element) => el.localName === OURS || el.hasAttribute(OURS_ATTR);
const isEditable = (el: Element) => {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
};
/** Elements whose insides never reach the outline, even as a name. */
const sealed = (el: Element) => LEAVE_OUT.has(el.localName) || FIELDS.has(el.localName) || isOurs(el) || isDialog(el) || isEditable(el);

/** Inside a dialog or our own UI (an aria-labelledby reference there is not followed). */
function insideSealed(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (isDialog(p) || isOurs(p) || isEditable(p)) return true;
  return false;
}

/** The text pieces inside `el` (one per text node), skipping fields, dialogs, our UI and aria-hidden parts. */
function textPieces(el: Element): string[] {
  const out: string[] = [];
  let size = 0;
  const visit = (node: Element) => {
    for (let n = node.firstChild; n && size < GATHER_MAX; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = norm(n.nodeValue);
        if (t) out.push(t), (size += t.length);
      } else if (n.nodeType === 1) {
        const e = n as Element;
        if (!sealed(e) && !OPAQUE.has(e.localName) && e.getAttribute('aria-hidden') !== 'true') visit(e);
      }
    }
  };
  if (!sealed(el)) visit(el);
  return out;
}

/**
 * Text shown in the outline: secrets hidden, then cut to NAME_MAX. Pieces are joined with spaces,
 * but hidden as one piece if a secret shows only that way (a token split over several elements).
 */
function shown(pieces: string[]): string {
  const joined = pieces.join('');
  const text = hasSecret(joined) ? hideSecrets(joined) : hideSecrets(norm(pieces.join(' ')));
  return text.length > NAME_MAX ? `${text.slice(0, NAME_MAX - 1)}…` : text;
}

function labelledBy(el: Element): string[] {
  const ids = norm(el.getAttribute('aria-labelledby'));
  if (!ids) return [];
  const doc = el.ownerDocument;
  return ids.split(' ').flatMap((id) => {
    const ref = doc.getElementById(id);
    return ref && !insideSealed(ref) ? textPieces(ref) : [];
  });
}

/** The name the outline gives `el`, '' for none. */
function nameOf(el: Element, byText: boolean): string {
  const label = norm(el.getAttribute('aria-label'));
  if (label) return shown([label]);
  const by = labelledBy(el);
  if (by.length) return shown(by);
  const tag = el.localName;
  if (FIELDS.has(tag)) {
    const labels = (el as HTMLInputElement).labels;
    const pieces = labels ? [...labels].filter((l) => !insideSealed(l)).flatMap((l) => textPieces(l)) : [];
    if (pieces.length) return shown(pieces);
    const placeholder = norm(el.getAttribute('placeholder'));
    return placeholder ? shown([placeholder]) : '';
  }
  if (tag === 'img' || (tag === 'input' && el.getAttribute('type') === 'image')) return shown([norm(el.getAttribute('alt'))].filter(Boolean));
  return byText ? shown(textPieces(el)) : '';
}

/** Characters of text directly in `el` (its own text nodes). */
function ownText(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) n += norm(c.nodeValue).length;
  return n;
}

interface Out {
  lines: string[];
  size: number;
  limit: number;
  full: boolean;
}

function push(out: Out, line: string): void {
  if (out.full) return;
  if (out.size + line.length + 1 > out.limit) {
    out.full = true;
    return;
  }
  out.lines.push(line);
  out.size += line.length + 1;
}

/** What the readers may depend on besides names: a field's type, states, hidden parts. */
function flagsOf(el: Element): string[] {
  const attr = (name: string) => norm(el.getAttribute(name));
  const tag = el.localName;
  return [
    (tag === 'input' || tag === 'button') && el.hasAttribute('type') && `type=${attr('type')}`,
    el.hasAttribute('hidden') && 'hidden',
    attr('aria-hidden') === 'true' && 'aria-hidden',
    el.hasAttribute('aria-expanded') && `expanded=${attr('aria-expanded') === 'true'}`,
    attr('aria-haspopup') && `haspopup=${attr('aria-haspopup')}`,
    (el.hasAttribute('disabled') || attr('aria-disabled') === 'true') && 'disabled',
    (el.hasAttribute('readonly') || attr('aria-readonly') === 'true') && 'readonly',
    isEditable(el) && 'editable',
    tag === 'dialog' && el.hasAttribute('open') && 'open',
  ].filter((f): f is string => Boolean(f));
}

function visit(el: Element, depth: number, level: number, named: boolean, out: Out): void {
  if (out.full || level > DEPTH_MAX) return;
  const tag = el.localName;
  if (LEAVE_OUT.has(tag) || isOurs(el)) return;
  if (tag === 'input' && el.getAttribute('type') === 'hidden') return;
  const role = norm(el.getAttribute('role'));
  const flags = flagsOf(el);
  const indent = '  '.repeat(Math.min(depth, 40));
  const head = `${indent}${tag}${role ? `[role=${role}]` : ''}`;
  const line = (name: string, extra: string[] = []) => push(out, [head, name && JSON.stringify(name), ...flags, ...extra].filter(Boolean).join(' '));

  if (isDialog(el)) return line('', ['(contents left out)']);
  if (FIELDS.has(tag) || isEditable(el)) return line(nameOf(el, false), ['(value left out)']);
  if (OPAQUE.has(tag)) {
    const name = nameOf(el, false);
    if (name || tag !== 'svg' || role) line(name);
    return;
  }
  const byText = TEXT_TAGS.has(tag) || TEXT_ROLES.has(role);
  const name = nameOf(el, byText);
  const text = named || byText ? 0 : ownText(el);
  const plain = WRAPPERS.has(tag) && !role && !name && !text && !flags.length;
  if (!plain) line(name, text ? [`(text: ${text} characters)`] : []);
  // Hidden parts are not shown, so not read either: named, but not entered.
  if (el.hasAttribute('hidden')) return;
  const inner = plain ? depth : depth + 1;
  for (let c = el.firstElementChild; c && !out.full; c = c.nextElementSibling) visit(c, inner, level + 1, named || byText, out);
}

/** The path, an account ID in it replaced (it is not a secret, but it is not ours to share). */
function pathOf(doc: Document): string {
  let path = '';
  try {
    path = doc.location?.pathname ?? '';
  } catch {
    // A document without a location.
  }
  return path.replace(/\/[0-9a-f]{32}(?=\/|$)/gi, '/<account id>');
}

/** The outline of `doc`'s body, at most `limit` characters. Reads the page; changes nothing. */
export function pageOutline(doc: Document, opts: OutlineOptions = {}): string {
  const limit = Math.max(1000, opts.limit ?? OUTLINE_LIMIT);
  const header = [
    'Token Lens page outline (for a bug report)',
    `Left out: field values, dialog contents, Token Lens's notes, other text than names (its length only); what looks like a token or key: ${HIDDEN}`,
    `Page: ${hideSecrets(pathOf(doc))}`,
    `Language: ${shown([norm(doc.documentElement?.getAttribute('lang')) || '(not set)'])}`,
    `Title: ${shown([norm(doc.title)])}`,
    ...(opts.version ? [`Token Lens: ${shown([opts.version])}`] : []),
    '',
  ].join('\n');
  const cut = `… (outline cut at ${limit} characters)`;
  const out: Out = { lines: [], size: header.length + 1, limit: limit - cut.length - 1, full: false };
  const body = doc.body ?? doc.documentElement;
  if (body) visit(body, 0, 0, false, out);
  // A last pass over the whole text: nothing that looks like a secret, however it got in.
  let text = hideSecrets(`${header}\n${out.lines.join('\n')}`);
  // That pass can lengthen a text (a bare "cfk_" becomes HIDDEN): the cap holds all the same.
  const room = limit - cut.length - 1;
  if (text.length > (out.full ? room : limit)) text = text.slice(0, Math.max(0, text.lastIndexOf('\n', room))), (out.full = true);
  return out.full ? `${text}\n${cut}` : text;
}
