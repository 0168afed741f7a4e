// The page readers, with the tokens list found through the dashboard's own replies when the
// readers recognise no step (another language, other markup): see read-list-by-replies.ts.
import type { ReadCache } from '../../lib/dashboard/read-page';
import { readListByReplies } from '../../lib/dashboard/read-list-by-replies';
import type { PageReading } from '../../lib/dashboard/types';
import type { PageTokens } from '../../lib/page-replies/store';

interface Readers {
  readPage(root: Document, url: string, cache: ReadCache): PageReading;
  readPageInSteps(root: Document, url: string, cache: ReadCache, atOnce: number): Iterator<void, PageReading>;
}

export function withReplies(readers: Readers, tokensFor: (url: string) => PageTokens | null): Readers {
  const or = (root: Document, url: string, r: PageReading) => (r.step === 'none' ? readListByReplies(root, url, tokensFor(url)) ?? r : r);
  return {
    readPage: (root, url, cache) => or(root, url, readers.readPage(root, url, cache)),
    readPageInSteps(root, url, cache, atOnce) {
      const steps = readers.readPageInSteps(root, url, cache, atOnce);
      return {
        next() {
          const step = steps.next();
          return step.done ? { done: true, value: or(root, url, step.value) } : step;
        },
      };
    },
  };
}
