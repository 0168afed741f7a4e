// One import point for the recipe tests (the public API plus the schema).
export { recipes, recipeFindings, recommendedChoice, recipeModel, buildTokenLink } from '../../../lib/recipes';
export { RecipeSchema } from '../../../lib/recipes/schema';
