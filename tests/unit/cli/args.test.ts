import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';

const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';

describe('parseArgs', () => {
  it.each([
    [['audit', 'tokens.json'], { file: 'tokens.json', fromApi: false, format: 'text', failOn: 'high' }],
    [['audit', '-'], { file: '-', fromApi: false, format: 'text', failOn: 'high' }],
    [['audit', 'plan.json', '--format', 'sarif', '--fail-on', 'never'], { file: 'plan.json', fromApi: false, format: 'sarif', failOn: 'never' }],
    [['audit', '--format=json', '--fail-on=medium', 'x.json'], { file: 'x.json', fromApi: false, format: 'json', failOn: 'medium' }],
    [['audit', '--from-api'], { fromApi: true, format: 'text', failOn: 'high' }],
    [['audit', '--from-api', '--account', ACCOUNT.toUpperCase()], { fromApi: true, accountId: ACCOUNT, format: 'text', failOn: 'high' }],
  ])('%j', (argv, args) => {
    expect(parseArgs(argv)).toEqual({ kind: 'audit', args });
  });

  it.each([[[]], [['--help']], [['audit', '-h']], [['audit', 'x', '--help']]])('help: %j', (argv) => {
    expect(parseArgs(argv)).toEqual({ kind: 'help' });
  });

  it('version', () => {
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['lint', 'x'], 'unknown command "lint": the command is "audit" (token-lens --help)'],
    [['audit'], 'give a file to audit (- for stdin), or --from-api (token-lens --help)'],
    [['audit', 'a', 'b'], 'give one input file (or - for stdin)'],
    [['audit', 'a', '--from-api'], 'give either a file or --from-api, not both'],
    [['audit', 'a', '--account', ACCOUNT], '--account goes with --from-api'],
    [['audit', '--from-api', '--account', 'abc'], '--account needs an Account ID: the 32 hex characters after dash.cloudflare.com/ in the dashboard'],
    [['audit', '--from-api', '--account'], '--account needs an Account ID: the 32 hex characters after dash.cloudflare.com/ in the dashboard'],
    [['audit', 'a', '--format', 'xml'], '--format must be one of text, json, sarif'],
    [['audit', 'a', '--fail-on', 'info'], '--fail-on must be one of critical, high, medium, low, never'],
    [['audit', 'a', '--fail-on'], '--fail-on must be one of critical, high, medium, low, never'],
    [['audit', 'a', '--strict'], 'unknown option "--strict" (token-lens --help)'],
    [['audit', '--from-api=yes'], '--from-api takes no value'],
  ])('%j: %s', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ kind: 'error', error });
  });
});
