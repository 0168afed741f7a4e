// A command line someone copied from a terminal, a README or a CI file: `npx wrangler deploy`,
// `curl … -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"`, `docker run -e CF_API_TOKEN …`.
// What matters to the popup is only whether a paste is one; the token inside it, when written
// out, is taken by clean-paste.ts before this is asked.
const COMMANDS = new Set([
  'curl', 'wget', 'http', 'https', 'xh', 'npx', 'npm', 'pnpm', 'pnpx', 'yarn', 'bun', 'bunx', 'node', 'deno',
  'wrangler', 'cloudflared', 'flarectl', 'cf-terraforming', 'terraform', 'tofu', 'pulumi', 'docker', 'podman',
  'kubectl', 'helm', 'gh', 'git', 'env', 'echo', 'printf', 'python', 'python3', 'pip', 'go', 'cargo', 'make',
  'bash', 'sh', 'zsh', 'ssh', 'aws', 'gcloud', 'ansible-playbook', 'sudo',
]);
/** `NAME=value` before the command: variables set for that one run. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** A shell prompt copied along: `$ `, `> `, `% `, `# `. */
const PROMPTS = new Set(['$', '>', '%', '#']);
/** Enough words to find the command; the rest of a long paste is never split. */
const HEAD = 400;

/** The text is a command line: a known command, perhaps after a prompt and variable settings, and an argument. */
export function isCommandLine(text: string): boolean {
  const words = text.slice(0, HEAD).trim().split(/\s+/);
  let i = PROMPTS.has(words[0] ?? '') ? 1 : 0;
  while (i < words.length && ASSIGNMENT.test(words[i])) i++;
  // `/usr/bin/curl`, `./node_modules/.bin/wrangler`: the program's own name counts.
  const command = (words[i] ?? '').replace(/^.*[\\/]/, '').toLowerCase();
  return COMMANDS.has(command) && words.length - i >= 2;
}
