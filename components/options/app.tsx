// The options page: how strict the review is, the longest token lifetime that passes, which
// checks run and how inline notes look. Every change is saved at once to storage.sync and the
// dashboard tabs apply it without a reload.
import { useState } from 'preact/hooks';
import { DEFAULT_OPTIONS } from '../../lib/analysis/types';
import { DEFAULT_DISPLAY } from '../../lib/settings/display';
import { NOTES_INFO, STRICTNESS_INFO } from '../../lib/settings/rule-info';
import { ChoiceGroup } from '../choice-group';
import { LifetimeField } from './lifetime-field';
import { RulesField } from './rules-field';
import { UnusedField } from './unused-field';
import { useSettings, type SaveState, type SettingsStore } from './use-settings';

const STATUS: Record<SaveState, string> = {
  loading: '',
  idle: '',
  saved: 'Saved',
  invalid: 'Not saved: fix the number of days.',
  error: "Couldn't save the change. Try again.",
};

export function OptionsApp({ store }: { store?: SettingsStore }) {
  const { settings, state, save, markInvalid } = useSettings(store);
  // Remounts the lifetime field after loading or a reset, so it shows the value now in force.
  const [resets, setResets] = useState(0);
  const { options, display } = settings;

  const restore = () => {
    save({ options: DEFAULT_OPTIONS, display: DEFAULT_DISPLAY });
    setResets((n) => n + 1);
  };

  return (
    <main aria-busy={state === 'loading'}>
      <header>
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1>Token Lens options</h1>
          <p class="subtitle">How Token Lens reviews API tokens on the Cloudflare dashboard. Changes apply at once, also in open tabs.</p>
        </div>
      </header>
      {state !== 'loading' && (
        <form onSubmit={(e) => e.preventDefault()}>
          <ChoiceGroup
            id="strictness"
            class="card"
            legend="Strictness"
            choices={STRICTNESS_INFO}
            value={options.strictness}
            onChange={(strictness) => save({ options: { strictness } })}
          />
          <LifetimeField
            key={resets}
            days={options.maxLifetimeDays}
            onSave={(maxLifetimeDays) => save({ options: { maxLifetimeDays } })}
            onInvalid={markInvalid}
          />
          <RulesField disabled={options.disabledRules} onChange={(disabledRules) => save({ options: { disabledRules } })} />
          <UnusedField
            key={`unused-${resets}`}
            unusedDays={options.unusedDays}
            neverUsedDays={options.neverUsedDays}
            onSave={(change) => save({ options: change })}
            onInvalid={markInvalid}
          />
          <ChoiceGroup
            id="notes"
            class="card"
            legend="Inline notes"
            choices={NOTES_INFO}
            value={display.notes}
            onChange={(notes) => save({ display: { notes } })}
          />
        </form>
      )}
      <footer>
        <button type="button" class="secondary" onClick={restore} disabled={state === 'loading'}>
          Restore defaults
        </button>
        <p role="status" class={state === 'error' || state === 'invalid' ? 'status error' : 'status'}>
          {STATUS[state]}
        </p>
      </footer>
      <p class="note">Only these settings are stored, synced with your browser account. Tokens you paste are never stored.</p>
    </main>
  );
}
