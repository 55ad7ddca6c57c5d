import { QUESTION_LABELS } from '../../core/index.js'
import type { Clash } from './useConsistency.js'

const KIND_LABELS: Record<Clash['kind'], string> = {
  'target-role': 'A different target role',
  horizon: 'Time frames that do not add up',
  reason: 'A different reason for the change',
}

const clip = (words: string) => (words.length > 140 ? `${words.slice(0, 137)}…` : words)

/**
 * The warning shown when this answer and a saved answer of the same interview
 * tell different stories. The region is always there (polite live region), so
 * a warning that appears while typing is announced without moving focus.
 */
export function ConsistencyNote({ clashes }: { clashes: readonly Clash[] }) {
  return (
    <div aria-live="polite" data-testid="consistency">
      {clashes.length ? (
        <div className="notice">
          <p>
            <strong>This answer and your other answers for this interview disagree.</strong>{' '}
            Interviewers often ask more than one of these questions; the answers should tell one
            story.
          </p>
          <ul>
            {clashes.map((c) => (
              <li key={`${c.kind}-${c.mine}-${c.other.question}`}>
                <strong>{KIND_LABELS[c.kind]}:</strong> here you say “{clip(c.mine)}”, but your
                answer to “{QUESTION_LABELS[c.other.question]}” says “{clip(c.other.words)}”.{' '}
                {c.suggestion}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
