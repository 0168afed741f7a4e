// Micro-benchmark, not a test (timings are noisy): `npx vitest bench --run tests/unit/analysis`.
// The content script analyses the whole model on every pass, so this must stay well under 1 ms
// at 100 grants (issue 6, part 1).
import { bench, describe } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { allGroups } from '../../../lib/catalog';
import type { Grant, TokenModel } from '../../../lib/policy/model';

function model(n: number): TokenModel {
  const groups = allGroups();
  const grants: Grant[] = Array.from({ length: n }, (_, i) => ({ ref: `row-${i}`, name: groups[i % groups.length].name, scope: i % 2 ? 'zone' : 'account' }));
  return {
    source: 'classic-form',
    owner: 'user',
    policies: [
      { effect: 'allow', permissions: grants.filter((g) => g.scope === 'account'), include: [{ type: 'account', id: '*' }], exclude: [] },
      { effect: 'allow', permissions: grants.filter((g) => g.scope === 'zone'), include: [{ type: 'zone', id: '*' }], exclude: [] },
    ],
  };
}

describe('analyze', () => {
  for (const n of [10, 100, 1000]) {
    const m = model(n);
    bench(`${n} grants`, () => void analyze(m));
  }
});
