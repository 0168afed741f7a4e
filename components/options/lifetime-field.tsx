// Maximum token lifetime in days (DaysInput: what is typed stays, valid values are saved after a pause).
import { MAX_DAYS, MIN_DAYS } from '../../lib/settings/lifetime';
import { DaysInput } from './days-input';

interface Props {
  days: number;
  onSave(days: number): void;
  onInvalid(): void;
}

export function LifetimeField({ days, onSave, onInvalid }: Props) {
  return (
    <fieldset class="card">
      <legend>Maximum token lifetime</legend>
      <p class="hint" id="lifetime-hint">
        Tokens whose end date is further away than this get a “Long lifetime” warning. From {MIN_DAYS} to {MAX_DAYS} days.
      </p>
      <DaysInput id="lifetime" label="Days" hint="lifetime-hint" days={days} onSave={onSave} onInvalid={onInvalid} />
    </fieldset>
  );
}
