// Types for merge-groups.mjs, so the TypeScript tests can import it under `strict`.
export type Scope = 'account' | 'zone' | 'user' | 'r2_bucket';
export interface Group {
  id: string; name: string; label: string; scope: Scope; level: string; aliases: string[];
  key?: string; keyType?: string; review?: boolean;
}
export interface ApiGroup { id: string; name: string; scopes: string[]; label?: string }
export interface MergeResult {
  groups: Group[]; added: Group[]; renamed: { id: string; from: string; to: string }[];
  keysFilled: { id: string; key: string; keyType: string }[]; unchanged: number; skipped: string[]; missing: number;
}
export function keyFromLabel(label: string): { key: string; keyType: string } | undefined;
export function scopeFromApi(scopes: string[]): Scope | undefined;
export function levelFromName(name: string, label?: string): string;
export function labelFromName(name: string): string;
export function parseReply(json: unknown): { ok: true; items: ApiGroup[] } | { ok: false; error: string };
export function mergeGroups(groups: Group[], items: ApiGroup[]): MergeResult;
export function formatReport(r: MergeResult): string;
