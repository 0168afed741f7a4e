// The "Create a least-privilege token" view's frame. It ships with the popup; what is inside
// (the recipes, the permission catalog and the analyzer) is a separate chunk, fetched with
// import() only when the view opens, so the Verify view loads small (issue 6, part 1).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface RecipesProps {
  /** Opens a URL in a new tab (browser.tabs.create in the extension). */
  openTab(url: string): void;
}

export type LoadRecipes = () => Promise<{ RecipesView: ComponentType<RecipesProps> }>;

const loadRecipes: LoadRecipes = () => import('./recipes/recipes-view');

interface Props extends RecipesProps {
  onBack(): void;
  /** Where the view's code comes from; tests pass their own. */
  load?: LoadRecipes;
}

type State = { kind: 'loading' } | { kind: 'ready'; View: ComponentType<RecipesProps> } | { kind: 'failed' };

export function RecipesPanel({ onBack, openTab, load = loadRecipes }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    load().then(
      (m) => live && setState({ kind: 'ready', View: m.RecipesView }),
      () => live && setState({ kind: 'failed' }),
    );
    return () => void (live = false);
  }, [load, attempt]);

  return (
    <section class="recipes" aria-labelledby="recipes-title" aria-busy={state.kind === 'loading'} data-testid="recipes">
      <div class="box-head">
        <h2 id="recipes-title">Create a <span>least-privilege token</span></h2>
        <button type="button" class="secondary small" onClick={onBack}>Verify a token</button>
      </div>
      {state.kind === 'ready' && <state.View openTab={openTab} />}
      {state.kind === 'loading' && <p class="hint" role="status">Loading the recipes…</p>}
      {state.kind === 'failed' && (
        <div class="box" data-tone="bad" role="alert" data-testid="recipes-failed">
          <p>The recipes could not be loaded, so this view is empty. Verifying a token still works.</p>
          <p class="advice">Try again; if it keeps failing, close and reopen the popup (an update of Token Lens may have replaced its files).</p>
          <div class="actions">
            <button type="button" class="secondary small" onClick={() => setAttempt((n) => n + 1)}>Try again</button>
          </div>
        </div>
      )}
    </section>
  );
}
