import { describe, expect, it } from 'vitest';
import * as api from '../../../lib';

describe('lib/index.ts public API', () => {
  it.each(['lookupPermission', 'lookupKey', 'parseApiToken', 'parseDeepLink', 'analyze', 'summarize', 'normalizeOptions'])('exports %s', (name) => {
    expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the default options', () => {
    expect(api.DEFAULT_OPTIONS).toEqual({ strictness: 'balanced', maxLifetimeDays: 90, broadTokenGroups: 10, disabledRules: [], unusedDays: 90, neverUsedDays: 30 });
  });

  it('works end to end: link -> model -> findings -> summary', () => {
    const parsed = api.parseDeepLink('https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys=%5B%7B%22key%22%3A%22api_tokens%22%2C%22type%22%3A%22edit%22%7D%5D');
    expect(parsed.ok).toBe(true);
    const summary = api.summarize(parsed.ok ? api.analyze(parsed.value) : []);
    expect(summary.level).toBe('critical');
    expect(summary.verdict).toMatch(/password/);
  });
});
