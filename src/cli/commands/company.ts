import { parseArgs } from 'node:util'
import { SourceError } from '../../io/company-source.js'
import { researchCompany } from '../../io/research.js'
import type { Command } from '../command.js'
import { readStream } from '../read-input.js'
import { renderDossier } from '../render/dossier.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway company [URL|FILE|-] [--job FILE|URL] [options]

Research a company: read its page (a URL, a saved HTML, text or Markdown
file, or - for standard input) and/or a job description, and print a dossier
of its mission, vision, named values, culture, plans, products and the role,
each finding with the sentence it came from.

Options:
  --job FILE|URL      the job description (text, Markdown or HTML)
  --follow            also read up to 5 same-site about/values/culture/careers pages
  --allow-loopback    allow URLs on this machine (127.0.0.1, localhost)
  --json              print the dossier as JSON (what headway analyze --company reads)

Limits: pages over 2 MB, slower than 10 s, or on private addresses are refused.
Exit codes: 0 done, 1 a page could not be fetched, 2 bad usage or input.`

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        job: { type: 'string' },
        follow: { type: 'boolean' },
        'allow-loopback': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

const USAGE_CODES = new Set(['file', 'too-large-file', 'stdin', 'bad-url', 'bad-scheme'])

/** Problems with what the user named are usage errors (exit 2); a page that cannot be fetched is a failure (exit 1). */
function asCommandError(error: unknown): unknown {
  if (!(error instanceof SourceError)) return error
  if (USAGE_CODES.has(error.code) || !/^[a-z][a-z0-9+.-]*:/i.test(error.spec ?? ''))
    return new UsageError(error.message)
  return new Error(error.message)
}

export const companyCommand: Command = {
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv)
    if (positionals.length > 1)
      throw new UsageError(`give one page, not ${positionals.length} (${positionals.join(', ')})`)
    const spec = positionals[0]
    if (spec === undefined && values.job === undefined)
      throw new UsageError('give a company page (URL, FILE or -) or --job FILE|URL, or both')
    if (spec === '-' && values.job === '-')
      throw new UsageError('standard input can hold the page or the job, not both')
    const allowLoopback = values['allow-loopback'] ?? false
    let dossier: Awaited<ReturnType<typeof researchCompany>>['dossier']
    try {
      ;({ dossier } = await researchCompany(
        {
          page: spec === undefined ? undefined : { location: spec },
          job: values.job === undefined ? undefined : { location: values.job },
          year: new Date().getUTCFullYear(),
        },
        {
          cwd: io.cwd,
          follow: values.follow ?? false,
          allowLoopback,
          stdin: () => readStream(io.stdin, 10 * 1024 * 1024),
        },
      ))
    } catch (error) {
      throw asCommandError(error)
    }
    io.stdout.write(values.json ? `${JSON.stringify(dossier, null, 2)}\n` : renderDossier(dossier))
    return 0
  },
}
