import { afterEach, describe, expect, it } from 'vitest';
import { createHost, type HostKind } from '../../../components/dashboard/host';

const events = () => [
  new MouseEvent('click', { bubbles: true, composed: true }),
  new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'k' }),
  new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'k' }),
];

describe('createHost keeps clicks and keys inside our shadow root', () => {
  afterEach(() => document.body.replaceChildren());

  // Inline permission notes are not contained one by one (delegate.ts): the page sees their events.
  it.each<[HostKind, boolean | undefined, string[]]>([
    ['summary', undefined, []],
    ['section', undefined, []],
    ['token', undefined, []],
    ['template', undefined, []],
    ['reminder', undefined, []],
    ['notice', undefined, []],
    ['permission', undefined, ['click', 'keydown', 'keyup']],
    ['permission', true, []],
  ])('%s (contain: %s): the page hears %j', (kind, contain, heard) => {
    const { host, root } = createHost(document, kind, contain);
    const button = document.createElement('button');
    root.append(button);
    document.body.append(host);
    const onDocument: string[] = [];
    const onBody: string[] = [];
    const ac = new AbortController();
    for (const e of events()) {
      document.addEventListener(e.type, () => onDocument.push(e.type), { signal: ac.signal });
      document.body.addEventListener(e.type, () => onBody.push(e.type), { signal: ac.signal });
    }
    const inside: string[] = [];
    for (const e of events()) {
      button.addEventListener(e.type, () => inside.push(e.type), { signal: ac.signal });
      button.dispatchEvent(e);
    }
    ac.abort();
    expect(inside).toEqual(['click', 'keydown', 'keyup']); // our own handlers still get them
    expect(onBody).toEqual(heard);
    expect(onDocument).toEqual(heard);
  });
});
