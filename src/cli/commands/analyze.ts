import { parseArgs } from 'node:util'
import { termCoverage } from '../../core/align/term-coverage.js'
import type { CritiqueContext } from '../../core/contracts/context.js'
import { QUESTION_KINDS, type QuestionKind, type Report } from '../../core/contracts/report.js'
import { analyze, analyzeChecked } from '../../core/critique/analyze.js'
import { InputError } from '../../core/critique/input.js'
import { AudioFormatError, MAX_AUDIO_SECONDS, wavToModelInput } from '../../core/speech/wav.js'
import type { Command } from '../command.js'
import type { CommandIO } from '../io.js'
import { readAnswer, readUserFile } from '../read-input.js'
import { renderTermCoverage } from '../render/term-coverage.js'
import { colorEnabled, renderReport } from '../render/terminal.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway analyze [FILE|-] [options]
       headway analyze --audio ANSWER.wav [options]

Critique one answer. Reads FILE, or standard input for - or no FILE.
With --audio, transcribes the recording on this machine (the Moonshine tiny
English model, nothing is sent anywhere) and critiques it as a spoken answer,
with pace over speaking time and long pauses from the audio.

Options:
  --question KIND     ${QUESTION_KINDS.join(' | ')}
  --company FILE.json a dossier (headway company --json) or {name, mission, values, products, initiatives}
  --role TITLE        the role applied for
  --spoken            the text is a spoken transcript
  --seconds N         measured duration of the spoken answer (1 to 3600)
  --audio FILE.wav    a recording of the answer (English speech)
  --json              print the Report as JSON

Limits: UTF-8 text, not empty, at most 20,000 characters. Audio: WAV (PCM 8 to
32-bit or 32-bit float, any channels, 8 to 96 kHz), at most ${MAX_AUDIO_SECONDS / 60} minutes.
Exit codes: 0 done, 2 bad usage or input.`

/** Parse argv with node:util, turning its errors into UsageErrors. */
function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        question: { type: 'string' },
        company: { type: 'string' },
        role: { type: 'string' },
        spoken: { type: 'boolean' },
        seconds: { type: 'string' },
        json: { type: 'boolean' },
        audio: { type: 'string' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

export function parseQuestion(value: string): QuestionKind {
  const kind = QUESTION_KINDS.find((k) => k === value)
  if (!kind)
    throw new UsageError(`--question must be one of ${QUESTION_KINDS.join(', ')}, not '${value}'`)
  return kind
}

export function parseSeconds(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 3600)
    throw new UsageError(`--seconds must be a number of seconds from 1 to 3600, not '${value}'`)
  return n
}

/**
 * Run the engine, translating its documented input errors (InputError) into
 * usage errors. Other errors propagate: they are bugs, exit 1.
 */
export function critique(text: string, context: CritiqueContext): Report {
  try {
    return analyze(text, context)
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message)
    throw error
  }
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse(argv)
  if (positionals.length > 1)
    throw new UsageError(
      `give one answer file, not ${positionals.length}: ${positionals.join(' ')}`,
    )
  const context: CritiqueContext = {}
  if (values.question !== undefined) context.question = parseQuestion(values.question)
  if (values.seconds !== undefined) context.seconds = parseSeconds(values.seconds)
  if (values.spoken) context.spoken = true
  if (values.company !== undefined) {
    // Loaded only when asked for: the dossier schema and the company extractors are big.
    const { readCompany } = await import('../read-company.js')
    Object.assign(context, await readCompany(values.company, io.cwd))
  }
  if (values.role !== undefined) {
    const title = values.role.trim()
    if (!title || title.length > 200) throw new UsageError('--role must be 1 to 200 characters')
    context.role = { ...context.role, title }
  }
  if (values.audio !== undefined) {
    if (positionals.length > 0)
      throw new UsageError('give either --audio FILE.wav or an answer file, not both')
    if (values.seconds !== undefined)
      throw new UsageError('--seconds is measured from the recording with --audio; leave it out')
    return runAudio(values.audio, context, values.json === true, io)
  }
  const text = await readAnswer(positionals[0], io)
  // readAnswer checked the text and each option its part of the context: no second check
  const report = analyzeChecked(text, context)
  if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else
    io.stdout.write(
      renderReport(text, report, { color: colorEnabled(io.stdout, io.env) }) +
        renderTermCoverage(text, termCoverage(text, context)),
    )
  return 0
}

/** A ten-minute 96 kHz stereo 32-bit file, the largest recording the limits allow, fits. */
const MAX_AUDIO_BYTES = 512 * 1024 * 1024

async function runAudio(
  path: string,
  context: CritiqueContext,
  json: boolean,
  io: CommandIO,
): Promise<number> {
  const bytes = await readUserFile(path, io.cwd, MAX_AUDIO_BYTES)
  let audio: ReturnType<typeof wavToModelInput>
  try {
    audio = wavToModelInput(bytes)
  } catch (error) {
    if (error instanceof AudioFormatError) throw new UsageError(`${path}: ${error.message}`)
    throw error
  }
  // The model and onnxruntime load only here, not for every analyze.
  const speech = await import('../../io/speech.js')
  const model = await speech.loadSpeechModel()
  const heard = await speech.transcribeSamples(model, audio.samples)
  if (!heard.transcript.trim())
    throw new UsageError(`${path}: no speech was heard in the recording (${audio.format})`)
  const { segments: _segments, ...figures } = heard.timing
  const seconds = Math.min(3600, Math.max(1, heard.timing.speakingSeconds))
  const report = critique(heard.transcript, { ...context, spoken: true, seconds })
  report.stats = { ...report.stats, transcript: heard.transcript, audio: figures }
  if (json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  }
  const pauses = figures.longPauses.length
    ? figures.longPauses.map((p) => `${p.seconds} s at ${p.at} s`).join(', ')
    : 'none of 2 s or more'
  io.stdout.write(
    [
      `Heard (on this machine): ${audio.format}, ${figures.recordingSeconds} s recorded, ${figures.speakingSeconds} s speaking`,
      `Pace: ${report.stats.wpm ?? '–'} words a minute over speaking time; fillers: ${report.stats.fillers}; long pauses: ${pauses}`,
      '',
      '',
    ].join('\n'),
  )
  io.stdout.write(
    renderReport(heard.transcript, report, { color: colorEnabled(io.stdout, io.env) }),
  )
  return 0
}

export const analyzeCommand: Command = {
  usage,
  run,
}
