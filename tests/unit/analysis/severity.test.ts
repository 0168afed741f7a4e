import { describe, expect, it } from 'vitest';
import { SEVERITIES, atLeast, compareSeverity, lower, moreSevere, rankOf, worst } from '../../../lib/analysis/severity';

describe('severity scale', () => {
  it('is ordered most severe first, ranks counting up', () => {
    expect(SEVERITIES).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(SEVERITIES.map(rankOf)).toEqual([0, 1, 2, 3, 4]);
  });

  it('compares, sorts stably and finds the worst', () => {
    expect(['low', 'critical', 'info', 'high', 'medium'].sort((a, b) => compareSeverity(a as never, b as never))).toEqual([...SEVERITIES]);
    expect(moreSevere('high', 'medium')).toBe(true);
    expect(moreSevere('high', 'high')).toBe(false);
    expect(atLeast('high', 'high')).toBe(true);
    expect(atLeast('medium', 'high')).toBe(false);
    expect(worst(['low', 'high', 'medium', 'high'])).toBe('high');
    expect(worst([])).toBeUndefined();
  });

  it('lowers one step, never below low; info stays', () => {
    expect(SEVERITIES.map(lower)).toEqual(['high', 'medium', 'low', 'low', 'info']);
  });
});
