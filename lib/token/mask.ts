// The only form in which a token may appear in the popup's messages: its known prefix and
// last four characters ("cfut_…abcd"). Short values show no characters at all; an empty one
// shows nothing (not a lone "…").
const PREFIXES = ['cfut_', 'cfat_', 'cfk_', 'cfoat_'];

export function maskToken(value: string): string {
  if (value === '') return '';
  const prefix = PREFIXES.find((p) => value.startsWith(p)) ?? '';
  // Four characters of a short value would give away too much of it.
  const tail = value.length - prefix.length >= 16 ? value.slice(-4) : '';
  return `${prefix}\u2026${tail}`;
}
