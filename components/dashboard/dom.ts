// A tiny element builder for our shadow roots: strings always become text nodes (page text can
// never turn into markup) and attributes are set one by one. Keeps Preact (≈6 KB gzip) out of
// the content script, whose budget is tight.
export type Child = Node | string | null | undefined | false;

export function el(doc: Document, tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) e.setAttribute(name, value);
  for (const c of children) if (c) e.append(c); // append(string) makes a Text node
  return e;
}
