// Notices every change that can alter what we show: DOM mutations (React re-renders, rows
// added or removed, relabelled dropdowns), typed values, client-side navigation (Navigation API,
// popstate, and a location check on each mutation batch: WXT's own poll is once a second) and
// theme switches. It only signals; the scheduler batches the work.
import { isOurs } from './host';

/**
 * Attributes the readers depend on (checkbox states, selections, names, hidden parts, roles,
 * React's value mirror), and aria-expanded: a combobox input's value set by a pick from its list
 * (Kumo's Combobox) changes no attribute and fires no input event, but its list closes.
 */
const WATCHED_ATTRS = ['aria-checked', 'aria-selected', 'aria-pressed', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'aria-expanded', 'role', 'value', 'hidden', 'open'];
const THEME_ATTRS = ['class', 'style', 'data-theme', 'data-mode', 'data-color-mode', 'data-color-scheme'];

export interface Watcher {
  /**
   * Runs our own DOM writes unobserved (no record is even made for them); the page's records
   * still pending are handed on first.
   */
  quiet(write: () => void): void;
}

/** What moved: the DOM, the URL, or something that can change the page's theme. */
export type Change = 'dom' | 'navigation' | 'theme';

/**
 * For a DOM change, where: the mutation records (the runtime sorts them in its pass, not here in
 * the page's task), or the target of an input / change event (values typed leave no record).
 */
export interface ChangeDetail {
  records?: MutationRecord[];
  target?: EventTarget | null;
}

export interface WatchOptions {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  onChange: (what: Change, detail?: ChangeDetail) => void;
  /** Off token pages only navigation matters: DOM churn elsewhere costs nothing. */
  isActive: () => boolean;
}

/** A record the page caused. Records from inserting our hosts are ignored (no feedback loop). */
export function fromPage(record: MutationRecord): boolean {
  if (record.type !== 'childList') return !isOurs(record.target);
  if (record.removedNodes.length > 0) return true; // the page took something away (maybe our host)
  for (const node of record.addedNodes) if (!isOurs(node)) return true;
  return false;
}

export function watchPage({ doc, win, signal, onChange, isActive }: WatchOptions): Watcher {
  let href = win.location.href;
  const onRecords = (records: MutationRecord[]) => {
    const moved = win.location.href !== href;
    href = win.location.href;
    if (moved) onChange('navigation');
    else if (isActive() && records.some(fromPage)) onChange('dom', { records });
  };
  const observer = new MutationObserver(onRecords);
  const target = doc.body ?? doc.documentElement;
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRS };
  observer.observe(target, options);
  const themeObserver = new MutationObserver(() => isActive() && onChange('theme'));
  for (const el of [doc.documentElement, doc.body]) {
    if (el) themeObserver.observe(el, { attributes: true, attributeFilter: THEME_ATTRS });
  }
  const opts = { signal, passive: true, capture: true };
  const onNavigate = () => onChange('navigation');
  win.addEventListener('popstate', onNavigate, opts);
  win.addEventListener('hashchange', onNavigate, opts);
  const onEdit = (e: Event) => isActive() && onChange('dom', { target: e.target });
  doc.addEventListener('input', onEdit, opts);
  doc.addEventListener('change', onEdit, opts);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', onNavigate, opts);
  navigation?.addEventListener('navigatesuccess', onNavigate, opts);
  win.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', () => onChange('theme'), { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    themeObserver.disconnect();
  });
  return {
    quiet(write) {
      const pending = observer.takeRecords();
      if (pending.length) onRecords(pending);
      observer.disconnect();
      try {
        write();
      } finally {
        if (!signal.aborted) observer.observe(target, options);
        href = win.location.href; // a navigation the pass already saw is not news to the next batch
      }
    },
  };
}
