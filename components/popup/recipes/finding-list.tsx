// The analyzer's findings for a recipe's token, most severe first (analyze() sorts them).
import type { Finding, Severity } from '../../../lib/analysis/types';

const WORD: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Note' };
const TONE: Record<Severity, string> = { critical: 'bad', high: 'bad', medium: 'warn', low: 'plain', info: 'plain' };

export function FindingList({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <p class="hint" data-testid="recipe-findings">Nothing to flag.</p>;
  return (
    <ul class="findings" data-testid="recipe-findings">
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
