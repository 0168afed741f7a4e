// Builds the Chrome extension (npx wxt build, in `mode` when given) when its manifest is missing or
// older than any source file. Used by the demo (store build) and the bench (both builds).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** Exits the process when the build fails. */
export function buildIfStale(manifest, mode) {
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource(['entrypoints', 'components', 'lib', 'public'])) return;
  const built = spawnSync('npx', ['wxt', 'build', ...(mode ? ['--mode', mode] : [])], { stdio: 'inherit', env: process.env });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
