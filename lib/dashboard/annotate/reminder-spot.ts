// Where the "store it safely" reminder goes on the token-created step or the roll dialog.
// Only the page's structure is looked at: nothing on this step is read, least of all the secret.
import type { Spot } from './types';

export function reminderSpot(doc: Document): Spot | null {
  const ref = doc.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') ?? doc.querySelector('main') ?? doc.body;
  return ref ? { where: 'prepend', ref } : null;
}
