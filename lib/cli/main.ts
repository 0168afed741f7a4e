// The Node entry of `token-lens` (built into .output/cli/token-lens.mjs by `npm run build:cli`,
// started by bin/token-lens.mjs). The only file of lib/cli that touches Node: files, stdin,
// stdout/stderr, the environment and the exit code. Everything else is lib/cli/run.ts.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import '../catalog/bundled';
import { runCli, type ReadResult } from './run';
import { version } from '../../package.json';

const codeOf = (err: unknown) => (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : undefined);

async function readPath(path: string): Promise<ReadResult> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (err) {
    return { ok: false, code: codeOf(err) };
  }
}

async function readStdin(): Promise<ReadResult> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
  } catch (err) {
    return { ok: false, code: codeOf(err) };
  }
}

async function main(): Promise<void> {
  process.exitCode = await runCli({
    argv: process.argv.slice(2),
    env: process.env,
    readFile: readPath,
    readStdin,
    fetch: (url, init) => fetch(url, init),
    now: () => new Date(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    version,
  });
}

// A closed pipe (`token-lens audit x | head`) is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (codeOf(err) === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main().catch(() => {
  process.stderr.write('token-lens: Token Lens itself failed (a bug, not a problem of the input): please report it\n');
  process.exitCode = 2;
});
