// "Create a least-privilege token": pick a job, see what it needs and why, open the pre-filled
// dashboard form. Nothing here is secret; the choice lives in this view's state only.
// Loaded lazily by components/popup/recipes-panel.tsx, which draws the heading and Back button.
import { useState } from 'preact/hooks';
import { recipeById, recipes, type Recipe } from '../../../lib/recipes';
import type { RecipesProps } from '../recipes-panel';
import { RecipeDetail } from './recipe-detail';
import './recipes.css';

const GROUPS: Array<[Recipe['group'], string]> = [
  ['certificates', 'Certificates (DNS-01)'],
  ['dns', 'DNS records'],
  ['workers', 'Workers and Pages'],
  ['storage', 'Storage'],
  ['zero-trust', 'Tunnels and Zero Trust'],
  ['other', 'Cache and analytics'],
];

export function RecipesView({ openTab }: RecipesProps) {
  const [id, setId] = useState('');
  const recipe = recipeById(id);
  return (
    <>
      <p class="hint">Pick the job the token is for. You get the smallest set of permissions the tool's own documentation asks for, and a link that fills in the dashboard form.</p>
      <div class="field">
        <label for="recipe">What is the token for?</label>
        <select id="recipe" value={id} onChange={(e) => setId(e.currentTarget.value)}>
          <option value="">Choose a job…</option>
          {GROUPS.map(([group, label]) => (
            <optgroup label={label} key={group}>
              {recipes.filter((r) => r.group === group).map((r) => (
                <option value={r.id} key={r.id}>{r.title}: {r.job}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {recipe && <RecipeDetail key={recipe.id} recipe={recipe} openTab={openTab} />}
    </>
  );
}
