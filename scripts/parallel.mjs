// Runs npm scripts at the same time and fails when any of them fails (the e2e tests' two
// preparations, the extension builds and the real-component pages, use different cores).
//   node scripts/parallel.mjs build:all fixtures:real
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const codes = await Promise.all(
  names.map((name) => new Promise((done) => spawn(npm, ['run', '--silent', name], { stdio: 'inherit' }).on('exit', (code, signal) => done(signal ? 1 : code ?? 1)))),
);
const failed = names.filter((_, i) => codes[i] !== 0);
if (failed.length) {
  console.error(`failed: npm run ${failed.join(', npm run ')}`);
  process.exit(1);
}
