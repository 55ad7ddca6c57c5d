import {
  type AttemptReport,
  type AudioTiming,
  type Delivery,
  STORY_PARTS,
} from '../../core/index.js'
import type { ToneSummary } from '../../hooks/pitch.js'
import { formatTime } from '../../hooks/useTimer.js'

function Figure({ name, value, note }: { name: string; value: string; note?: string }) {
  return (
    <div className="figure">
      <div className="value">{value}</div>
      <div className="name">{name}</div>
      {note ? <div className="small">{note}</div> : null}
    </div>
  )
}

const paceNote = (d: Delivery) =>
  d.wpm > 300
    ? 'faster than speech: typed, so not counted as your pace'
    : d.pace === 'slow'
      ? 'a little slow'
      : d.pace === 'fast'
        ? 'fast: slow down'
        : 'good pace'

/** A STAR prompt's attempt is scored as a story: which of its four parts were heard. */
function StoryParts({ report }: { report: AttemptReport }) {
  const story = report.story
  if (!story) return null
  const missing = STORY_PARTS.filter((p) => story.parts[p].length === 0)
  return (
    <Figure
      name="STAR parts"
      value={`${STORY_PARTS.length - missing.length} of ${STORY_PARTS.length}`}
      note={missing.length ? `missing: ${missing.join(', ')}` : 'situation, task, action, result'}
    />
  )
}

function ToneFigures({ tone }: { tone: ToneSummary }) {
  return (
    <>
      <Figure
        name="pitch variation"
        value={tone.pitchVariation === null ? '–' : `${tone.pitchVariation} st`}
        note={
          tone.pitchVariation === null
            ? 'no voice heard'
            : tone.pitchVariation < 2
              ? 'flat: vary your tone'
              : 'lively'
        }
      />
      <Figure name="volume" value={tone.volumeDb === null ? '–' : `${tone.volumeDb} dB`} />
    </>
  )
}

/** The delivery figures, the score and the tone of one attempt. */
export function Figures({
  d,
  report,
  timing,
  tone,
}: {
  d: Delivery
  report: AttemptReport
  timing: AudioTiming | undefined
  tone: ToneSummary | null
}) {
  return (
    <div className="figures">
      <Figure name="words a minute" value={String(d.wpm)} note={paceNote(d)} />
      <Figure
        name={timing ? 'speaking time' : 'length'}
        value={formatTime(d.seconds)}
        note={`${d.words} words${timing ? `, of ${formatTime(timing.recordingSeconds)} recorded` : ''}`}
      />
      {timing ? (
        <Figure
          name="long pauses"
          value={String(timing.longPauses.length)}
          note={
            timing.longPauses.length
              ? `at ${timing.longPauses.map((p) => `${formatTime(p.at)} (${p.seconds} s)`).join(', ')}`
              : 'none of 2 s or more'
          }
        />
      ) : null}
      <Figure
        name="fillers"
        value={String(d.fillers)}
        note={`${d.fillersPerMinute} a minute${d.clusters.length ? `, ${d.clusters.length} cluster${d.clusters.length > 1 ? 's' : ''}` : ''}`}
      />
      <Figure name="hedges" value={String(d.hedges)} />
      {d.repeated.length ? (
        <Figure
          name="said again and again"
          value={String(d.repeated.length)}
          note={d.repeated.map((r) => `${r.word} ×${r.count}`).join(', ')}
        />
      ) : null}
      <Figure name="score" value={String(report.score)} note={report.verdict.replace('-', ' ')} />
      <StoryParts report={report} />
      {tone ? <ToneFigures tone={tone} /> : null}
    </div>
  )
}
