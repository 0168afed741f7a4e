// The "Unused tokens" days: how long since its last use, or since it was made when never used,
// before a token on the tokens list is named unused (rule unused-token; API data only). Same
// behaviour as the lifetime field (DaysInput).
import { UNUSED_DAYS } from '../../lib/analysis/rules/unused-token';
import { DaysInput } from './days-input';

interface Props {
  unusedDays: number;
  neverUsedDays: number;
  onSave(change: { unusedDays?: number; neverUsedDays?: number }): void;
  onInvalid(): void;
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
      <DaysInput id="unused-days" label="Last use older than" hint="unused-hint" unit="days" days={unusedDays} onSave={(d) => onSave({ unusedDays: d })} onInvalid={onInvalid} />
      <DaysInput id="never-used-days" label="Never used, made earlier than" hint="unused-hint" unit="days" days={neverUsedDays} onSave={(d) => onSave({ neverUsedDays: d })} onInvalid={onInvalid} />
    </fieldset>
  );
}
