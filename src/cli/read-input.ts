import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Readable } from 'node:stream'
import type { z } from 'zod'
import { checkInput, InputError, MAX_TEXT_LENGTH } from '../core/critique/input.js'
import { UsageError } from './usage-error.js'

/** A file this big cannot hold an answer under the limit (3 UTF-8 bytes per code unit, plus a BOM). */
const MAX_ANSWER_BYTES = MAX_TEXT_LENGTH * 3 + 3

/**
 * Why a text cannot be critiqued, or null when it can. The engine's checkInput
 * decides (one place for the limits); analyze and batch call this first so
 * the user hears the reason before any work starts.
 */
export function answerTextProblem(text: string): string | null {
  try {
    checkInput(text)
    return null
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
}

/**
 * Decode bytes as strict UTF-8. NUL bytes mean a binary file (UTF-8 text never
 * needs them); a bad sequence means another encoding or binary data.
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.includes(0)) throw new UsageError(`${label} looks binary (it contains NUL bytes)`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(`${label} is not valid UTF-8 text`)
  }
}

/** Read a file the user named, turning every file-system failure into a UsageError. */
export async function readUserFile(
  path: string,
  cwd: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const full = resolve(cwd, path)
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(full)
  } catch (error) {
    throw new UsageError(fileErrorMessage(path, error))
  }
  if (info.isDirectory()) throw new UsageError(`${path} is a directory, not a file`)
  if (info.size > maxBytes)
    throw new UsageError(
      `${path} is too big (${info.size.toLocaleString('en')} bytes, the limit is ${maxBytes.toLocaleString('en')} bytes)`,
    )
  try {
    return await readFile(full)
  } catch (error) {
    throw new UsageError(fileErrorMessage(path, error))
  }
}

/** The most a JSON input file (profile, dossier, company, resume) may weigh. */
export const MAX_JSON_FILE_BYTES = 5_000_000

/** Read and parse a JSON file the user named; bad JSON is a UsageError naming the file. */
export async function readJsonFile(path: string, cwd: string): Promise<unknown> {
  const text = decodeText(await readUserFile(path, cwd, MAX_JSON_FILE_BYTES), path)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

function fileErrorMessage(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return `${path}: no such file`
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`
  if (code === 'EISDIR') return `${path} is a directory, not a file`
  return `cannot read ${path}${typeof code === 'string' ? ` (${code})` : ''}`
}

/** Read a whole stream, failing fast once it passes maxBytes. */
export async function readStream(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes =
      typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array)
    total += bytes.length
    if (total > maxBytes) throw new UsageError(`standard input is too big (over ${maxBytes} bytes)`)
    chunks.push(bytes)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return out
}

/**
 * The answer to critique: from FILE, or stdin for `-` or no argument. Throws a
 * UsageError naming the problem (missing file, directory, binary, not UTF-8,
 * empty, too long), which the CLI prints and exits 2 on.
 */
export async function readAnswer(
  source: string | undefined,
  io: { stdin: Readable & { isTTY?: boolean }; cwd: string },
): Promise<string> {
  let bytes: Uint8Array
  let label: string
  if (source === undefined || source === '-') {
    if (source === undefined && io.stdin.isTTY)
      throw new UsageError('no answer given: name a FILE, or pipe the text into standard input')
    bytes = await readStream(io.stdin, MAX_ANSWER_BYTES)
    label = 'standard input'
  } else {
    bytes = await readUserFile(source, io.cwd, MAX_ANSWER_BYTES)
    label = source
  }
  const text = decodeText(bytes, label)
  const problem = answerTextProblem(text)
  if (problem) throw new UsageError(`${label}: ${problem}`)
  return text
}

/** Zod says only "Invalid input" for a union: list what each branch expected instead. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.message
  const branches = issue.errors.map((branch) =>
    branch.map((i) => i.message.replace(/^Invalid input: /, '')).join(', '),
  )
  return `invalid value: ${[...new Set(branches)].join(', or ')}`
}

/** Render zod issues as `key.path: message` lines, the key path first so the fix is findable. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], max = 5): string {
  const lines = issues.slice(0, max).map((issue) => {
    const path = issue.path.map(String).join('.')
    return `  ${path || '(top level)'}: ${issueMessage(issue)}`
  })
  if (issues.length > max) lines.push(`  … and ${issues.length - max} more`)
  return lines.join('\n')
}
