// Local profiling aid (not run by npm run bench): PROFILE=1 prints the hottest functions of
// Token Lens's passes on a 1000-row form after one row changes (PROFILE_ROWS=n for another
// size, PROFILE_REMOUNT=1 to replace every row instead: a first sight of all rows).
import { expect, test } from '../e2e/fixtures';

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
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  for (const n of profile.nodes) {
    const f = n.callFrame;
    if (!f.url.includes('chrome-extension')) continue;
    const k = `${f.functionName || '(anon)'} :${f.lineNumber}:${f.columnNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt.get(n.id) ?? 0));
  }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, us]) => `${(us / 1000).toFixed(1)} ms ${k}`).join('\n'));
});
