export interface Need { name: string; env: string | null; path: string; pkg: string; for: string }
export const NEEDS: Need[];
export interface Machine { env: Record<string, string | undefined>; exists(path: string): boolean; root: boolean; sudo: boolean; apt: boolean }
export function planSetup(m: Machine): { ok: true } | { install: string[]; via: 'root' | 'sudo' } | { fail: string };
