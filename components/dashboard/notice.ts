// When to show the notice (notice-view.ts): on a token page (by URL) where no step has been
// recognised for NOTICE_DELAY ms - in another language (<html lang> not English) or not - and
// until a step is recognised or the user leaves the token page. The runtime tells each step it
// draws (RuntimeDeps.onStep); the delay lets a page that is still loading become readable first.
import { noticeReason } from '../../lib/dashboard/notice-reason';
import { pageOutline } from '../../lib/dashboard/outline';
import type { Step } from '../../lib/dashboard/types';
import { createNoticeView, type NoticeView } from './notice-view';
import type { Reporter } from './report';
import { readTheme } from './theme';

export const NOTICE_DELAY = 3000;

export interface NoticeDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  /** By URL only: whether this is a token page at all (lib/dashboard/detect-page.ts). */
  isTokenPage(url: string): boolean;
  report: Reporter;
  /** The extension's version, for the outline's header. */
  version?(): string | undefined;
  delay?: number;
}

export interface Notices {
  /** The step the runtime found ('none' too, and when it stops annotating). */
  onStep(step: Step): void;
}

export function startNotices(d: NoticeDeps): Notices {
  const { doc, win, signal } = d;
  let view: NoticeView | null = null;
  let shown = false;
  let timer: number | null = null;
  let step: Step = 'none';

  const newView = () => createNoticeView(doc, {
    outline: () => pageOutline(doc, { version: d.version?.() }),
    copy: (text) => win.navigator.clipboard.writeText(text),
  });
  const unreadable = () => step === 'none' && d.isTokenPage(win.location.href);
  const stopTimer = () => {
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
  };
  const show = () => {
    shown = true;
    (view ??= newView()).show(noticeReason(doc), readTheme(doc, win));
  };
  const hide = () => {
    stopTimer();
    if (!shown) return;
    shown = false;
    view?.hide();
  };
  const guard = (run: () => void) => {
    try {
      run();
    } catch (e) {
      d.report('notice', e);
    }
  };

  signal.addEventListener('abort', () => guard(hide));
  return {
    onStep(next) {
      if (signal.aborted) return;
      step = next;
      guard(() => {
        if (!unreadable()) return hide();
        if (shown) return show(); // kept in place, its reason and theme up to date
        timer ??= win.setTimeout(() => {
          timer = null;
          if (!signal.aborted) guard(() => unreadable() && show());
        }, d.delay ?? NOTICE_DELAY);
      });
    },
  };
}
