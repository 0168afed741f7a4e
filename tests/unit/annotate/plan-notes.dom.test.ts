import { describe, expect, it, vi } from 'vitest';
import { findingsByRef, memoLookup, planNote, planNotes } from '../../../lib/dashboard/annotate/plan-notes';
import { fakeLookup, finding, onRow, onSection, row } from './helpers';

describe('planNote', () => {
  it.each([
    ['a known group', row('r1', 'DNS Edit', 'zone'), '4755a26eedb94da69e1066d98aa820be', 'critical', 'DNS Edit'],
    ['a known read group', row('r2', 'Zone Read', 'zone'), 'c8fed203ed3043cba015a93ad1616f1f', 'low', 'Zone Read'],
    ['an unknown group', row('r3', 'Quantum Flux Edit', 'account'), 'unknown', 'unknown', 'Quantum Flux Edit'],
    ['a row with nothing chosen', row('r4', '  '), 'unknown', 'unknown', 'No permission chosen yet'],
  ])('%s', (_, r, id, risk, label) => {
    const plan = planNote(r, [], fakeLookup);
    expect(plan).toMatchObject({ key: r.element, permissionId: id, risk, label, at: { where: 'after', ref: r.element } });
    expect(plan.detailsId).toBe(id === 'unknown' ? undefined : id);
  });

  it('looks a row up by its ID when the reader found one', () => {
    const lookup = vi.fn(fakeLookup);
    const r = row('r1', 'DNS Edit', 'zone');
    r.grant.id = 'abc';
    planNote(r, [], lookup);
    expect(lookup).toHaveBeenCalledWith('abc', 'zone');
  });

  it('gives rows naming the same group the same facts, each its own key and place', () => {
    const [a, b] = [row('r1', 'DNS Edit', 'zone'), row('r2', 'DNS Edit', 'zone')].map((r) => planNote(r, [], fakeLookup));
    expect([a.label, a.risk, a.signature]).toEqual([b.label, b.risk, b.signature]);
    expect(a.key).not.toBe(b.key);
    expect(a.at.ref).toBe(a.key);
  });

  it('changes its signature when anything shown changes, and only then', () => {
    const r = row('r1', 'DNS Edit', 'zone');
    const a = planNote(r, [], fakeLookup).signature;
    expect(planNote(r, [], fakeLookup).signature).toBe(a);
    expect(planNote(row('r1', 'Zone Read', 'zone', r.element), [], fakeLookup).signature).not.toBe(a);
    expect(planNote(r, [finding('dns-all-zones', 'high', onRow('r1'))], fakeLookup).signature).not.toBe(a);
  });
});

describe('findingsByRef', () => {
  it('groups row findings, most severe first, and ignores section findings', () => {
    const low = finding('a', 'low', onRow('r1'));
    const crit = finding('b', 'critical', onRow('r1'));
    const other = finding('c', 'high', onRow('r2'));
    const map = findingsByRef([low, crit, other, finding('d', 'high', onSection('ttl'))]);
    expect([...map.keys()]).toEqual(['r1', 'r2']);
    expect(map.get('r1')).toEqual([crit, low]);
  });
});

describe('planNotes', () => {
  it('gives each row its own findings and keeps the row order', () => {
    const rows = [row('r1', 'DNS Edit', 'zone'), row('r2', 'Zone Read', 'zone')];
    const f = finding('dns-all-zones', 'high', onRow('r1'));
    const plans = planNotes(rows, [f], fakeLookup);
    expect(plans.map((p) => [p.key, p.findings])).toEqual([[rows[0].element, [f]], [rows[1].element, []]]);
  });
});

describe('memoLookup', () => {
  it('asks the catalog once per name and scope', () => {
    const lookup = vi.fn(fakeLookup);
    const memo = memoLookup(lookup);
    memo('DNS Edit', 'zone');
    memo('DNS Edit', 'zone');
    memo('DNS Edit', 'account');
    memo('DNS Edit');
    memo('DNS Edit');
    expect(lookup).toHaveBeenCalledTimes(3);
    expect(memo('DNS Edit', 'zone')).toEqual(fakeLookup('DNS Edit', 'zone'));
  });

  it('forgets everything past 2000 entries', () => {
    const lookup = vi.fn(fakeLookup);
    const memo = memoLookup(lookup);
    for (let i = 0; i < 2002; i++) memo(`Group ${i} Read`);
    memo('Group 0 Read');
    expect(lookup).toHaveBeenCalledTimes(2003);
  });
});

describe('planNotes with a cache', () => {
  it('reuses the plan of an unchanged row and replans a changed one', () => {
    const cache = new WeakMap();
    const rows = [row('r1', 'DNS Edit', 'zone'), row('r2', 'Zone Read', 'zone')];
    const first = planNotes(rows, [], fakeLookup, cache);
    const f = finding('x', 'high', onRow('r2'));
    const second = planNotes([rows[0], row('r2', 'Zone Read', 'zone', rows[1].element)], [f], fakeLookup, cache);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].findings).toEqual([f]);
    const third = planNotes([row('r1', 'Zone Read', 'zone', rows[0].element), rows[1]], [f], fakeLookup, cache);
    expect(third[0].label).toBe('Zone Read');
    expect(third[1]).toBe(second[1]);
  });
});

describe('mergeSameRow', () => {
  it('makes one note for two grants on one row, led by the riskier one', () => {
    const li = document.createElement('li');
    const other = row('r3', 'Zone Read', 'zone');
    const f = finding('w', 'medium', onRow('r2'));
    const plans = planNotes([row('r1', 'Zone Read', 'zone', li), row('r2', 'DNS Edit', 'zone', li), other], [f], fakeLookup);
    expect(plans).toHaveLength(2);
    expect(plans[0]).toMatchObject({ key: li, label: 'Zone Read + DNS Edit', risk: 'critical', permissionId: '4755a26eedb94da69e1066d98aa820be', findings: [f] });
    expect(plans[1].key).toBe(other.element);
  });
});
