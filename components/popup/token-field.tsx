// The token input: password-style with a reveal toggle. A paste is read before it lands (capped,
// cleaned, an Account ID in it noted), so the field shows exactly what will be checked. The value
// lives in the App's state only. It has focus when the popup opens: paste works at once.
import { useEffect } from 'preact/hooks';
import { readPaste, type PasteReading } from '../../lib/token/read-paste';

interface Props {
  value: string;
  revealed: boolean;
  inputRef: { current: HTMLInputElement | null };
  onChange(reading: PasteReading): void;
  onReveal(revealed: boolean): void;
}

export function TokenField({ value, revealed, inputRef, onChange, onReveal }: Props) {
  useEffect(() => inputRef.current?.focus(), []);
  const take = (input: HTMLInputElement, raw: string) => {
    const reading = readPaste(raw);
    // Write back at once: a controlled field whose state did not change would keep the raw text.
    if (input.value !== reading.value) input.value = reading.value;
    onChange(reading);
  };
  return (
    <div class="field">
      <label for="token">API token</label>
      <div class="row">
        <input
          id="token"
          ref={inputRef}
          // Preact's typings split inputs by type; one element that switches keeps focus and caret.
          type={(revealed ? 'text' : 'password') as 'text'}
          value={value}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          data-1p-ignore=""
          data-lpignore="true"
          aria-describedby="format-text"
          placeholder="cfut_…"
          onInput={(e) => take(e.currentTarget, e.currentTarget.value)}
          onPaste={(e) => {
            // Read the clipboard ourselves: a single-line field would silently drop line breaks
            // (and with them the gap between an email and a key, or the lines of a .env file).
            const raw = e.clipboardData?.getData('text/plain');
            if (raw === undefined) return;
            e.preventDefault();
            take(e.currentTarget, raw);
          }}
        />
        <button type="button" class="secondary reveal" aria-pressed={revealed} aria-label={revealed ? 'Hide token' : 'Show token'} onClick={() => onReveal(!revealed)}>
          {revealed ? 'Hide' : 'Show'}
        </button>
      </div>
    </div>
  );
}
