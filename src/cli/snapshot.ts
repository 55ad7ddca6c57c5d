import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * `headway analyze` and `headway batch` from a V8 startup snapshot: `npm run build`
 * bundles their paths (src/cli/snapshot-entry.ts), runs them once so the wink model
 * is loaded and the rules compiled, and saves the heap beside this file. Starting
 * from that heap skips module loading and the model load, most of a cold
 * analyze. This module is all the launcher loads before it decides.
 */
export const SNAPSHOT_BLOB = fileURLToPath(new URL('./analyze.blob', import.meta.url))
/** Which Node built the blob: a blob only loads in the Node that wrote it. */
export const SNAPSHOT_STAMP = `${SNAPSHOT_BLOB}.json`

export interface SnapshotStamp {
  node: string
  v8: string
  platform: string
  arch: string
  /** The V8 flags it was built under, which it must run under (the hash seed). */
  flags: string[]
}

export function currentStamp(): Omit<SnapshotStamp, 'flags'> {
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
  }
}

/** The commands the snapshot holds (snapshot-entry.ts): one answer, and many (a script's, a judge's). */
const SNAPSHOT_COMMANDS: readonly string[] = ['analyze', 'batch']

/** Options of analyze whose modules the snapshot leaves out (dossier schema, speech model): normal path. */
const NOT_IN_SNAPSHOT = ['--company', '--audio']

const STAMP_FLAG = /^--hash-seed=\d+$|^--no-rehash-snapshot$/

/** The flags to run the blob with, or null when this Node did not write it (or no stamp). */
function stampFlags(path: string): string[] | null {
  try {
    const stamp = JSON.parse(readFileSync(path, 'utf8')) as Partial<SnapshotStamp>
    const now = currentStamp()
    const same = (Object.keys(now) as (keyof typeof now)[]).every((key) => stamp[key] === now[key])
    const flags = stamp.flags
    if (!same || !Array.isArray(flags) || !flags.every((flag) => STAMP_FLAG.test(flag))) return null
    return flags
  } catch {
    return null
  }
}

/**
 * Node 20 reads NODE_EXTRA_CA_CERTS, and with it the whole root certificate
 * store, before it runs any code: four fifths of a bare start where it is set
 * (a company proxy, a CI image). The snapshot child only reads a local answer and
 * never opens a TLS connection, so it goes without (this launcher has already
 * read the file, and warned if it could not).
 */
export function snapshotEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _notUsed, ...rest } = env
  return rest
}

/**
 * The node arguments that run this argv from the snapshot, or null for the
 * normal path: another command, an option the snapshot leaves out, node run
 * with flags of its own (an inspector, a loader hook), HEADWAY_NO_SNAPSHOT set,
 * or no blob written by this very Node version.
 */
export function snapshotArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  execArgv: readonly string[] = process.execArgv,
  blob = SNAPSHOT_BLOB,
): string[] | null {
  const [command = '', ...rest] = argv
  if (!SNAPSHOT_COMMANDS.includes(command) || env.HEADWAY_NO_SNAPSHOT || execArgv.length > 0)
    return null
  const leftOut = (arg: string) => NOT_IN_SNAPSHOT.some((o) => arg === o || arg.startsWith(`${o}=`))
  if (command === 'analyze' && rest.some(leftOut)) return null
  const flags = existsSync(blob) ? stampFlags(`${blob}.json`) : null
  if (!flags) return null
  // Node takes the first plain argument for a script name: the command holds that place,
  // and the snapshot reads it back from there.
  return [...flags, '--snapshot-blob', blob, command, ...rest]
}
