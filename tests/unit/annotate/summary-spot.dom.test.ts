import { describe, expect, it } from 'vitest';
import { cachedSummarySpot, findSummarySpot } from '../../../lib/dashboard/annotate/summary-spot';
import { reading, row } from './helpers';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const FORM = `<main><form id="f"><h2>Create Custom Token</h2><div id="r1">row</div><section><h3>TTL</h3></section>
  <hr><div id="footer"><button>Cancel</button><button>Continue to summary</button></div></form></main>`;

describe('findSummarySpot', () => {
  it.each([
    ['classic form: before the footer', FORM, '#r1', 'before', '#footer'],
    [
      'buttons straight in the form: before Cancel',
      '<form id="f"><div id="r1">row</div><button id="c">Cancel</button><button>Continue to summary</button></form>',
      '#r1', 'before', '#c',
    ],
    [
      'summary step (no rows): before the footer',
      '<main><h2>CI API token summary</h2><p>text</p><ul><li>x</li></ul><div id="footer"><button>Cancel</button><button>Create Token</button></div></main>',
      null, 'before', '#footer',
    ],
    [
      'account builder: "Review token" straight in main',
      '<main><ul><li id="r1">DNS</li></ul><button id="b">Review token</button></main>',
      '#r1', 'before', '#b',
    ],
    ['no footer yet: top of the form', '<form id="f"><div id="r1">row</div></form>', '#r1', 'prepend', '#f'],
    ['no footer, no form: top of main', '<main id="m"><p>x</p></main>', null, 'prepend', '#m'],
  ])('%s', (_, html, rowSel, where, refSel) => {
    const doc = page(html);
    const rows = rowSel ? [row('r1', 'DNS Edit', 'zone', doc.querySelector(rowSel)!)] : [];
    const spot = findSummarySpot(reading({ rows }), doc);
    expect(spot?.where).toBe(where);
    expect(spot?.ref).toBe(doc.querySelector(refSel));
  });

  it('ignores a "Create Token" link outside the form', () => {
    const doc = page(`<a href="/x">Create Token</a>${FORM}`);
    const spot = findSummarySpot(reading({ rows: [row('r1', 'DNS Edit', 'zone', doc.querySelector('#r1')!)] }), doc);
    expect(spot?.ref).toBe(doc.querySelector('#footer'));
  });
});

describe('cachedSummarySpot', () => {
  it('reuses the footer while it is in the page and looks again once it is gone', () => {
    const doc = page(FORM);
    const spotFor = cachedSummarySpot(doc);
    const r = reading({ rows: [row('r1', 'DNS Edit', 'zone', doc.querySelector('#r1')!)] });
    const first = spotFor(r);
    expect(spotFor(r)).toBe(first);
    const footer = doc.querySelector('#footer')!;
    const copy = footer.cloneNode(true) as Element;
    footer.replaceWith(copy);
    expect(spotFor(r)?.ref).toBe(copy);
  });
});
