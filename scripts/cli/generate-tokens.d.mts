// Types for generate-tokens.mjs (used by tests/unit/cli/).
export function generateTokens(count: number, seed?: number, now?: number): Array<Record<string, unknown>>;
export function asPages(tokens: unknown[], perPage?: number): string;
