// One entry point for the content script: is this a token page, which step, and what it shows.
// On the token-created step nothing is read at all (the secret is on screen).
import type { PageReading, Step } from './types';
import { detectStep, isTokenPage } from './detect-page';
import { withQueryCache } from './dom';
import { readAccountBuilder } from './read-account-builder';
import { readClassicForm } from './read-classic-form';
import { readClassicSummary } from './read-classic-summary';
import { readTemplatePicker } from './read-template-picker';
import { readTokensList } from './read-tokens-list';

export function emptyReading(step: Step): PageReading {
  return { step, rows: [], sections: {}, templates: [], tokens: [] };
}

const READERS: Partial<Record<Step, (root: ParentNode, url: URL) => PageReading>> = {
  'classic-form': readClassicForm,
  'classic-summary': readClassicSummary,
  'template-picker': readTemplatePicker,
  'tokens-list': readTokensList,
  'account-builder': readAccountBuilder,
};

export function readPage(root: ParentNode, url: URL | string): PageReading {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return emptyReading('none');
  }
  if (!isTokenPage(u)) return emptyReading('none');
  return withQueryCache(root, () => {
    const step = detectStep(root);
    const read = READERS[step];
    return read ? read(root, u) : emptyReading(step);
  });
}
