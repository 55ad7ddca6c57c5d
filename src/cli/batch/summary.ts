import { FLAG_IDS, type FlagId, type Verdict } from '../../core/contracts/report.js'

const VERDICTS: Verdict[] = ['strong', 'solid', 'needs-work', 'weak']

/** Running counts for the end-of-run summary. */
export class BatchSummary {
  processed = 0
  skipped = 0
  readonly verdicts = new Map<Verdict, number>(VERDICTS.map((v) => [v, 0]))
  readonly flags = new Map<string, number>()

  add(verdict: Verdict, flags: readonly FlagId[]): void {
    this.processed++
    this.verdicts.set(verdict, (this.verdicts.get(verdict) ?? 0) + 1)
    for (const flag of flags) this.flags.set(flag, (this.flags.get(flag) ?? 0) + 1)
  }

  /** The summary printed on stderr: counts by verdict and by flag, skipped lines, speed. */
  render(seconds: number, perWorker: readonly number[]): string {
    const rate = seconds > 0 ? Math.round(this.processed / seconds) : this.processed
    const workers = perWorker.length
    const split = workers > 1 ? `: ${perWorker.join(' + ')}` : ''
    const lines = [
      `headway batch: ${this.processed} answers critiqued, ${this.skipped} lines skipped, ` +
        `${seconds.toFixed(1)}s (${rate}/s, ${workers} worker${workers === 1 ? '' : 's'}${split})`,
      `  verdicts: ${VERDICTS.map((v) => `${v} ${this.verdicts.get(v) ?? 0}`).join(', ')}`,
    ]
    const flags = FLAG_IDS.filter((f) => this.flags.has(f)).map((f) => `${f} ${this.flags.get(f)}`)
    lines.push(`  flags: ${flags.length > 0 ? flags.join(', ') : 'none'}`)
    return `${lines.join('\n')}\n`
  }
}
