import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/core/index.js'
import { wordErrorRate } from '../../src/core/speech/wer.js'
import {
  hasEspeak,
  PAUSE_SECONDS,
  SPEECH_SCRIPT,
  speechRequired,
  synthesiseAnswer,
} from '../helpers/speech.js'
import { runCli } from './fake-io.js'

const dir = mkdtempSync(join(tmpdir(), 'headway-audio-'))

/** Refusals need no model and no espeak-ng. */
describe('headway analyze --audio: what it refuses', () => {
  it('says a file that is not WAV is not WAV, and exits 2', async () => {
    writeFileSync(join(dir, 'answer.mp3'), 'ID3\u0003\u0000\u0000\u0000 not a wav')
    const r = await runCli(['analyze', '--audio', 'answer.mp3'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('answer.mp3: not a WAV file')
  })

  it('names a missing file, and refuses --audio with a text file or --seconds', async () => {
    const missing = await runCli(['analyze', '--audio', 'nope.wav'], { cwd: dir })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.wav: no such file')
    const both = await runCli(['analyze', 'a.txt', '--audio', 'x.wav'], { cwd: dir })
    expect(both.stderr).toContain('not both')
    const seconds = await runCli(['analyze', '--audio', 'x.wav', '--seconds', '30'], { cwd: dir })
    expect(seconds.stderr).toContain('--seconds is measured from the recording')
  })
})

describe.skipIf(!hasEspeak && !speechRequired)(
  'headway analyze --audio: speech synthesised by espeak-ng, transcribed on the machine',
  { timeout: 300_000 },
  () => {
    let report: Report
    beforeAll(async () => {
      synthesiseAnswer(join(dir, 'answer.wav'))
      const r = await runCli(['analyze', '--audio', 'answer.wav', '--json'], { cwd: dir })
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      report = JSON.parse(r.stdout) as Report
    })

    it('transcribes the script with a word error rate of at most 0.25', () => {
      const transcript = report.stats.transcript ?? ''
      expect(wordErrorRate(SPEECH_SCRIPT, transcript)).toBeLessThanOrEqual(0.25)
    })

    it('times the speech from the audio: speaking time, pace over it, the long pause', () => {
      const audio = report.stats.audio
      expect(audio).toBeDefined()
      if (!audio) return
      expect(audio.speakingSeconds).toBeLessThan(audio.recordingSeconds - PAUSE_SECONDS)
      expect(report.stats.seconds).toBe(audio.speakingSeconds)
      expect(report.stats.wpm).toBe(Math.round((report.stats.words / audio.speakingSeconds) * 60))
      expect(audio.longPauses).toHaveLength(1)
      expect(audio.longPauses[0]?.seconds).toBeGreaterThanOrEqual(2)
    })

    it('counts the fillers as spoken and critiques the transcript as a spoken answer', () => {
      expect(report.stats.fillers).toBeGreaterThanOrEqual(2)
      expect(report.findings.some((f) => f.rule === 'fillers')).toBe(true)
    })
  },
)
