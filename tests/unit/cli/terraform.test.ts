import { describe, expect, it } from 'vitest';
import { auditTokens } from '../../../lib/cli/audit';
import { formatText } from '../../../lib/cli/format-text';
import { apiShapeOf, isTerraformJson, terraformTokens } from '../../../lib/cli/terraform';
import { parseApiToken } from '../../../lib/policy/parse-api-token';
import { ACCOUNT, NOW, PG, terraformV4State, terraformV5Plan, terraformV5State } from './fixtures';

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('terraform show -json', () => {
  it('is recognised by format_version', () => {
    expect(isTerraformJson(terraformV4State)).toBe(true);
    expect(isTerraformJson(terraformV5Plan)).toBe(true);
    expect(isTerraformJson({ result: [], format_version: '1' })).toBe(false);
    expect(isTerraformJson({ policies: [] })).toBe(false);
  });

  it('v4 state: policy blocks, ID lists, a resources map, condition blocks as lists', () => {
    const [token] = terraformTokens(terraformV4State)!;
    expect(token).toMatchObject({ address: 'cloudflare_api_token.dns', owner: 'user' });
    expect(token.raw).toEqual({
      id: 'f1b2c3d4e5f60718293a4b5c6d7e8f90',
      name: 'terraform dns',
      status: 'active',
      issued_on: '2026-03-01T00:00:00Z',
      policies: [{ effect: 'allow', permission_groups: [{ id: PG.dnsWrite }, { id: PG.zoneRead }], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
      condition: { request_ip: { in: ['192.0.2.1/32'], not_in: [] } },
    });
    // The secret is not carried over.
    expect(JSON.stringify(token)).not.toContain('SECRET');
    const model = parseApiToken(token.raw);
    expect(model.ok && model.value.policies[0].permissions.map((p) => p.name)).toEqual(['DNS Write', 'Zone Read']);
  });

  it('v5 plan: policies, { id } groups, JSON-string resources, an account token in a child module', () => {
    const tokens = terraformTokens(terraformV5Plan)!;
    expect(tokens.map((t) => [t.address, t.owner])).toEqual([
      ['cloudflare_api_token.ci', 'user'],
      ['module.dns.cloudflare_account_token.dns', 'account'],
    ]);
    const ci = parseApiToken(tokens[0].raw);
    expect(ci.ok && ci.value).toMatchObject({
      name: 'ci deploy',
      ipFilter: { in: ['192.0.2.0/24'], notIn: ['192.0.2.9/32'] },
      ttl: { expiresOn: '2026-08-01T00:00:00Z' },
      policies: [{ include: [{ type: 'account', id: ACCOUNT }] }],
    });
    const dns = parseApiToken(tokens[1].raw, { owner: 'account' });
    expect(dns.ok && dns.value.policies[0].include).toEqual([{ type: 'account-zones', accountId: ACCOUNT }]);
  });

  it('v5 state (early 5.x resources map) keeps status and last use', () => {
    const [token] = terraformTokens(terraformV5State)!;
    expect(token.raw).toMatchObject({ status: 'active', last_used_on: '2025-12-01T00:00:00Z', issued_on: '2025-06-01T00:00:00Z' });
    const [audit] = auditTokens([token], NOW);
    expect(codes(audit.findings)).toContain('unused-token');
  });

  it('rates the plan: the account token editing DNS on all zones of its account, the CI token on Workers', () => {
    const audits = auditTokens(terraformTokens(terraformV5Plan)!, NOW);
    const byAddress = Object.fromEntries(audits.map((a) => [a.address, a]));
    expect(byAddress['module.dns.cloudflare_account_token.dns']).toMatchObject({ risk: 'high', owner: 'account' });
    expect(codes(byAddress['module.dns.cloudflare_account_token.dns'].findings)).toEqual(['critical-permission', 'no-ip-filter', 'all-zones', 'no-expiry']);
    expect(codes(byAddress['cloudflare_api_token.ci'].findings)).not.toContain('no-ip-filter');
    // Not applied yet: the plan says nothing of status or use.
    expect(byAddress['cloudflare_api_token.ci'].status).toBeUndefined();
  });

  it('v4 keeps no last use: a token made months ago is not called unused or "never used"', () => {
    const [token] = terraformTokens(terraformV4State)!;
    expect(token.lastUseUnknown).toBe(true);
    const [audit] = auditTokens([token], NOW);
    expect(audit.issuedOn).toBe('2026-03-01T00:00:00Z');
    expect(codes(audit.findings)).not.toContain('unused-token');
    expect(audit.lastUseUnknown).toBe(true);
    const text = formatText([audit], 'high', false);
    expect(text).toContain('issued 2026-03-01');
    expect(text).not.toContain('never used');
  });

  it('v5 says last_used_on: null when a token was never used, and that is judged', () => {
    const values = { ...terraformV5State.values.root_module.resources[0].values, last_used_on: null };
    const state = { ...terraformV5State, values: { root_module: { resources: [{ ...terraformV5State.values.root_module.resources[0], values }] } } };
    const [token] = terraformTokens(state)!;
    expect(token.lastUseUnknown).toBeUndefined();
    const [audit] = auditTokens([token], NOW);
    expect(audit.findings.find((f) => f.code === 'unused-token')?.title).toBe('Never used since it was made on 2025-06-01');
    expect(formatText([audit], 'high', false)).toContain('never used');
  });

  it('v4 plan: a new token in planned_values (policy blocks; no id, status or dates until apply)', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.5.7',
      planned_values: {
        root_module: {
          resources: [{
            address: 'cloudflare_api_token.deploy',
            mode: 'managed',
            type: 'cloudflare_api_token',
            name: 'deploy',
            provider_name: 'registry.terraform.io/cloudflare/cloudflare',
            schema_version: 0,
            values: {
              name: 'deploy',
              expires_on: null,
              not_before: null,
              policy: [{ effect: 'allow', permission_groups: [PG.workersScriptsWrite], resources: { [`com.cloudflare.api.account.${ACCOUNT}`]: '*' } }],
              condition: [],
            },
            sensitive_values: { condition: [], policy: [{ permission_groups: [false] }] },
          }],
        },
      },
      resource_changes: [{ address: 'cloudflare_api_token.deploy', change: { actions: ['create'] } }],
    };
    const [token] = terraformTokens(plan)!;
    expect(token).toMatchObject({ address: 'cloudflare_api_token.deploy', owner: 'user', lastUseUnknown: true });
    const [audit] = auditTokens([token], NOW);
    expect(audit).toMatchObject({ name: 'deploy', risk: 'high' });
    expect(audit.status).toBeUndefined();
    expect(codes(audit.findings)).toEqual(expect.arrayContaining(['no-ip-filter', 'no-expiry']));
    expect(codes(audit.findings)).not.toContain('unreadable-token');
  });

  it('a resource whose policies are unknown until apply is reported, not skipped', () => {
    const plan = { format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'cloudflare_api_token.x', mode: 'managed', type: 'cloudflare_api_token', name: 'x', values: { name: 'x' } }] } } };
    const [audit] = auditTokens(terraformTokens(plan)!, NOW);
    expect(audit).toMatchObject({ address: 'cloudflare_api_token.x', risk: 'high', findings: [{ code: 'unreadable-token', severity: 'high' }] });
    expect(audit.findings[0].why).toContain('its policies are not in this output');
  });

  it('resources that are neither a map nor JSON make the token unreadable, with the reason', () => {
    const raw = apiShapeOf({ name: 'bad', policies: [{ effect: 'allow', permission_groups: [{ id: PG.zoneRead }], resources: 'not json' }] });
    const [audit] = auditTokens([{ raw }], NOW);
    expect(audit.findings[0]).toMatchObject({ code: 'unreadable-token' });
    expect(audit.findings[0].why).toContain('Policy 1 has no resources list we can read');
  });
});
