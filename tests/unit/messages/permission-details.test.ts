import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/messages/handle-message';
import { isDetailsRequest, readDetailsReply, type DetailsReply } from '../../../lib/messages/details-message';
import { answerDetails } from '../../../lib/messages/permission-details';
import { allGroups } from '../../../lib/catalog';
import { validatedCatalog } from '../../../lib/catalog/build';
import { lazyRiskReason } from '../../../lib/catalog/reasons';

const ID = '4755a26eedb94da69e1066d98aa820be';

describe('isDetailsRequest', () => {
  it.each([
    [{ type: 'permission-details', id: ID }, true],
    [{ type: 'permission-details', id: 'DNS Edit' }, false],
    [{ type: 'permission-details', id: ID.toUpperCase() }, false],
    [{ type: 'verify', id: ID }, false],
    [{ type: 'permission-details' }, false],
    [null, false],
    ['permission-details', false],
  ])('%j → %s', (message, ok) => expect(isDetailsRequest(message)).toBe(ok));
});

describe('answerDetails', () => {
  const long = (id: string) => (id === ID ? 'Long text' : undefined);
  const reason = (id: string) => (id === ID ? 'Why it is risky.' : undefined);
  const none = () => undefined;
  it.each([
    ['a group with a long text', long, none, 'Long text'],
    ['a group without one', none, none, null],
    ['the reason the content script lacks, then the long text', long, reason, 'Why it is risky.\n\nLong text'],
    ['a reason alone', none, reason, 'Why it is risky.'],
  ])('%s', (_, lookup, why, text) => {
    expect(answerDetails({ type: 'permission-details', id: ID }, lookup, why)).toEqual({ id: ID, text });
  });
});

describe('the reasons the background adds', () => {
  it('are exactly the ones the shipped catalog leaves out (critical groups keep theirs inline)', () => {
    const source = validatedCatalog().entries;
    for (const g of source) {
      const shipped = allGroups().find((s) => s.id === g.id);
      if (g.risk === 'critical') {
        expect(shipped?.riskReason, g.name).toBe(g.riskReason);
        expect(lazyRiskReason(g.id), g.name).toBeUndefined();
      } else {
        expect(shipped?.riskReason, g.name).toBe('');
        expect(lazyRiskReason(g.id.toUpperCase()), g.name).toBe(g.riskReason);
      }
    }
    expect(source.filter((g) => g.risk !== 'critical').length).toBeGreaterThan(100);
  });

  it('lead the reply of a non-critical group', async () => {
    const g = validatedCatalog().entries.find((x) => x.risk === 'low')!;
    const reply = (await handleMessage({ type: 'permission-details', id: g.id })) as DetailsReply;
    expect(reply?.text?.startsWith(`${g.riskReason}\n\n`)).toBe(true);
  });
});

describe('handleMessage', () => {
  it('answers details requests and leaves other messages to other listeners', async () => {
    const reply = (await handleMessage({ type: 'permission-details', id: ID })) as DetailsReply;
    expect(reply?.id).toBe(ID);
    expect(reply?.text === null || typeof reply?.text === 'string').toBe(true);
    expect(handleMessage({ type: 'something-else' })).toBeUndefined();
  });
});

describe('readDetailsReply', () => {
  it.each([
    [{ id: ID, text: 'Long' }, 'Long'],
    [{ id: ID, text: '   ' }, null],
    [{ id: 'x', text: 'Long' }, null],
    [{ id: ID, text: 42 }, null],
    [undefined, null],
  ])('%j → %j', (reply, text) => expect(readDetailsReply(reply, ID)).toBe(text));
});
