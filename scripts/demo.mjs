// npm run demo: build if needed, then run the demo (tests/demo/demo.spec.ts) headed when a
// display exists, headless with screenshots otherwise.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './lib/build-if-stale.mjs';

const manifest = '.output/chrome-mv3/manifest.json';

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

buildIfStale(manifest);
run('node', ['scripts/build-real-fixtures.mjs']);
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
console.log(headed ? 'Opening Chromium with Token Lens…' : 'No display: running headless and saving screenshots.');
run('npx', ['playwright', 'test', '-c', 'tests/demo/demo.config.ts'], { DEMO_HEADED: headed ? '1' : '0' });
