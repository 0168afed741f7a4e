// Measures the built extension in Chromium on generated classic forms (issue 6, part 1) and writes
// the medians to BENCH_JSON for scripts/bench.mjs. Each run opens a fresh page, so every figure
// is a first sight of those rows, not a warm cache.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM, expect, fixtureHtml, test } from '../e2e/fixtures';
import { ID } from '../e2e/dashboard-helpers';
import { addRows } from './rows';

const FORM = '/profile/api-tokens/create';
/** BENCH_SIZES=100 (comma-separated) measures fewer sizes, for a quick look while working. */
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS || 7);
const NOTES = '[data-token-lens="permission"]';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In the page: collect our User Timing passes and long tasks from now on. */
async function instrument(page: Page) {
  await page.evaluate(() => {
    const w = window as any;
    w.__bench = { passes: [] as { start: number; ms: number; name: string }[], long: [] as { start: number; ms: number }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name.startsWith('token-lens-')) w.__bench.passes.push({ name: e.name, start: e.startTime, ms: e.duration });
    }).observe({ type: 'measure' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask' });
  });
}

/**
 * In the page: run `change`, then wait until `done()` holds; our work = passes started after.
 * Long tasks after the change are split by what ran in them: `ours` is our longest task (a pass,
 * or one slice of a sliced pass); `frame` the page's first frame after the change (its own style
 * and layout, with `inFrame` ms of ours); `after` the longest task once our work is done (the
 * frame that lays the page out again around the notes we put in).
 */
async function timed(page: Page, change: string, done: string) {
  return page.evaluate(async ([change, done]) => {
    const w = window as any;
    const check = new Function(`return (${done})`) as () => boolean;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // settle
    const t0 = performance.now();
    w.__bench.passes.length = 0;
    w.__bench.long.length = 0;
    new Function(change)();
    const inDom = performance.now();
    let frameAt = 0;
    requestAnimationFrame(() => (frameAt = performance.now()));
    await new Promise<void>((resolve, reject) => {
      const limit = setTimeout(() => reject(new Error(`not done: ${done}`)), 20_000);
      const poll = () => (check() ? (clearTimeout(limit), resolve()) : requestAnimationFrame(poll));
      poll();
    });
    const wall = performance.now() - inDom;
    // Two more frames, then let the observers deliver.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
    const of = (name: string) => w.__bench.passes.filter((p: any) => p.name === name && p.start >= t0);
    const sum = (name: string) => of(name).reduce((a: number, p: any) => a + p.ms, 0);
    const tasks = of('token-lens-pass');
    // Only tasks after the rows are in: the page's own row-adding script is not ours.
    const long = w.__bench.long.filter((t: any) => t.start >= inDom);
    const inside = (t: any) => tasks.filter((p: any) => p.start >= t.start && p.start < t.start + t.ms).reduce((a: number, p: any) => a + p.ms, 0);
    const frame = long.find((t: any) => frameAt >= t.start && frameAt <= t.start + t.ms);
    const ourEnd = Math.max(0, ...tasks.map((p: any) => p.start + p.ms));
    return { work: sum('token-lens-pass'), read: sum('token-lens-read'), plan: sum('token-lens-plan'), render: sum('token-lens-render'),
      passes: tasks.length, wall,
      longest: Math.max(0, ...long.map((t: any) => t.ms)),
      ours: Math.max(0, ...tasks.map((p: any) => p.ms)),
      frame: frame?.ms ?? 0, inFrame: frame ? inside(frame) : 0,
      after: Math.max(0, ...long.filter((t: any) => t.start >= ourEnd).map((t: any) => t.ms)) };
  }, [change, done] as const);
}

/** Rows are added by script after our first pass on the empty form, as the dashboard does (rows.ts). */
const noteCount = (n: number) => `document.querySelectorAll('${NOTES}').length === ${n}`;

const results: Record<string, unknown> = {};

test('annotation timings on generated classic forms', async ({ dash }) => {
  dash.serve(FORM, 'classic-form-many.html');
  const catalog: number[] = [];
  for (const n of SIZES) {
    const first: any[] = [];
    const change: any[] = [];
    const later: any[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await dash.open(`${FORM}?rows=0`);
      await expect(page.locator('html')).toHaveAttribute('data-token-lens-step', 'classic-form');
      // The catalog's round trip to the background, on this fresh page (components/dashboard/catalog-gate.ts).
      catalog.push(await page.evaluate(() => performance.getEntriesByName('token-lens-catalog')[0]?.duration ?? NaN));
      await instrument(page);
      first.push(await timed(page, addRows(n), noteCount(n)));
      // One row changes: DNS Read (row 1) becomes DNS Edit; its note must say so. The first edit
      // on a fresh page is the budgeted one (its code runs for the first time in this page).
      const setLevel = (level: 'Read' | 'Edit') => timed(page, `window.__replica.setLevel(1, '${level}')`,
        `document.querySelectorAll('${NOTES}')[1]?.getAttribute('data-permission-id') === '${level === 'Edit' ? ID.dnsEdit : ID.dnsRead}'`);
      change.push(await setLevel('Edit'));
      // Not budgeted, to tell first-run cost from steady cost: the same row edited 4 more times.
      for (const level of ['Read', 'Edit', 'Read', 'Edit'] as const) later.push(await setLevel(level));
      await page.close();
    }
    const pick = (list: any[], k: string) => median(list.map((x) => x[k]));
    const worst = (list: any[], k: string) => Math.max(...list.map((x) => x[k]));
    results[`rows-${n}`] = {
      first: Object.fromEntries(['work', 'read', 'plan', 'render', 'wall', 'passes', 'frame', 'after'].map((k) => [k, pick(first, k)])),
      // Worst run, not median: a budget on long tasks is about the worst one.
      longest: worst(first, 'longest'),
      ours: worst(first, 'ours'),
      inFrame: worst(first, 'inFrame'),
      change: Object.fromEntries(['work', 'read', 'plan', 'render', 'wall'].map((k) => [k, pick(change, k)])),
      laterChanges: Object.fromEntries(['work', 'read', 'plan', 'render'].map((k) => [k, pick(later, k)])),
    };
    results.catalog = median(catalog);
    console.log(n, JSON.stringify(results[`rows-${n}`]), 'work per run:', first.map((x) => x.work.toFixed(1)).join(' '), '| change:', change.map((x) => x.work.toFixed(1)).join(' '));
  }
});

