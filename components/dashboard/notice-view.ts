// The notice on a token page Token Lens can't read: one small box at the top of the page's main
// area (never inside its controls), saying what still works, with a "Copy page outline" button.
// Built like the other hosts (host.ts: shadow root, shared styles, clicks and keys kept inside);
// it takes no focus. The outline is built and copied on the user's click only.
import type { NoticeReason } from '../../lib/dashboard/notice-reason';
import { el } from './dom';
import { createHost, setAttr } from './host';
import type { Theme } from './theme';

export const NOTICE_KIND = 'notice';

export interface NoticeViewDeps {
  /** The page outline (lib/dashboard/outline.ts), built when the button is clicked. */
  outline(): string;
  /** Puts text on the clipboard (navigator.clipboard.writeText). */
  copy(text: string): Promise<void>;
}

export interface NoticeView {
  readonly host: HTMLElement;
  /** Shows the notice for `reason` (or keeps it shown), placed at the top of the main area. */
  show(reason: NoticeReason, theme: Theme): void;
  hide(): void;
}

const STILL_WORKS = 'The popup still verifies a pasted token, and the least-privilege recipes still work.';
const OUTLINE = "For a bug report, Copy page outline copies the page's structure: headings, labels and button names, never field values, dialogs or anything that looks like a token.";

const TEXTS: Record<NoticeReason, [title: string, body: string]> = {
  language: ['Token Lens notes need the dashboard in English.', `${STILL_WORKS} Switch the dashboard's language to English in your profile to see the notes.`],
  unreadable: ["Token Lens couldn't read this page.", `No notes here: the page may have changed. ${STILL_WORKS}`],
};

/** Where the notice goes: first in the page's main area, else first in the body. */
function spot(doc: Document): Element | null {
  for (const m of doc.querySelectorAll('main,[role="main"]')) if (!m.closest('[data-token-lens]')) return m;
  return doc.body;
}

export function createNoticeView(doc: Document, deps: NoticeViewDeps): NoticeView {
  const { host, root } = createHost(doc, 'notice');
  const title = el(doc, 'span', { class: 'label' });
  const body = el(doc, 'span');
  const status = el(doc, 'span', { class: 'muted', role: 'status' });
  const button = el(doc, 'button', { type: 'button', class: 'toggle' }, 'Copy page outline');
  root.append(el(
    doc, 'div', { class: 'box', 'data-risk': 'info', role: 'note', 'aria-label': 'Token Lens notice' },
    el(doc, 'span', { class: 'badge', 'data-risk': 'info' }, 'Token Lens'),
    el(doc, 'span', { class: 'text' }, title, ' ', body, ' ', el(doc, 'span', { class: 'muted' }, OUTLINE)),
    button,
    status,
  ));
  let reason: NoticeReason | null = null;
  button.addEventListener('click', () => {
    status.textContent = '';
    let text: string;
    try {
      text = deps.outline();
    } catch {
      status.textContent = "Couldn't build the outline.";
      return;
    }
    deps.copy(text).then(
      () => void (status.textContent = `Outline copied (${text.length} characters). Read it before you attach it.`),
      () => void (status.textContent = "Couldn't copy: the browser refused the clipboard."),
    );
  });
  return {
    host,
    show(next, theme) {
      setAttr(host, 'data-theme', theme);
      if (next !== reason) {
        reason = next;
        setAttr(host, 'data-reason', next);
        [title.textContent, body.textContent] = TEXTS[next];
      }
      // Placed once, and again only when the page took it out or moved it out of its main area.
      const at = spot(doc);
      if (at && host.parentNode !== at) at.prepend(host);
    },
    hide() {
      reason = null;
      status.textContent = '';
      host.remove();
    },
  };
}
