// The recipe list, validated once at load. A recipe that fails the schema is a bug in our data:
// it is left out (and the unit tests fail), so a user never sees a half-formed recipe.
import { DNS_RECIPES } from './data-dns';
import { PLATFORM_RECIPES } from './data-platform';
import { RecipeSchema, type Recipe } from './schema';

function validated(list: Recipe[]): Recipe[] {
  return list.filter((r) => RecipeSchema.safeParse(r).success).map((r) => Object.freeze(r));
}

/** Every recipe, in the order the popup lists them. */
export const recipes: readonly Recipe[] = Object.freeze(validated([...DNS_RECIPES, ...PLATFORM_RECIPES]));

export function recipeById(id: string): Recipe | undefined {
  return recipes.find((r) => r.id === id);
}

export { buildTokenLink } from './build-token-link';
export type { BuildLinkInput, BuildLinkResult } from './build-token-link';
export { recipeModel, recipeFindings, recommendedChoice } from './recipe-model';
export type { RecipeChoice } from './recipe-model';
export type { Recipe, RecipePermission } from './schema';
