// The "Unused tokens" days: how long since its last use, or since it was made when never used,
// before a token on the tokens list is named unused (rule unused-token; API data only). Same
// behaviour as the lifetime field: what is typed stays, valid values are saved after a pause.
import { useEffect, useRef, useState } from 'preact/hooks';
import { UNUSED_DAYS } from '../../lib/analysis/rules/unused-token';
import { parseLifetime } from '../../lib/settings/lifetime';

interface Props {
  unusedDays: number;
  neverUsedDays: number;
  onSave(change: { unusedDays?: number; neverUsedDays?: number }): void;
  onInvalid(): void;
}

const WAIT_MS = 300;

function DaysInput({ id, label, days, onSave, onInvalid }: { id: string; label: string; days: number; onSave(days: number): void; onInvalid(): void }) {
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
  useEffect(() => flush, []);
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
          aria-describedby={parsed.ok ? 'unused-hint' : `unused-hint ${id}-error`}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={flush}
        />
        <span>days</span>
      </div>
      {!parsed.ok && (
        <p class="hint error" id={`${id}-error`}>
          {parsed.error} Not saved yet: {days} days still applies.
        </p>
      )}
    </>
  );
}

export function UnusedField({ unusedDays, neverUsedDays, onSave, onInvalid }: Props) {
  return (
    <fieldset class="card">
      <legend>Unused tokens</legend>
      <p class="hint" id="unused-hint">
        On the tokens list, a token gets an “Unused tokens” warning when its last use is older than the first number of
        days, or when it was never used and was made more days ago than the second. Each between {UNUSED_DAYS.min} and{' '}
        {UNUSED_DAYS.max} days.
      </p>
      <DaysInput id="unused-days" label="Last use older than" days={unusedDays} onSave={(d) => onSave({ unusedDays: d })} onInvalid={onInvalid} />
      <DaysInput id="never-used-days" label="Never used, made earlier than" days={neverUsedDays} onSave={(d) => onSave({ neverUsedDays: d })} onInvalid={onInvalid} />
    </fieldset>
  );
}
