import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/messages/handle-message';
import { isDetailsRequest, readDetailsReply } from '../../../lib/messages/details-message';
import { answerDetails } from '../../../lib/messages/permission-details';

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
  it.each([
    ['a group with a long text', (id: string) => (id === ID ? 'Long text' : undefined), 'Long text'],
    ['a group without one', () => undefined, null],
  ])('%s', (_, lookup, text) => {
    expect(answerDetails({ type: 'permission-details', id: ID }, lookup)).toEqual({ id: ID, text });
  });
});

describe('handleMessage', () => {
  it('answers details requests and leaves other messages to other listeners', async () => {
    const reply = await handleMessage({ type: 'permission-details', id: ID });
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
