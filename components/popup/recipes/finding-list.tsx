// The analyzer's findings for a token (a recipe's, or a verified one's), most severe first
// (analyze() sorts them).
import type { Finding, Severity } from '../../../lib/analysis/types';

const WORD: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Note' };
const TONE: Record<Severity, string> = { critical: 'bad', high: 'bad', medium: 'warn', low: 'plain', info: 'plain' };

export const SEVERITY_WORD = WORD;
export const SEVERITY_TONE = TONE;

export function FindingList({ findings, testId = 'recipe-findings' }: { findings: Finding[]; testId?: string }) {
  if (!findings.length) return <p class="hint" data-testid={testId}>Nothing to flag.</p>;
  return (
    <ul class="findings" data-testid={testId}>
      {findings.map((f) => (
        <li key={`${f.code}-${f.title}`} data-code={f.code} data-severity={f.severity}>
          <span class="badge" data-tone={TONE[f.severity]}>{WORD[f.severity]}</span>
          <div>
            <strong>{f.title}</strong>
            <p class="hint">{f.fix}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
