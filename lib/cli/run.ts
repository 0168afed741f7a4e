// `token-lens audit`, start to end, with every effect passed in (files, stdin, the network, the
// clock, the output): lib/cli/main.ts wires Node's; tests pass their own. Answers the exit code:
// 0 passed, 1 a finding at or above --fail-on, 2 bad input, a failed API call, or a bug of ours.
// Errors are one line on stderr, never a stack trace and never the token.
import { parseArgs, USAGE, type AuditArgs } from './args';
import { apiBaseFrom, apiToken, listTokens, TOKEN_ENV, type ListDeps } from './api';
import { auditTokens, fails, type TokenAudit } from './audit';
import { formatJson } from './format-json';
import { formatSarif, locateTokens } from './format-sarif';
import { formatText, safe } from './format-text';
import { tokensFromDocuments, type TokenSource } from './input';
import { readJsonDocuments } from './read-json';

export type ReadResult = { ok: true; text: string } | { ok: false; code?: string };

export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  readFile(path: string): Promise<ReadResult>;
  readStdin(): Promise<ReadResult>;
  fetch: ListDeps['fetch'];
  now(): Date;
  stdout(text: string): void;
  stderr(text: string): void;
  version: string;
}

export const EXIT = { passed: 0, failed: 1, error: 2 } as const;

/** Why a file could not be read, from its error code. */
export function fileProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOENT': return 'there is no such file';
    case 'EACCES': case 'EPERM': return 'it may not be read (permission denied)';
    case 'EISDIR': return 'it is a folder, not a file';
    case 'ENOTDIR': return 'a part of its path is not a folder';
    case 'EMFILE': case 'ENFILE': return 'too many files are open';
    case 'ERR_STRING_TOO_LONG': case 'ERR_FS_FILE_TOO_LARGE': return 'it is too large';
    default: return code ? `it could not be read (${code})` : 'it could not be read';
  }
}

function render(audits: TokenAudit[], args: AuditArgs, io: CliIo, text?: string): number {
  const failed = fails(audits, args.failOn);
  const now = io.now();
  if (args.format === 'json') io.stdout(formatJson(audits, args.failOn, failed, now));
  else if (args.format === 'sarif') {
    const file = args.file !== undefined && args.file !== '-' ? args.file : undefined;
    io.stdout(formatSarif({ audits, version: io.version, file, fromApi: args.fromApi, lines: file && text ? locateTokens(text) : undefined }));
  } else io.stdout(formatText(audits, args.failOn, failed));
  return failed ? EXIT.failed : EXIT.passed;
}

async function fromFile(args: AuditArgs, io: CliIo): Promise<{ sources: TokenSource[]; text: string } | { error: string }> {
  const file = args.file ?? '-';
  const name = file === '-' ? 'stdin' : file;
  const read = file === '-' ? await io.readStdin() : await io.readFile(file);
  if (!read.ok) return { error: `cannot read ${name}: ${fileProblem(read.code)}` };
  const json = readJsonDocuments(read.text);
  if (!json.ok) return { error: `${name}: ${json.error}` };
  const input = tokensFromDocuments(json.docs);
  if (!input.ok) return { error: `${name}: ${input.error}` };
  return { sources: input.tokens, text: read.text };
}

async function fromApi(args: AuditArgs, io: CliIo): Promise<{ sources: TokenSource[] } | { error: string }> {
  const base = apiBaseFrom(io.env);
  if (!base.ok) return { error: base.error };
  const token = apiToken(io.env[TOKEN_ENV], args.accountId);
  if (!token.ok) return { error: token.error };
  if (base.overridden) io.stderr(`token-lens: asking ${base.base} (TOKEN_LENS_API_BASE, for tests only) instead of Cloudflare's API\n`);
  const list = await listTokens({ token: token.token, base: base.base, accountId: args.accountId }, { fetch: io.fetch, now: io.now });
  if (!list.ok) return { error: list.error };
  const owner = args.accountId ? 'account' : 'user';
  return { sources: list.tokens.map((raw) => ({ raw, owner })) };
}

export async function runCli(io: CliIo): Promise<number> {
  const fail = (error: string) => {
    io.stderr(`token-lens: ${safe(error)}\n`);
    return EXIT.error;
  };
  try {
    const parsed = parseArgs(io.argv);
    if (parsed.kind === 'help') {
      io.stdout(USAGE);
      return EXIT.passed;
    }
    if (parsed.kind === 'version') {
      io.stdout(`${io.version}\n`);
      return EXIT.passed;
    }
    if (parsed.kind === 'error') return fail(parsed.error);
    const { args } = parsed;
    const got: { sources: TokenSource[]; text?: string } | { error: string } = args.fromApi ? await fromApi(args, io) : await fromFile(args, io);
    if ('error' in got) return fail(got.error);
    const audits = auditTokens(got.sources, io.now());
    return render(audits, args, io, got.text);
  } catch {
    // Ours, not the input's: said in one line; the details stay out (they may quote the input).
    return fail('Token Lens itself failed on this input (a bug, not a problem of the input): please report it');
  }
}
