// axe-core run straight in the page: its source goes in once per page and each check is one
// `axe.run`. @axe-core/playwright re-injects the 550 KB source into every frame and opens an extra
// page for each check, about 1 s more per call, and the suite makes dozens of calls.
// The same rules either way (axe's defaults: every rule but the experimental ones).
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export interface AxeResult {
  /** Violations as rule id and the targets of its nodes. */
  violations: { id: string; targets: unknown[] }[];
  /** How many nodes passed some rule: 0 means axe found nothing to check. */
  passed: number;
}

/** axe on the page, or on what `include` selects (open shadow roots included). */
export async function runAxe(page: Page, include?: string): Promise<AxeResult> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (selector) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) })),
      passed: r.passes.reduce((n, p) => n + p.nodes.length, 0),
    };
  }, include);
}
