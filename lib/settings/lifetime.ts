// The "maximum token lifetime" field: typed text → whole days, or a message saying what to type.
// The range matches what normalizeOptions accepts, so a value that passes here is stored as is.
export const MIN_DAYS = 1;
export const MAX_DAYS = 3650;

export type LifetimeInput = { ok: true; days: number } | { ok: false; error: string };

export function parseLifetime(text: string): LifetimeInput {
  const t = text.trim();
  if (t === '') return { ok: false, error: `Enter a number of days, from ${MIN_DAYS} to ${MAX_DAYS}.` };
  if (!/^\d+$/.test(t)) return { ok: false, error: 'Use whole days only, written as digits, for example 90.' };
  const days = Number(t);
  if (days < MIN_DAYS || days > MAX_DAYS) {
    return { ok: false, error: `Pick a value from ${MIN_DAYS} to ${MAX_DAYS} days (about ten years).` };
  }
  return { ok: true, days };
}
