import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../../lib/analysis/rules';
import { RULE_INFO } from '../../../lib/settings/rule-info';

describe('rule info', () => {
  it.each(RULE_CODES)('%s has a plain name and one line', (code) => {
    const info = RULE_INFO[code];
    expect(info?.name.length).toBeGreaterThan(3);
    expect(info?.checks).toMatch(/^[A-Z].*\.$/);
    expect(info?.checks).not.toContain('\n');
  });

  it('describes no rule that does not exist', () => {
    expect(Object.keys(RULE_INFO).sort()).toEqual([...RULE_CODES].sort());
  });
});
