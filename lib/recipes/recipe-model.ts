// The token a recipe produces once created as advised, as a model the analyzer can judge:
// one account (the one you pick), and one zone or all zones. The link itself cannot say
// "one zone" or "one account", so this is the token the advice leads to, not the raw link.
import { analyze } from '../analysis/analyze';
import type { Finding } from '../analysis/types';
import { lookupKey } from '../catalog';
import type { Grant, Policy, Resource, TokenModel } from '../policy/model';
import type { Recipe } from './schema';

export interface RecipeChoice {
  owner: 'user' | 'account';
  zone: 'one' | 'all';
}

const ACCOUNT: Resource = { type: 'account', id: ':account', label: 'The account you pick' };

function zones(choice: RecipeChoice): Resource[] {
  if (choice.zone === 'one') return [{ type: 'zone', id: ':zone', label: 'The zone you pick' }];
  return choice.owner === 'account' ? [{ type: 'account-zones', accountId: ':account', label: 'All zones of the account' }] : [{ type: 'zone', id: '*' }];
}

export function recipeModel(recipe: Recipe, choice: RecipeChoice): TokenModel {
  const grants = recipe.permissions.map((p, i): Grant => {
    const info = lookupKey(p.key, p.type);
    if (!info) return { ref: `recipe-${i}`, name: `${p.key} ${p.type}` };
    return { ref: `recipe-${i}`, name: info.name, ...(info.id ? { id: info.id } : {}), ...(info.scope ? { scope: info.scope } : {}) };
  });
  const policy = (permissions: Grant[], include: Resource[]): Policy[] =>
    permissions.length ? [{ effect: 'allow', permissions, include, exclude: [] }] : [];
  return {
    name: recipe.tokenName,
    owner: choice.owner,
    source: 'recipe',
    policies: [
      ...policy(grants.filter((g) => g.scope === 'account'), [ACCOUNT]),
      ...policy(grants.filter((g) => g.scope === 'zone'), zones(choice)),
      ...policy(grants.filter((g) => g.scope === 'user'), [{ type: 'user', id: 'self', label: 'You' }]),
      ...policy(grants.filter((g) => g.scope !== 'account' && g.scope !== 'zone' && g.scope !== 'user'), [ACCOUNT]),
    ],
    // A fresh token: the recipe sets no IP filter or dates, so the analyzer reminds about both.
    ipFilter: { in: [], notIn: [] },
    ttl: {},
  };
}

/** What the analyzer says about the recipe's token, created as chosen. */
export function recipeFindings(recipe: Recipe, choice: RecipeChoice, now: Date = new Date()): Finding[] {
  return analyze(recipeModel(recipe, choice), {}, now);
}

/** The choice a recipe recommends (zone 'none' recipes have no zone part, so 'one' is moot). */
export function recommendedChoice(recipe: Recipe): RecipeChoice {
  return { owner: recipe.owner, zone: recipe.zone === 'all' ? 'all' : 'one' };
}
