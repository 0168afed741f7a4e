// Maximum token lifetime in days. What the user types stays in the field even when it is not
// a valid number; only valid values are saved, shortly after typing stops (or on leaving the field).
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_DAYS, MIN_DAYS, parseLifetime } from '../../lib/settings/lifetime';

interface Props {
  days: number;
  onSave(days: number): void;
  onInvalid(): void;
}

const WAIT_MS = 300;

export function LifetimeField({ days, onSave, onInvalid }: Props) {
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
    <fieldset class="card">
      <legend>Maximum token lifetime</legend>
      <p class="hint" id="lifetime-hint">
        Tokens whose end date is further away than this get a “Long lifetime” warning. From {MIN_DAYS} to {MAX_DAYS} days.
      </p>
      <div class="inline">
        <label for="lifetime">Days</label>
        <input
          id="lifetime"
          type="text"
          inputMode="numeric"
          autocomplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={parsed.ok ? 'false' : 'true'}
          aria-describedby={parsed.ok ? 'lifetime-hint' : 'lifetime-hint lifetime-error'}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={flush}
        />
      </div>
      {!parsed.ok && (
        <p class="hint error" id="lifetime-error">
          {parsed.error} Not saved yet: {days} days still applies.
        </p>
      )}
    </fieldset>
  );
}
