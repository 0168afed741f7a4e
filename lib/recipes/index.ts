// The recipe list. It is our own static data, so it is validated against RecipeSchema at test
// time (tests/unit/recipes/recipes.test.ts), not at load: a recipe that fails the schema fails
// the tests and never ships, and zod stays out of the popup's bundles (issue 6, part 1), as for the
// catalog (lib/catalog/catalog.ts).
import { DNS_RECIPES } from './data-dns';
import { PLATFORM_RECIPES } from './data-platform';
import type { Recipe } from './schema';

/** Every recipe, in the order the popup lists them. */
export const recipes: readonly Recipe[] = Object.freeze([...DNS_RECIPES, ...PLATFORM_RECIPES].map((r) => Object.freeze(r)));

export function recipeById(id: string): Recipe | undefined {
  return recipes.find((r) => r.id === id);
}

export { buildTokenLink } from './build-token-link';
export type { BuildLinkInput, BuildLinkResult } from './build-token-link';
export { recipeModel, recipeFindings, recommendedChoice } from './recipe-model';
export type { RecipeChoice } from './recipe-model';
export type { Recipe, RecipePermission } from './schema';
