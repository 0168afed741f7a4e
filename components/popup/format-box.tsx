// The offline check, shown as soon as something is typed or pasted: what it is, and what to do
// (the advice follows what happened: lib/token/format-advice.ts).
import { cutNote } from '../../lib/token/cap-paste';
import { KIND_LABEL, type TokenFormat } from '../../lib/token/token-kinds';

interface Props {
  format: TokenFormat;
  advice: string;
  removed: string[];
  /** The paste's full length when only its start was kept. */
  cutFrom: number | null;
}

function badge(format: TokenFormat): { text: string; tone: string } | null {
  if (format.checksum === 'valid') return { text: 'Check digits OK', tone: 'good' };
  if (format.checksum === 'invalid') return { text: 'Check digits wrong', tone: 'bad' };
  if (format.flagged) return { text: 'Older format', tone: 'warn' };
  return null;
}

/** The box's colour: green when it can be sent as is, amber for "sendable but note this", red when held back. */
function tone(format: TokenFormat): string {
  if (format.kind === 'empty') return 'plain';
  if (format.send === 'no') return 'bad';
  if (format.flagged || format.send === 'after-note' || format.send === 'insist') return 'warn';
  return 'good';
}

export function FormatBox({ format, advice, removed, cutFrom }: Props) {
  const b = badge(format);
  return (
    <section class="box format" data-testid="format" data-kind={format.kind} data-checksum={format.checksum} data-tone={tone(format)} aria-label="Format check">
      <div class="box-head">
        <strong>{KIND_LABEL[format.kind]}</strong>
        {b && <span class="badge" data-tone={b.tone}>{b.text}</span>}
      </div>
      <p id="format-text">{format.explanation}</p>
      <p class="advice">{advice}</p>
      {cutFrom !== null && <p class="warning" data-testid="paste-cut">{cutNote(cutFrom)}</p>}
      {removed.length > 0 && <p class="hint">Cleaned up the paste: removed {removed.join(', ')}.</p>}
    </section>
  );
}
