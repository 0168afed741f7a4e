// Warnings beside the Account / Zone Resources, Client IP Address Filtering and TTL sections.
// Findings about the token as a whole or the permission list go to the summary panel only.
import type { Finding } from '../../analysis/types';
import type { PageReading, SectionName } from '../types';
import { bySeverity, findingsSignature, worstSeverity } from './severity';
import type { SectionPlan, Spot } from './types';

export const ANNOTATED_SECTIONS: readonly SectionName[] = ['account-resources', 'zone-resources', 'ip-filter', 'ttl'];

const HEADING = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

/** Right after the section's heading; the reader may hand us the heading or its container. */
export function sectionSpot(el: Element): Spot {
  if (el.matches(HEADING)) return { where: 'after', ref: el };
  const heading = el.querySelector(HEADING);
  return heading ? { where: 'after', ref: heading } : { where: 'prepend', ref: el };
}

export function planSections(sections: PageReading['sections'], findings: readonly Finding[]): SectionPlan[] {
  const plans: SectionPlan[] = [];
  for (const section of ANNOTATED_SECTIONS) {
    const el = sections[section];
    if (!el) continue;
    const mine = findings.filter((f) => f.target.kind === 'section' && f.target.section === section).sort(bySeverity);
    const severity = worstSeverity(mine);
    if (!severity) continue;
    plans.push({ key: section, section, at: sectionSpot(el), severity, findings: mine, signature: `${section}|${findingsSignature(mine)}` });
  }
  return plans;
}
