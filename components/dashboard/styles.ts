// One stylesheet shared by every shadow root we create. A host takes a whole line wherever it is
// put: the full width (a line of its own in a wrapping flex row), every column of a grid, and its
// own height (never a flex basis: in a column flex container 100% would be the container's height).
// A constructed sheet is parsed once and
// adopted by reference (cheap for 1000 notes); where adopting fails (old engines, Firefox
// content-script wrappers) each root gets a <style> copy instead.
const CSS = `
:host { all: initial; display: block; box-sizing: border-box; width: 100%; max-width: 100%;
  grid-column: 1 / -1; flex: 0 0 auto; margin: 2px 0 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --fg: #1f2328; --muted: #57606a; --bg: #f6f8fa; --line: #d0d7de; --link: #0b57d0;
  --critical: #a40e26; --critical-bg: #ffe1e4; --high: #9a3b00; --high-bg: #ffe7d1;
  --medium: #7a5600; --medium-bg: #fff3c4; --low: #1a6b2f; --low-bg: #dcf5e3;
  --unknown: #4b5563; --unknown-bg: #e5e7eb; --info: #0b57d0; --info-bg: #dde9fb;
  color: var(--fg); color-scheme: light; }
:host([data-theme="dark"]) { --fg: #e6edf3; --muted: #9da7b3; --bg: #1c2128; --line: #3d444d; --link: #8ab4f8;
  --critical: #ffb3bd; --critical-bg: #5c1620; --high: #ffc08a; --high-bg: #5a2c05;
  --medium: #f5d76e; --medium-bg: #4a3a05; --low: #8ee0a6; --low-bg: #123d22;
  --unknown: #d1d5db; --unknown-bg: #374151; --info: #a8c7fa; --info-bg: #17325c; color-scheme: dark; }
:host([data-token-lens="template"]), :host([data-token-lens="token"]) { margin: 4px 0; contain: inline-size; }
:host([data-token-lens="permission"]) { content-visibility: auto; contain-intrinsic-size: auto 34px; }
.line { margin: 0; }
* { box-sizing: border-box; }
.box { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; padding: 6px 10px;
  background: var(--bg); border: 1px solid var(--line); border-left: 4px solid var(--edge, var(--line)); border-radius: 6px; }
.box[data-risk="critical"] { --edge: var(--critical); } .box[data-risk="high"] { --edge: var(--high); }
.box[data-risk="medium"] { --edge: var(--medium); } .box[data-risk="low"] { --edge: var(--low); }
.box[data-risk="info"] { --edge: var(--info); }
.badge { display: inline-block; flex: none; padding: 0 7px; border-radius: 999px; font-size: 11px; font-weight: 700;
  letter-spacing: .02em; text-transform: uppercase; color: var(--unknown); background: var(--unknown-bg); }
.badge[data-risk="critical"] { color: var(--critical); background: var(--critical-bg); }
.badge[data-risk="high"] { color: var(--high); background: var(--high-bg); }
.badge[data-risk="medium"] { color: var(--medium); background: var(--medium-bg); }
.badge[data-risk="low"] { color: var(--low); background: var(--low-bg); }
.badge[data-risk="info"] { color: var(--info); background: var(--info-bg); }
.text { flex: 1 1 16em; min-width: 0; }
.label { font-weight: 600; }
.toggle { flex: none; font: inherit; font-size: 12px; color: var(--link); background: none; border: 1px solid var(--line);
  border-radius: 4px; padding: 0 8px; cursor: pointer; }
.toggle:focus-visible, a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.more { flex: 1 0 100%; margin-top: 4px; padding-top: 6px; border-top: 1px solid var(--line); }
.more p { margin: 0 0 6px; }
a { color: var(--link); }
ul.findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.finding { padding: 6px 8px; border-radius: 4px; background: color-mix(in srgb, var(--bg) 70%, transparent); border: 1px solid var(--line); }
.finding .title { font-weight: 600; margin-left: 4px; }
.finding p { margin: 4px 0 0; }
.muted { color: var(--muted); }
.panel { padding: 10px 14px; background: var(--bg); border: 1px solid var(--line); border-left: 4px solid var(--edge, var(--line)); border-radius: 6px; }
.panel[data-risk="critical"] { --edge: var(--critical); } .panel[data-risk="high"] { --edge: var(--high); }
.panel[data-risk="medium"] { --edge: var(--medium); } .panel[data-risk="low"] { --edge: var(--low); }
.panel h2 { all: unset; display: flex; gap: 8px; align-items: center; font-size: 15px; font-weight: 700; }
.panel .verdict { margin: 4px 0 8px; }
.flags { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: baseline; }
`;

let shared: CSSStyleSheet | null | undefined;
/** Adoption is checked on the first root only: reading adoptedStyleSheets back costs per call. */
let verified = false;

function sharedSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shared = sheet;
  } catch {
    shared = null;
  }
  return shared;
}

/** Give a shadow root our styles: the shared sheet when the engine takes it, else a <style>. */
export function applyStyles(root: ShadowRoot): void {
  const sheet = sharedSheet();
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (verified || root.adoptedStyleSheets.length === 1) return void (verified = true);
    } catch {
      // fall through to the <style> copy
    }
    shared = null;
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = CSS;
  root.prepend(style);
}
