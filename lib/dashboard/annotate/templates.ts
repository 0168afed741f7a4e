// What each dashboard template grants, as a token model (docs/cloudflare-tokens.md §templates), so the
// picker can rate a template before anyone uses it. Resources the user still picks are modelled
// as one specific account or zone: the template itself doesn't make them broad.
import type { PermissionGroup, Scope } from '../../catalog/types';
import type { Policy, Resource, TokenModel } from '../../policy/model';

type Grants = ReadonlyArray<readonly [Scope, string]>;

interface TemplateSpec {
  grants: Grants | 'every-read';
  /** Resources by scope; a scope without an entry gets the "picked by you" default. */
  wide?: boolean;
}

const SPECS: Record<string, TemplateSpec> = {
  'edit zone dns': { grants: [['zone', 'DNS Write']] },
  'read billing info': { grants: [['account', 'Billing Read']], wide: true },
  'read analytics and logs': { grants: [['zone', 'Analytics Read'], ['zone', 'Logs Read']] },
  'edit cloudflare workers': {
    grants: [
      ['zone', 'Workers Routes Write'], ['account', 'Workers Scripts Write'], ['account', 'Workers KV Storage Write'],
      ['account', 'Workers Tail Read'], ['account', 'Workers R2 Storage Write'], ['account', 'Account Settings Read'],
      ['user', 'User Details Read'], ['user', 'Memberships Read'],
    ],
  },
  'edit load balancing configuration': {
    grants: [['account', 'Load Balancing: Monitors and Pools Write'], ['zone', 'Load Balancers Write']],
  },
  wordpress: {
    grants: [
      ['zone', 'Analytics Read'], ['zone', 'Zone Read'], ['zone', 'Zone Settings Write'], ['zone', 'DNS Read'],
      ['zone', 'Cache Purge'], ['account', 'Account Settings Read'],
    ],
    wide: true,
  },
  'create additional tokens': { grants: [['user', 'API Tokens Write']] },
  // Three templates the docs' template table leaves out. Their contents are what the dashboard
  // pre-fills, as reported by public setup guides (2024-2026), not a Cloudflare page: Workers AI
  // (Beta) = Account › Workers AI Read + Edit; Stream and Images = Account › Stream Edit + Images
  // Edit; Radar = Account › Radar Read (the Radar docs ask for a custom token with just that).
  'workers ai': { grants: [['account', 'Workers AI Read'], ['account', 'Workers AI Write']] },
  'read and write to cloudflare stream and images': { grants: [['account', 'Stream Write'], ['account', 'Images Write']] },
  'read cloudflare radar data': { grants: [['account', 'Radar Read']] },
  'read all resources': { grants: 'every-read', wide: true },
};

/** "Read all resources", "Workers AI (Beta)" → "read all resources", "workers ai". */
export function templateKey(name: string): string {
  return name.toLowerCase().replace(/\(beta\)/g, '').replace(/\s+/g, ' ').trim();
}

function resourcesFor(scope: Scope, wide: boolean): Resource[] {
  if (scope === 'user') return [{ type: 'user', id: 'me' }];
  if (scope === 'account') return [{ type: 'account', id: wide ? '*' : 'picked-account' }];
  return [{ type: 'zone', id: wide ? '*' : 'picked-zone' }];
}

/** The template's model, or null for a template we don't know the contents of. */
export function templateModel(name: string, groups: () => readonly PermissionGroup[]): TokenModel | null {
  const spec = SPECS[templateKey(name)];
  if (!spec) return null;
  const grants: Grants =
    spec.grants === 'every-read'
      ? groups().filter((g) => g.level === 'read' && g.scope !== 'r2_bucket').map((g) => [g.scope, g.name] as const)
      : spec.grants;
  const policies: Policy[] = [];
  for (const scope of ['account', 'zone', 'user'] as const) {
    const mine = grants.filter(([s]) => s === scope);
    if (mine.length === 0) continue;
    policies.push({
      effect: 'allow',
      permissions: mine.map(([s, n], i) => ({ ref: `${s}-${i}`, name: n, scope: s })),
      include: resourcesFor(scope, spec.wide ?? false),
      exclude: [],
    });
  }
  return { name, source: 'recipe', policies };
}
