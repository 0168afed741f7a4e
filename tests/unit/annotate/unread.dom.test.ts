// Unread is not empty: a part of the page that could not be read gets a neutral line in the
// summary and its section, and the summary never says "no warnings" while one is there.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { summarize } from '../../../lib/analysis/summarize';
import { allGroups } from '../../../lib/catalog/catalog';
import { lookupPermission } from '../../../lib/catalog/lookup';
import { createPlanner } from '../../../lib/dashboard/annotate/plan-page';
import { unreadFindings } from '../../../lib/dashboard/annotate/unread';
import type { PageReading, Unread } from '../../../lib/dashboard/types';
import { DEFAULT_OPTIONS } from '../../../lib/analysis/types';

describe('unreadFindings', () => {
  it.each<[string, Unread | undefined, Array<[string, string]>]>([
    ['nothing unread', undefined, []],
    ['the IP filter', { fields: ['ip-filter'], rows: 0 }, [['ip-filter', 'Couldn’t read the IP address filter']]],
    ['dates and two rows', { fields: ['ttl'], rows: 2 }, [['ttl', 'Couldn’t read the token’s dates (TTL / expiration)'], ['permissions', 'Couldn’t read 2 permission rows']]],
    ['one row', { fields: [], rows: 1 }, [['permissions', 'Couldn’t read one permission row']]],
  ])('%s', (_, unread, lines) => {
    const found = unreadFindings(unread);
    expect(found.map((f) => [f.target.kind === 'section' ? f.target.section : '', f.title])).toEqual(lines);
    for (const f of found) expect(f).toMatchObject({ code: 'unread-field', severity: 'info' });
  });
});

describe('the planner with unread parts', () => {
  const doc = document;
  doc.body.innerHTML = '<h3>Permissions</h3><h3>Client IP Address Filtering</h3><h3>TTL</h3><div id="row"></div>';
  const [perm, ip, ttl] = doc.querySelectorAll('h3');
  const plan = createPlanner({
    analyze, summarize, lookup: lookupPermission, groups: allGroups, options: () => DEFAULT_OPTIONS,
    now: () => new Date('2026-12-05T00:00:00Z'), summarySpot: () => ({ where: 'after', ref: perm }), reminderSpot: () => null,
  });
  // Zone Read on one zone, from one address, for a week: nothing to warn about.
  const reading = (unread?: Unread): PageReading => ({
    step: 'classic-form',
    rows: [],
    sections: { permissions: perm, 'ip-filter': ip, ttl },
    templates: [],
    tokens: [],
    model: {
      source: 'classic-form',
      policies: [{ effect: 'allow', permissions: [{ ref: 'r1', name: 'Zone Read', scope: 'zone' }], include: [{ type: 'zone', id: 'z1', label: 'example.com' }], exclude: [] }],
      ipFilter: { in: ['192.0.2.0/24'], notIn: [] },
      ttl: { expiresOn: '2026-12-12T00:00:00Z' },
    },
    ...(unread ? { unread } : {}),
  });

  it('everything read and nothing risky: no lines, level none', () => {
    const p = plan(reading());
    expect(p.summary?.level).toBe('none');
    expect(p.summary?.findings).toEqual([]);
  });

  it.each<[string, Unread, string[]]>([
    ['an unread IP filter', { fields: ['ip-filter'], rows: 0 }, ['ip-filter']],
    // Row lines stay in the summary: the Permissions heading gets no box (as for other findings).
    ['an unread row', { fields: [], rows: 1 }, []],
  ])('%s: a neutral line in the summary and the section, never "no warnings"', (_, unread, sections) => {
    const p = plan(reading(unread));
    expect(p.summary?.level).toBe('info');
    expect(p.summary?.findings.map((f) => f.code)).toEqual(['unread-field']);
    expect(p.summary?.verdict).toMatch(/could not be read/);
    expect(p.sections.map((s) => s.section)).toEqual(sections);
  });
});
