// Errors inside the annotations are caught, reported once with a fixed text (no page text, no
// secrets: only our stage name and the error's class) and never reach the page.
export const LOG_PREFIX = '[Token Lens]';

export type Reporter = (stage: string, error: unknown) => void;

export function createReporter(warn: (message: string) => void = (m) => console.warn(m)): Reporter {
  let reported = false;
  return (stage, error) => {
    if (reported) return;
    reported = true;
    const raw = error instanceof Error ? error.name : typeof error;
    const kind = /^[A-Za-z]{1,40}$/.test(raw) ? raw : 'Error';
    warn(`${LOG_PREFIX} annotations stopped at "${stage}" (${kind}); the page itself is not affected.`);
  };
}
