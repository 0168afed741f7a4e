// One recipe: token type and zones to choose, the permissions with reasons, what the analyzer
// says about that exact set, and the button that opens the pre-filled dashboard form.
import { useState } from 'preact/hooks';
import { lookupKey } from '../../../lib/catalog';
import { buildTokenLink, recipeFindings, recommendedChoice, type Recipe, type RecipeChoice } from '../../../lib/recipes';
import { ChoiceGroup } from '../../choice-group';
import { FindingList } from './finding-list';

interface Props {
  recipe: Recipe;
  openTab(url: string): void;
}

export function RecipeDetail({ recipe, openTab }: Props) {
  const [choice, setChoice] = useState<RecipeChoice>(() => recommendedChoice(recipe));
  const findings = recipeFindings(recipe, choice);
  const link = buildTokenLink({ keys: recipe.permissions, name: recipe.tokenName, owner: choice.owner, zone: choice.zone });
  const mark = (yes: boolean) => (yes ? ' (recommended)' : '');
  return (
    <div class="recipe" data-testid="recipe" data-recipe={recipe.id}>
      <p>
        {recipe.job}. From <a href={recipe.docs} target="_blank" rel="noreferrer">{recipe.title}'s documentation</a>.
      </p>
      <ChoiceGroup
        id="owner" class="choice" legend="Token type" value={choice.owner} hint={recipe.ownerAdvice}
        choices={[
          { value: 'account', name: `Account token${mark(recipe.owner === 'account')}` },
          { value: 'user', name: `User token${mark(recipe.owner === 'user')}` },
        ]}
        onChange={(owner) => setChoice({ ...choice, owner })}
      />
      {recipe.zone !== 'none' && (
        <ChoiceGroup
          id="zone" class="choice" legend="Zones" value={choice.zone} hint={recipe.zoneAdvice}
          choices={[
            { value: 'one', name: `One zone${mark(recipe.zone === 'one')}` },
            { value: 'all', name: `All zones${mark(recipe.zone === 'all')}` },
          ]}
          onChange={(zone) => setChoice({ ...choice, zone })}
        />
      )}
      <h3>Permissions</h3>
      <ul class="perms" data-testid="recipe-permissions">
        {recipe.permissions.map((p) => (
          <li key={`${p.key}-${p.type}`}>
            <strong>{lookupKey(p.key, p.type)?.label ?? `${p.key} ${p.type}`}</strong>
            <span>{p.reason}</span>
          </li>
        ))}
      </ul>
      <h3>What Token Lens says about this token</h3>
      <FindingList findings={findings} />
      {recipe.criticalBecause && <p class="warning">{recipe.criticalBecause}</p>}
      {link.ok ? (
        <>
          <div class="actions">
            <button type="button" class="primary" data-href={link.url} onClick={() => openTab(link.url)}>
              Open the pre-filled form
            </button>
          </div>
          {link.notes.map((n) => <p class="note" key={n}>{n}</p>)}
          <p class="hint">The link only fills in the form. Add an IP filter and an end date there, then review and create the token yourself.</p>
        </>
      ) : (
        <p class="hint error" role="alert">{link.error}</p>
      )}
    </div>
  );
}
