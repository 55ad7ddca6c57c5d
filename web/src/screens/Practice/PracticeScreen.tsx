import { useCallback, useId, useState } from 'react'
import type { StoredPractice } from '../../../../src/core/contracts/entities.js'
import {
  QUESTION_KINDS,
  type QuestionKind,
  type Report,
  STORY_PARTS,
} from '../../../../src/core/contracts/report.js'
import type { StoryCritique } from '../../../../src/core/critique/story.js'
import type { Delivery } from '../../../../src/core/practice/delivery.js'
import type { AudioTiming } from '../../../../src/core/speech/voice.js'
import { api } from '../../api/client.js'
import { critiqueContext } from '../../api/context.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { LineChart } from '../../components/LineChart.js'
import { FLAG_LABELS, QUESTION_LABELS } from '../../components/labels.js'
import { TableWrap } from '../../components/TableWrap.js'
import { pickTarget } from '../../components/TargetPicker.js'
import type { ToneSummary } from '../../hooks/pitch.js'
import { useAsync } from '../../hooks/useAsync.js'
import { loadCore } from '../../hooks/useCore.js'
import { useCritique } from '../../hooks/useCritique.js'
import { type PathData, usePathData } from '../../hooks/usePathData.js'
import { useSelection } from '../../hooks/useSelection.js'
import { useSpeech } from '../../hooks/useSpeech.js'
import { formatTime, useTimer } from '../../hooks/useTimer.js'
import { useTone } from '../../hooks/useTone.js'
import { useLocalSpeech } from '../../speech/useLocalSpeech.js'
import { measuredPace, wordBudget } from './delivery.js'
import { followUps } from './followUps.js'

/** STAR prompts for the other common questions (Situation, Task, Action, Result). */
const STAR_PROMPTS = [
  'Tell me about a time you led a project.',
  'Tell me about a time you disagreed with a colleague.',
  'Tell me about a mistake you made and what you learned.',
  'Tell me about a time you learned something new quickly.',
] as const

interface Question {
  text: string
  kind?: QuestionKind
}

const QUESTIONS: Question[] = [
  ...QUESTION_KINDS.map((k) => ({ text: QUESTION_LABELS[k], kind: k })),
  ...STAR_PROMPTS.map((text) => ({ text })),
]

/** Step 6: rehearse aloud or in writing, timed, with delivery figures and tone. */
export function PracticeScreen() {
  const data = usePathData()
  return (
    <>
      <h1 tabIndex={-1}>6. Practice</h1>
      <p className="muted">
        Pick a question, press Start, and answer aloud or by typing. Stop when you are done to see
        your pace, fillers, hedges and the critique.
      </p>
      {data.loading ? <Busy label="Loading…" /> : null}
      <ErrorNote error={data.error} what="load your profile" />
      {data.data ? <Rehearsal data={data.data} /> : null}
    </>
  )
}

