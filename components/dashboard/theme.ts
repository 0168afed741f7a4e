// Light or dark, following the dashboard: the page's computed background (or text colour)
// first, the system preference when the page paints neither.
export type Theme = 'light' | 'dark';

type Rgba = [number, number, number, number];

/** Parses the forms getComputedStyle returns: `rgb(r, g, b)`, `rgba(r, g, b, a)`, `rgb(r g b / a)`. */
export function parseColor(css: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG), 0 = black, 1 = white. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function readTheme(doc: Document, win: Window): Theme {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const style = win.getComputedStyle(el);
    const bg = parseColor(style.backgroundColor);
    if (bg && bg[3] >= 0.5) return luminance(bg) < 0.2 ? 'dark' : 'light';
  }
  // Transparent page background: light text means a dark page.
  const text = doc.body ? parseColor(win.getComputedStyle(doc.body).color) : null;
  if (text && text[3] >= 0.5 && luminance(text) > 0.6) return 'dark';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
