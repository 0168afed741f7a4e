// A number of days typed by hand, shared by the lifetime and unused-token fields. What the user
// types stays in the field even when it is not a valid number; only valid values are saved,
// shortly after typing stops (or on leaving the field, or the page).
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseLifetime } from '../../lib/settings/lifetime';

interface Props {
  id: string;
  label: string;
  /** The id of the hint that describes the field. */
  hint: string;
  /** A word after the field ("days"), when the label doesn't say it. */
  unit?: string;
  days: number;
  onSave(days: number): void;
  onInvalid(): void;
}

const WAIT_MS = 300;

export function DaysInput({ id, label, hint, unit, days, onSave, onInvalid }: Props) {
  const [text, setText] = useState(String(days));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<number | null>(null);
  const save = useRef(onSave);
  save.current = onSave;
  const parsed = parseLifetime(text);
  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current !== null) save.current(pending.current);
    pending.current = null;
  };
  useEffect(() => flush, []); // leaving the page with a pending value still saves it
  const onInput = (value: string) => {
    setText(value);
    const next = parseLifetime(value);
    clearTimeout(timer.current);
    pending.current = null;
    if (!next.ok) return onInvalid();
    pending.current = next.days;
    timer.current = setTimeout(flush, WAIT_MS);
  };
  return (
    <>
      <div class="inline">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autocomplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={parsed.ok ? 'false' : 'true'}
          aria-describedby={parsed.ok ? hint : `${hint} ${id}-error`}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={flush}
        />
        {unit && <span>{unit}</span>}
      </div>
      {!parsed.ok && (
        <p class="hint error" id={`${id}-error`}>
          {parsed.error} Not saved yet: {days} days still applies.
        </p>
      )}
    </>
  );
}
