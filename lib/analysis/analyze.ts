// Runs every enabled rule over one token model. Grants are resolved against the catalog once;
// a rule that throws or returns a malformed finding is skipped, so analyze() never throws.
import { TokenModelSchema, type TokenModel } from '../policy/model';
import { resolveGrants } from './grants';
import { normalizeOptions } from './options';
import { RULES } from './rules';
import { SEVERITIES, compareSeverity } from './severity';
import { adjust } from './strictness';
import type { AnalyzerOptions, Finding, RuleInput } from './types';

const SECTIONS = ['permissions', 'account-resources', 'zone-resources', 'ip-filter', 'ttl', 'token'];

function wellFormed(f: unknown, code: string): f is Finding {
  if (f === null || typeof f !== 'object') return false;
  const x = f as Finding;
  const text = (s: unknown) => typeof s === 'string' && s.trim() !== '';
  const target = x.target?.kind === 'permission' ? text(x.target.ref)
    : x.target?.kind === 'section' && SECTIONS.includes(x.target.section);
  return x.code === code && SEVERITIES.includes(x.severity) && text(x.title) && text(x.why) && text(x.fix) &&
    typeof x.docs === 'string' && x.docs.startsWith('https://') && Boolean(target);
}

export function analyze(model: TokenModel, options: Partial<AnalyzerOptions> = {}, now: Date = new Date()): Finding[] {
  try {
    const parsed = TokenModelSchema.safeParse(model);
    if (!parsed.success) return [];
    const opts = normalizeOptions({ ...options });
    const clock = now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
    const input: RuleInput = { model: parsed.data, grants: resolveGrants(parsed.data), options: opts, now: clock };
    const findings: Finding[] = [];
    for (const [code, rule] of Object.entries(RULES)) {
      if (opts.disabledRules.includes(code)) continue;
      try {
        for (const f of rule(input)) {
          const kept = wellFormed(f, code) ? adjust(f, opts.strictness) : undefined;
          if (kept) findings.push(kept);
        }
      } catch {
        // One broken rule must not hide what the others found.
      }
    }
    // Array.prototype.sort is stable: equal severities keep the rules' order.
    return findings.sort((a, b) => compareSeverity(a.severity, b.severity));
  } catch {
    return [];
  }
}
