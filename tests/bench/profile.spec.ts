// Local profiling aid (not run by npm run bench): PROFILE=1 prints the hottest functions of
// Token Lens's passes on a 1000-row form after one row changes (PROFILE_ROWS=n for another
// size, PROFILE_REMOUNT=1 to replace every row instead: a first sight of all rows; PROFILE_UP2=1
// names two callers of each native call; PROFILE_TOTAL=1 adds inclusive times; PROFILE_TOP=n rows).
import { expect, test } from '../e2e/fixtures';
import { addRows } from './rows';

/** Self time per function of ours (native calls made from our code counted under [native]), per run. */
function summarize(profile: any, runs: number): string {
  const dt = new Map<number, number>();
  profile.samples!.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  const parent = new Map<number, number>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const byId = new Map<number, any>(profile.nodes.map((nd: any) => [nd.id, nd]));
  const ours = (id: number): boolean => { for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) if (byId.get(x)!.callFrame.url.includes('chrome-extension')) return true; return false; };
  const self = new Map<string, number>();
  let total = 0;
  for (const nd of profile.nodes) {
    if (!ours(nd.id)) continue;
    const f = nd.callFrame;
    const up = byId.get(parent.get(nd.id)!)?.callFrame;
    const up2 = process.env.PROFILE_UP2 ? byId.get(parent.get(parent.get(nd.id)!)!)?.callFrame : undefined;
    const k = f.url.includes('chrome-extension') ? `${f.functionName || '(anon)'} :${f.lineNumber}:${f.columnNumber}` : `[native] ${f.functionName || f.url} < ${up?.functionName || '(anon)'}:${up?.lineNumber}${up2 ? ` < ${up2.functionName}:${up2.lineNumber}` : ''}`;
    const us = dt.get(nd.id) ?? 0;
    total += us;
    self.set(k, (self.get(k) ?? 0) + us);
  }
  if (process.env.PROFILE_TOTAL) {
    // Inclusive time per function of ours (each sample counted once per function on its stack).
    const incl = new Map<string, number>();
    for (const nd of profile.nodes) {
      const us = dt.get(nd.id) ?? 0;
      if (!us || !ours(nd.id)) continue;
      const seen = new Set<string>();
      for (let x: number | undefined = nd.id; x !== undefined; x = parent.get(x)) {
        const f = byId.get(x)!.callFrame;
        if (!f.url.includes('chrome-extension')) continue;
        const k = `${f.functionName || '(anon)'} :${f.lineNumber}`;
        if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + us), seen.add(k);
      }
    }
    for (const [k, v] of incl) self.set(`[incl] ${k}`, v);
  }
  return `total ours per run: ${(total / runs / 1000).toFixed(2)} ms\n` +
    [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP || 45)).map(([k, us]) => `${(us / runs / 1000).toFixed(3)} ms ${k}`).join('\n');
}

test('profile one-row change at 1000 rows', async ({ dash }) => {
  test.skip(!process.env.PROFILE, 'set PROFILE=1');
  dash.serve('/profile/api-tokens/create', 'classic-form-many.html');
  const page = await dash.open(`/profile/api-tokens/create?rows=${process.env.PROFILE_ROWS || 1000}`);
  await expect(page.locator('[data-token-lens="permission"]')).toHaveCount(Number(process.env.PROFILE_ROWS || 1000));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < (process.env.PROFILE_REMOUNT ? 10 : 60); i++) {
    await page.evaluate(([i, remount]) => (remount ? (window as any).__replica.remount() : (window as any).__replica.setLevel(1, i % 2 ? 'Read' : 'Edit')), [i, Boolean(process.env.PROFILE_REMOUNT)] as const);
    await page.waitForTimeout(process.env.PROFILE_REMOUNT ? 400 : 40);
  }
  const { profile } = await cdp.send('Profiler.stop');
  console.log(summarize(profile, 60));
});

test('profile first sight of n rows on fresh pages', async ({ dash }) => {
  test.skip(!process.env.PROFILE_FIRST, 'set PROFILE_FIRST=1');
  const n = Number(process.env.PROFILE_ROWS || 100);
  dash.serve('/profile/api-tokens/create', 'classic-form-many.html');
  const profiles: any[] = [];
  for (let run = 0; run < 8; run++) {
    const page = await dash.open('/profile/api-tokens/create?rows=0');
    await expect(page.locator('html')).toHaveAttribute('data-token-lens-step', 'classic-form');
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
    await cdp.send('Profiler.start');
    await page.evaluate((code) => new Function(code)(), addRows(n));
    await expect(page.locator('[data-token-lens="permission"]')).toHaveCount(n);
    await page.waitForTimeout(200);
    const { profile } = await cdp.send('Profiler.stop');
    profiles.push(profile);
    await page.close();
  }
  console.log(summarize({ nodes: profiles.flatMap((p, i) => p.nodes.map((n: any) => ({ ...n, id: n.id + i * 1e6, children: n.children?.map((c: number) => c + i * 1e6) }))), samples: profiles.flatMap((p, i) => p.samples.map((s: number) => s + i * 1e6)), timeDeltas: profiles.flatMap((p) => p.timeDeltas) }, profiles.length));
});

test('pass durations of one-row edits', async ({ dash }) => {
  test.skip(!process.env.PROFILE_PASSES, 'set PROFILE_PASSES=1');
  const n = Number(process.env.PROFILE_ROWS || 100);
  dash.serve('/profile/api-tokens/create', 'classic-form-many.html');
  const add = Boolean(process.env.PROFILE_ADD);
  const page = await dash.open(`/profile/api-tokens/create?rows=${add ? 0 : n}`);
  if (add) {
    await expect(page.locator('html')).toHaveAttribute('data-token-lens-step', 'classic-form');
    await page.evaluate((code) => new Function(code)(), addRows(n));
  }
  await expect(page.locator('[data-token-lens="permission"]')).toHaveCount(n);
  await page.evaluate(() => {
    (window as any).__m = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name.startsWith('token-lens-')) (window as any).__m.push(`${e.name.slice(11)} ${e.duration.toFixed(2)}`); }).observe({ type: 'measure' });
  });
  for (let i = 0; i < 12; i++) {
    await page.evaluate((i) => (window as any).__replica.setLevel(1, i % 2 ? 'Read' : 'Edit'), i);
    await page.waitForTimeout(process.env.PROFILE_WAIT ? Number(process.env.PROFILE_WAIT) : 40);
  }
  console.log((await page.evaluate(() => (window as any).__m)).join('\n'));
});
