// npm run demo: build if needed, then run the demo (tests/demo/demo.spec.ts) headed when a
// display exists, headless with screenshots otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const manifest = '.output/chrome-mv3/manifest.json';

function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else newest = Math.max(newest, stat.mtimeMs);
    }
  };
  dirs.filter((d) => existsSync(d)).forEach(walk);
  return newest;
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(manifest) || statSync(manifest).mtimeMs < newestSource(['entrypoints', 'components', 'lib', 'public'])) {
  run('npm', ['run', 'build']);
}
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
console.log(headed ? 'Opening Chromium with Token Lens…' : 'No display: running headless and saving screenshots.');
run('npx', ['playwright', 'test', '-c', 'tests/demo/demo.config.ts'], { DEMO_HEADED: headed ? '1' : '0' });
