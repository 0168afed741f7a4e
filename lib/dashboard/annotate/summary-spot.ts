// Where the summary panel goes: just before the footer with the step's main button ("Continue to
// summary", "Create Token", …), in normal flow, so it never covers a control. Without such a
// footer: at the top of the form (or of the main area).
import type { PageReading } from '../types';
import type { Spot } from './types';

const MAIN_BUTTON = /^(continue to summary|review token|create token|update token)$/i;
const CLICKABLE = 'button, [role="button"], a[href], input[type="submit"]';
const CONTENT = 'h1, h2, h3, h4, [role="heading"], p, ul, ol, table, fieldset, section';

function label(el: Element): string {
  const text = el instanceof HTMLInputElement ? el.value : el.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The last main-step button in `scope` (footers come last, so search from the end). */
export function findMainButton(scope: ParentNode): Element | null {
  const all = scope.querySelectorAll(CLICKABLE);
  for (let i = all.length - 1; i >= 0; i--) if (MAIN_BUTTON.test(label(all[i]))) return all[i];
  return null;
}

/** The footer around `button`: the highest ancestor that holds no page content. */
export function footerOf(button: Element, content: Element | null, scope: Element): Element {
  let node = button;
  for (let up = node.parentElement; up && up !== scope; up = up.parentElement) {
    if (content ? up.contains(content) : up.querySelector(CONTENT)) break;
    node = up;
  }
  // Buttons placed straight in the form: start the footer at the first of the trailing buttons.
  while (node === button && node.previousElementSibling?.matches(CLICKABLE)) node = node.previousElementSibling;
  return node;
}

export function findSummarySpot(reading: PageReading, doc: Document): Spot | null {
  const content = reading.rows[0]?.element ?? Object.values(reading.sections).find(Boolean) ?? null;
  const scope = content?.closest('form') ?? doc.querySelector('main') ?? doc.body;
  if (!scope) return null;
  const button = findMainButton(scope);
  if (button) {
    const first = content && scope.contains(content) ? content : null;
    return { where: 'before', ref: footerOf(button, first, scope) };
  }
  return { where: 'prepend', ref: scope };
}

/**
 * Remembers the footer found on an earlier pass while it stays in the page, so a pass after a
 * one-row change doesn't scan every button again.
 */
export function cachedSummarySpot(doc: Document): (reading: PageReading) => Spot | null {
  let last: { step: string; spot: Spot } | null = null;
  return (reading) => {
    if (last && last.step === reading.step && last.spot.ref.isConnected) return last.spot;
    const spot = findSummarySpot(reading, doc);
    last = spot && spot.where === 'before' ? { step: reading.step, spot } : null;
    return spot;
  };
}
