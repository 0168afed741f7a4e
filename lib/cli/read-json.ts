// The CLI's input text read as JSON: one document, or several written one after another (List
// Tokens pages saved with `curl ... >> tokens.json`). Pure; never throws. An error names where
// the text stops being JSON (line and column), never what is written there: the input may hold
// anything, and nothing of it is echoed.

export type JsonDocs = { ok: true; docs: unknown[] } | { ok: false; error: string };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Where JSON.parse gave up, from its message ("... at position 12 ..."), if it says. */
function failedAt(err: unknown): number | undefined {
  const m = err instanceof Error ? /position (\d+)/.exec(err.message) : null;
  return m ? Number(m[1]) : undefined;
}

const where = (text: string, offset: number | undefined) => {
  if (offset === undefined) return '';
  const { line, column } = lineColumn(text, offset);
  return ` (line ${line}, column ${column})`;
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Where text that JSON.parse refused stops being JSON, read from `from`: for the mistakes whose
 * message gives no position (Node 20's "Unexpected token ..."). Only run on text that failed, so
 * its cost does not matter; undefined when it finds nothing wrong or the nesting is too deep.
 */
export function firstErrorAt(text: string, from = 0): number | undefined {
  let i = from;
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = (): boolean => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return false;
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const value = (): boolean => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return true;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"' || !string()) return false;
          space();
          if (text[i] !== ':') return false;
          i++;
        }
        if (!value()) return false;
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return true;
        } else return false;
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return false;
    i = NUMBER.lastIndex;
    return true;
  };
  try {
    if (!value()) return i;
    space();
    return i < text.length ? i : undefined;
  } catch {
    return undefined; // nested too deep for this reader: JSON.parse's word stands alone
  }
}

/** Where a value's parse failed: where JSON.parse says, else where firstErrorAt finds it, else the start of that value. */
const within = (text: string, start: number, err: unknown) => {
  const said = failedAt(err);
  const at = said !== undefined ? start + said : firstErrorAt(text, start);
  if (at !== undefined) return where(text, at);
  const { line, column } = lineColumn(text, start);
  return ` (in the value that starts at line ${line}, column ${column})`;
};

/**
 * The end (exclusive) of the object or array starting at `from`, or -1 when the text ends first.
 * Only brackets outside strings count; JSON.parse checks everything else afterwards.
 */
function valueEnd(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const SPACE = /\s/;

export function readJsonDocuments(input: string): JsonDocs {
  // A byte-order mark, as some Windows tools write, is not an error.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'it is empty' };
  let firstError: unknown;
  try {
    return { ok: true, docs: [JSON.parse(text)] };
  } catch (err) {
    firstError = err;
  }
  // Several documents one after another: only objects and arrays, separated by white space.
  const docs: unknown[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && SPACE.test(text[i])) i++;
    if (i >= text.length) break;
    const c = text[i];
    if (c !== '{' && c !== '[') return { ok: false, error: `it is not valid JSON${docs.length ? where(text, i) : within(text, 0, firstError)}` };
    const end = valueEnd(text, i);
    if (end === -1) return { ok: false, error: `it is not valid JSON: it ends in the middle of a value${where(text, text.length)}` };
    try {
      docs.push(JSON.parse(text.slice(i, end)));
    } catch (err) {
      return { ok: false, error: `it is not valid JSON${within(text, i, err)}` };
    }
    i = end;
  }
  return docs.length > 1 ? { ok: true, docs } : { ok: false, error: `it is not valid JSON${within(text, 0, firstError)}` };
}