function Rehearsal({ data }: { data: PathData }) {
  const id = useId()
  const [appId] = useSelection('application')
  const { application, company } = pickTarget(data.companies, data.applications, appId)
  const [qIndex, setQIndex] = useState(0)
  const question = QUESTIONS[qIndex] ?? (QUESTIONS[0] as Question)
  const [transcript, setTranscript] = useState('')
  const [voice, setVoice] = useState<'device' | 'cloud' | 'off'>('device')
  const [measureTone, setMeasureTone] = useState(false)
  const [tone, setTone] = useState<ToneSummary | null>(null)
  const [seconds, setSeconds] = useState<number>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<Error>()
  const [last, setLast] = useState<{
    d: Delivery
    report: Report
    timing: AudioTiming | undefined
  }>()
  const timer = useTimer()
  const toneMeter = useTone()
  const onFinal = useCallback(
    (t: string) => setTranscript((prev) => (prev ? `${prev} ${t}` : t)),
    [],
  )
  const speech = useSpeech(onFinal)
  const local = useLocalSpeech(onFinal)
  const history = useAsync(() => api.practice.list())
  const attempts = [...(history.data ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const paces = attempts
    .map((a) => Number((a.metrics as { wpm?: unknown }).wpm))
    .filter((w) => Number.isFinite(w) && w >= 40 && w <= 300)
  const pace = measuredPace(paces)
  const context = {
    ...critiqueContext(question.kind ?? 'career-goals', company, data.profile, application?.role),
    spoken: true,
    ...(seconds ? { seconds: Math.max(1, Math.min(3600, seconds)) } : {}),
  }
  const live = useCritique(transcript, context)

  const start = async () => {
    setError(undefined)
    setLast(undefined)
    setSeconds(undefined)
    setTone(null)
    timer.start()
    if (voice === 'device' && local.supported) await local.start()
    if (voice === 'cloud' && speech.supported) speech.start()
    if (measureTone && toneMeter.supported) await toneMeter.start()
  }
  const stop = async () => {
    const stopwatch = Math.max(1, Math.round(timer.stop() * 10) / 10)
    speech.stop()
    const t = toneMeter.listening ? toneMeter.stop() : null
    const heard = await local.stop()
    const text = heard?.rest
      ? transcript
        ? `${transcript} ${heard.rest}`
        : heard.rest
      : transcript
    if (heard?.rest) setTranscript(text)
    // Pace is over speaking time when the audio was heard: pauses do not slow it down.
    const speaking = heard?.timing.speakingSeconds ?? 0
    const s = speaking >= 1 ? Math.round(speaking * 10) / 10 : stopwatch
    setTone(t)
    setSeconds(s)
    if (!text.trim()) {
      setError(
        new Error('There is no transcript to review: type what you said, or turn on speaking.'),
      )
      return
    }
    if (!live.report) {
      setError(new Error('The critique engine is still loading: wait a moment, then stop again.'))
      return
    }
    const d = (await loadCore()).deliveryMetrics(text, s)
    const timing = heard && speaking >= 1 ? heard.timing : undefined
    const audio = timing
      ? {
          recordingSeconds: timing.recordingSeconds,
          speakingSeconds: timing.speakingSeconds,
          longPauses: timing.longPauses,
        }
      : undefined
    setSaving(true)
    try {
      const saved = await api.practice.create({
        question: question.text,
        ...(question.kind ? { questionKind: question.kind } : {}),
        transcript: text,
        seconds: s,
        metrics: { ...d, ...(t ? { tone: t } : {}), ...(audio ? { audio } : {}) },
      })
      setLast({ d, report: saved.report as unknown as Report, timing })
      history.set([saved, ...(history.data ?? [])])
    } catch (err) {
      setError(err as Error)
      setLast({ d, report: live.report, timing })
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <section className="card" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Rehearse</h2>
        <label htmlFor={`${id}-q`}>Question</label>
        <select
          id={`${id}-q`}
          value={qIndex}
          disabled={timer.running}
          onChange={(e) => setQIndex(Number(e.target.value))}
        >
          <optgroup label="Career goals and its cousins">
            {QUESTIONS.slice(0, QUESTION_KINDS.length).map((q, i) => (
              <option key={q.text} value={i}>
                {q.text}
              </option>
            ))}
          </optgroup>
          <optgroup label="Other common questions (answer with STAR)">
            {QUESTIONS.slice(QUESTION_KINDS.length).map((q, i) => (
              <option key={q.text} value={i + QUESTION_KINDS.length}>
                {q.text}
              </option>
            ))}
          </optgroup>
        </select>
        {question.kind ? null : (
          <p className="small muted">
            STAR: the Situation, your Task, the Action you took, and the Result (with a number if
            you can).
          </p>
        )}
        <p className="small">
          <strong>
            Your word budget for this question: about {wordBudget(pace, question.kind ? 60 : 90)}{' '}
            words
          </strong>{' '}
          ({question.kind ? '60' : '90'} seconds at {pace} words a minute
          {paces.length
            ? `, your pace measured over ${paces.length} attempt${paces.length > 1 ? 's' : ''}`
            : ', a typical pace until you practise aloud'}
          ). At that pace 30 s ≈ {wordBudget(pace, 30)} words, 90 s ≈ {wordBudget(pace, 90)}, 120 s
          ≈ {wordBudget(pace, 120)}.
        </p>
        <fieldset>
          <legend>Turn my speech into text (English only)</legend>
          <label className="check">
            <input
              type="radio"
              name={`${id}-voice`}
              checked={voice === 'device'}
              disabled={timer.running || !local.supported}
              onChange={() => {
                setVoice('device')
                void local.prepare()
              }}
            />
            On this device
          </label>
          <p className="small muted">
            {local.supported
              ? 'A speech model (28 MB, English only) runs in this browser: your audio never leaves the machine. It loads on first use and is kept for next time and offline. Accents and noisy rooms cost accuracy; correct the transcript before you stop.'
              : 'This browser cannot run the on-device model (no microphone access or WebAssembly): type what you say, and headway still times you.'}
          </p>
          <label className="check">
            <input
              type="radio"
              name={`${id}-voice`}
              checked={voice === 'cloud'}
              disabled={timer.running || !speech.supported}
              onChange={() => setVoice('cloud')}
            />
            With the browser's speech recognition
          </label>
          <p className="small muted">
            {speech.supported
              ? "Sends your audio to the browser's maker (Google, for Chrome) to turn it into text. Choose it only if that is fine with you."
              : 'This browser has no speech recognition of its own.'}
          </p>
          <label className="check">
            <input
              type="radio"
              name={`${id}-voice`}
              checked={voice === 'off'}
              disabled={timer.running}
              onChange={() => setVoice('off')}
            />
            No: I will type
          </label>
          {local.status === 'loading' ? (
            <div className="small">
              <label htmlFor={`${id}-load`}>Loading the speech model…</label>{' '}
              <progress
                id={`${id}-load`}
                max={local.progress?.total || 1}
                value={local.progress?.loaded ?? 0}
              />
            </div>
          ) : null}
          {local.status === 'ready' && voice === 'device' ? (
            <p className="small" data-testid="speech-ready">
              The speech model is ready on this device.
            </p>
          ) : null}
          <label className="check">
            <input
              type="checkbox"
              checked={measureTone}
              disabled={timer.running || !toneMeter.supported}
              onChange={(e) => setMeasureTone(e.target.checked)}
            />
            Measure my tone from the microphone
          </label>
          <p className="small muted">
            {toneMeter.supported
              ? 'Pitch variation and volume are measured in this browser only; the audio is never uploaded or stored, only the two figures are saved.'
              : 'This browser cannot read the microphone.'}
          </p>
        </fieldset>
        <div className="row">
          <div className="timer" role="timer" aria-label="Time elapsed">
            {formatTime(timer.elapsed)}
          </div>
          {timer.running ? (
            <button type="button" onClick={() => void stop()}>
              Stop and review
            </button>
          ) : (
            <button type="button" onClick={() => void start()}>
              Start
            </button>
          )}
          {speech.listening || local.status === 'listening' ? <Busy label="Listening…" /> : null}
          {local.status === 'finishing' ? <Busy label="Transcribing the last words…" /> : null}
          {saving ? <Busy label="Scoring and saving the attempt…" /> : null}
        </div>
        <ErrorNote error={local.error ?? speech.error ?? toneMeter.error} what="listen" />
        <label htmlFor={`${id}-t`}>
          Transcript
          <span className="hint">
            {voice !== 'off'
              ? 'Filled in as you speak, a sentence at a time; you can correct it.'
              : 'Type what you would say (or say it aloud while timed, then type it).'}
          </span>
        </label>
        <textarea
          id={`${id}-t`}
          rows={7}
          value={transcript}
          onChange={(e) => setTranscript(e.target.value)}
        />
        {speech.interim ? <p className="small muted">…{speech.interim}</p> : null}
        <ErrorNote error={error} what="review the attempt" />
      </section>

      {last ? (
        <Review
          d={last.d}
          report={last.report}
          tone={tone}
          timing={last.timing}
          transcript={transcript}
          pace={pace}
        />
      ) : null}

      <section className="card" aria-labelledby={`${id}-hist`}>
        <h2 id={`${id}-hist`}>History</h2>
        {history.loading ? <Busy label="Loading attempts…" /> : null}
        <ErrorNote error={history.error} what="load your attempts" />
        <LineChart
          title="Critique score of each attempt"
          points={attempts.map((a) => ({ label: a.createdAt.slice(5, 10), value: a.report.score }))}
        />
        <History attempts={attempts} />
      </section>
    </>
  )
}

function Figure({ name, value, note }: { name: string; value: string; note?: string }) {
  return (
    <div className="figure">
      <div className="value">{value}</div>
      <div className="name">{name}</div>
      {note ? <div className="small">{note}</div> : null}
    </div>
  )
}

/** A STAR prompt's attempt is scored as a story: which of its four parts were heard. */
function StoryParts({ report }: { report: Report }) {
  const story = (report as Report & { story?: StoryCritique }).story
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

function Review({
  d,
  report,
  tone,
  timing,
  transcript,
  pace,
}: {
  d: Delivery
  report: Report
  tone: ToneSummary | null
  timing: AudioTiming | undefined
  transcript: string
  pace: number
}) {
  const paceNote =
    d.wpm > 300
      ? 'faster than speech: typed, so not counted as your pace'
      : d.pace === 'slow'
        ? 'a little slow'
        : d.pace === 'fast'
          ? 'fast: slow down'
          : 'good pace'
  const asks = followUps(transcript)
  return (
    <section className="card" aria-labelledby="review-h" data-testid="review">
      <h2 id="review-h" tabIndex={-1}>
        How it went
      </h2>
      <div className="figures">
        <Figure name="words a minute" value={String(d.wpm)} note={paceNote} />
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
        {tone ? (
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
        ) : null}
      </div>
      {d.clusters.length ? (
        <p>
          Fillers bunch up at:{' '}
          {d.clusters.map((c) => `“${transcript.slice(c.span[0], c.span[1])}”`).join(', ')}. Pause
          instead.
        </p>
      ) : null}
      <p className="small muted">
        At your pace of {pace} words a minute, a 60-second answer is about {wordBudget(pace, 60)}{' '}
        words; this one was {d.words}.
      </p>
      <h3>The critique</h3>
      <ul>
        {report.findings.slice(0, 8).map((f) => (
          <li key={`${f.rule}-${f.span[0]}`}>
            {f.flag ? <strong>{FLAG_LABELS[f.flag]}: </strong> : null}“
            {transcript.slice(f.span[0], f.span[1])}”: {f.message}
          </li>
        ))}
        {report.findings.length === 0 ? <li>Nothing flagged.</li> : null}
      </ul>
      <h3>Follow-up questions to be ready for</h3>
      {asks.length ? (
        <ul>
          {asks.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          Say something concrete (a role, a skill, a timeframe) and the interviewer will ask about
          it: headway will too.
        </p>
      )}
      <a className="button" href="#/prep">
        Next: the prep sheet
      </a>
    </section>
  )
}

function History({ attempts }: { attempts: StoredPractice[] }) {
  if (!attempts.length) return <p className="muted small">No attempts yet.</p>
  return (
    <TableWrap label="Your practice attempts">
      <table>
        <caption className="sr-only">Your practice attempts</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Question</th>
            <th scope="col">Score</th>
            <th scope="col">Words a minute</th>
            <th scope="col">Length</th>
          </tr>
        </thead>
        <tbody>
          {[...attempts].reverse().map((a) => (
            <tr key={a.id}>
              <td>{new Date(a.createdAt).toLocaleString()}</td>
              <td>{a.question}</td>
              <td>{a.report.score}</td>
              <td>{String((a.metrics as { wpm?: unknown }).wpm ?? '–')}</td>
              <td>{formatTime(a.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