// The same 1000 rows without the extension: the page's own style and layout work, so the
// longest task above can be read against what the replica costs by itself.
test('baseline: 1000 rows without Token Lens', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND'] });
  const page = await browser.newPage();
  const html = fixtureHtml('classic-form-many.html');
  await page.route('https://dash.cloudflare.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const walls: number[] = [];
  const longest: number[] = [];
  const shift: number[] = [];
  const twoFrames = 'window.__frames = 0; requestAnimationFrame(() => requestAnimationFrame(() => (window.__frames = 2)));';
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`https://dash.cloudflare.com${FORM}?rows=0`);
    await instrument(page);
    // Done two frames later: the frame that lays the rows out has run.
    const x = await timed(page, `${addRows(1000)} ${twoFrames}`, 'window.__frames === 2');
    walls.push(x.wall);
    longest.push(x.longest);
    // What any element put in above those rows costs the page: an empty one before the first row;
    // the frame's rendering, from its animation-frame callbacks to the first task after it.
    shift.push(await page.evaluate(() => new Promise<number>((done) => {
      document.querySelector('[data-rp="perm-row"]')!.before(document.createElement('div'));
      requestAnimationFrame(() => {
        const t = performance.now();
        setTimeout(() => done(performance.now() - t), 0);
      });
    })));
  }
  await browser.close();
  results.baseline = { wall: median(walls), longest: median(longest), shift: median(shift) };
});

// A big existing token opened for editing: the rows are there when the content script starts,
// so nothing tells their number before the layout is read. Our longest task and our total work.
test('1000 rows already on the page when it loads', async ({ context, dash }) => {
  dash.serve(FORM, 'classic-form-many.html');
  const ours: number[] = [];
  const work: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as any;
      w.__tasks = [] as number[];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'token-lens-pass') w.__tasks.push(e.duration);
      }).observe({ type: 'measure' });
    });
    await page.goto(`https://dash.cloudflare.com${FORM}?rows=1000`);
    await expect(page.locator(NOTES)).toHaveCount(1000);
    const tasks: number[] = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r((window as any).__tasks), 50))));
    ours.push(Math.max(...tasks));
    work.push(tasks.reduce((a, b) => a + b, 0));
    await page.close();
  }
  results.onLoad = { ours: Math.max(...ours), work: median(work) };
});

test('navigation noticed', async ({ dash }) => {
  dash.serve(FORM, 'classic-form-many.html');
  const times: number[] = [];
  const page = await dash.open(`${FORM}?rows=100`);
  await expect(page.locator(NOTES)).toHaveCount(100);
  for (let run = 0; run < RUNS; run++) {
    // Away from the token page (no DOM change at all): the step mark must go; then back.
    times.push(await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      const mo = new MutationObserver(() => {
        if (!document.documentElement.hasAttribute('data-token-lens-step')) (mo.disconnect(), resolve(performance.now() - t0));
      });
      mo.observe(document.documentElement, { attributes: true });
      history.pushState({}, '', '/profile');
    })));
    await page.evaluate(() => history.pushState({}, '', '/profile/api-tokens/create?rows=100'));
    await expect(page.locator('html')).toHaveAttribute('data-token-lens-step', 'classic-form');
    await expect(page.locator(NOTES)).toHaveCount(100);
  }
  results.navigation = median(times);
});

test('popup first render', async ({ context, extensionId }) => {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as any;
      const seen = () => {
        const app = document.getElementById('app');
        if (app && app.childElementCount > 0 && w.__firstRender === undefined) w.__firstRender = performance.now();
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.waitForFunction(() => (window as any).__firstRender !== undefined);
    times.push(await page.evaluate(() => (window as any).__firstRender));
    await page.close();
  }
  results.popup = median(times);
});

// The recipe view's code is fetched with import() when it opens: from the click to the list shown.
test('popup recipe view opened', async ({ context, extensionId }) => {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByLabel('API token')).toBeVisible();
    times.push(await page.evaluate(() => new Promise<number>((resolve, reject) => {
      const link = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Create a least-privilege token');
      if (!link) return reject(new Error('no recipes link'));
      const t0 = performance.now();
      const limit = setTimeout(() => reject(new Error('the recipe list did not appear')), 10_000);
      const seen = new MutationObserver(() => {
        if (!document.getElementById('recipe')) return;
        seen.disconnect();
        clearTimeout(limit);
        resolve(performance.now() - t0);
      });
      seen.observe(document, { childList: true, subtree: true });
      link.click();
    })));
    await page.close();
  }
  results.recipes = median(times);
});

test.afterAll(() => {
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
});
