// First step of `npm test`: the browsers (and openssl) the suite runs must be on the machine.
// Missing and installable here (root with apt-get, or sudo without a password): installs them and
// says so. Otherwise stops at once with one line naming what is missing and the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { planSetup } from './lib/browsers.mjs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = has('apt-get');
// `sudo -n` asks for no password: it answers at once either way.
const sudo = !root && apt && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;

const plan = planSetup({ env: process.env, exists: existsSync, root, sudo, apt });
if ('fail' in plan) {
  console.error(`npm test: ${plan.fail}`);
  process.exit(1);
}
if ('install' in plan) {
  const pre = plan.via === 'sudo' ? ['sudo', '-n'] : [];
  console.log(`npm test: installing ${plan.install.join(', ')} with apt-get (${plan.via === 'sudo' ? 'sudo' : 'as root'}), about 30 s…`);
  const run = (args) => {
    const [cmd, ...rest] = [...pre, ...args];
    execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', ...plan.install]);
  } catch {
    console.error(`npm test: apt-get install ${plan.install.join(' ')} failed (see above): install them yourself, then npm test again.`);
    process.exit(1);
  }
  const again = planSetup({ env: process.env, exists: existsSync, root, sudo, apt });
  if (!('ok' in again)) {
    console.error(`npm test: apt-get installed ${plan.install.join(', ')}, but ${'fail' in again ? again.fail : 'something is still missing'}`);
    process.exit(1);
  }
  console.log(`npm test: installed ${plan.install.join(', ')}.`);
}
