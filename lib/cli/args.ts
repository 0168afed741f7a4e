// The command line: `token-lens audit (FILE | - | --from-api [--account ID]) [--format F] [--fail-on L]`.
// Pure; answers the options, a request for help or the version, or one error sentence.
import { FAIL_ON, type FailOn } from './audit';

export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

export interface AuditArgs {
  /** A path, or '-' for stdin; undefined with --from-api. */
  file?: string;
  fromApi: boolean;
  accountId?: string;
  format: Format;
  failOn: FailOn;
}

export type Parsed =
  | { kind: 'audit'; args: AuditArgs }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; error: string };

export const USAGE = `Usage:
  token-lens audit FILE                 audit the tokens in FILE (- reads stdin)
  token-lens audit --from-api           list your user tokens with CLOUDFLARE_API_TOKEN and audit them
  token-lens audit --from-api --account ID
                                        the same for an account's tokens

FILE holds a Token Details or List Tokens reply (pages one after another, too), token objects,
or \`terraform show -json\` output with cloudflare_api_token / cloudflare_account_token resources.

Options:
  --format text|json|sarif              report format (default text)
  --fail-on critical|high|medium|low|never
                                        exit 1 when a finding is at least this severe (default high)
  -h, --help                            this help
  -v, --version                         the version

Exit codes: 0 passed, 1 a finding at or above --fail-on, 2 bad input or the API call failed.
`;

const ACCOUNT_ID = /^[0-9a-f]{32}$/;

export function parseArgs(argv: readonly string[]): Parsed {
  const list = [...argv];
  if (list.some((a) => a === '-h' || a === '--help') || list.length === 0) return { kind: 'help' };
  if (list[0] === '-v' || list[0] === '--version') return { kind: 'version' };
  const [command, ...rest] = list;
  if (command !== 'audit') return { kind: 'error', error: `unknown command "${command.slice(0, 40)}": the command is "audit" (token-lens --help)` };
  const args: AuditArgs = { fromApi: false, format: 'text', failOn: 'high' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : rest[++i]);
    switch (name) {
      case '--from-api':
        if (eq > 0) return { kind: 'error', error: '--from-api takes no value' };
        args.fromApi = true;
        break;
      case '--account': {
        const id = value()?.trim().toLowerCase();
        if (!id || !ACCOUNT_ID.test(id)) return { kind: 'error', error: '--account needs an Account ID: the 32 hex characters after dash.cloudflare.com/ in the dashboard' };
        args.accountId = id;
        break;
      }
      case '--format': {
        const f = value();
        if (!FORMATS.includes(f as Format)) return { kind: 'error', error: `--format must be one of ${FORMATS.join(', ')}` };
        args.format = f as Format;
        break;
      }
      case '--fail-on': {
        const f = value();
        if (!FAIL_ON.includes(f as FailOn)) return { kind: 'error', error: `--fail-on must be one of ${FAIL_ON.join(', ')}` };
        args.failOn = f as FailOn;
        break;
      }
      default:
        if (arg !== '-' && arg.startsWith('-')) return { kind: 'error', error: `unknown option "${name.slice(0, 40)}" (token-lens --help)` };
        if (args.file !== undefined) return { kind: 'error', error: 'give one input file (or - for stdin)' };
        args.file = arg;
    }
  }
  if (args.fromApi && args.file !== undefined) return { kind: 'error', error: 'give either a file or --from-api, not both' };
  if (!args.fromApi && args.file === undefined) return { kind: 'error', error: 'give a file to audit (- for stdin), or --from-api (token-lens --help)' };
  if (args.accountId && !args.fromApi) return { kind: 'error', error: '--account goes with --from-api' };
  return { kind: 'audit', args };
}
