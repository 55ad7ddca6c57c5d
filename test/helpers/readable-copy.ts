import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A copy of a built program that another user (`nobody`) can run, in a fresh
 * folder of its own under the temp dir: the compiled files plus the production
 * packages they import. The checkout itself may live where only its owner can
 * enter (a clone under `mktemp -d` is mode 0700), so the other user must not be
 * sent there for a single file.
 */

const root = fileURLToPath(new URL('../../', import.meta.url))

interface LockEntry {
  dev?: boolean
  devOptional?: boolean
}

/**
 * The speech model and its runtimes (about 600 MB) load only for `analyze --audio`;
 * the programs run from a readable copy (the data-folder tests) never reach them.
 */
const SPEECH_ONLY =
  /^node_modules\/(onnxruntime-[^/]+|@usefulsensors\/|@huggingface\/|@img\/|sharp$)/

/**
 * The installed folders of every package the program may load at run time (not
 * dev-only): optional packages for other platforms are in the lock but not installed.
 */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path]) => path)
    .filter((path) => !path.slice('node_modules/'.length).includes('/node_modules/'))
    .filter((path) => !SPEECH_ONLY.test(path) && existsSync(join(root, path)))
}

// better-sqlite3 is compiled on install; its C sources and objects (40 MB) are not needed to run.
const BUILD_LEFTOVERS =
  /better-sqlite3\/(deps|src|build\/Release\/(obj|obj\.target|\.deps|sqlite3\.a|test_extension\.node))(\/|$)/

/** Give everyone read (and, where the owner has it, execute) permission on the whole tree. */
function openToAll(path: string): void {
  const mode = statSync(path).mode & 0o777
  chmodSync(path, mode | 0o444 | (mode & 0o100 ? 0o111 : 0))
  if (statSync(path).isDirectory())
    for (const name of readdirSync(path)) openToAll(join(path, name))
}

/** Throw unless every folder from `/` down to `dir` lets other users pass (execute bit). */
function assertReachable(dir: string): void {
  for (let d = dir; ; d = dirname(d)) {
    if (!(statSync(d).mode & 0o001))
      throw new Error(
        `${d} (mode ${(statSync(d).mode & 0o777).toString(8)}) bars other users; set TMPDIR to a folder they can enter`,
      )
    if (dirname(d) === d) return
  }
}

export interface ReadableCopy {
  /** The copy's folder (remove it when done). */
  dir: string
  /** `file` (a path inside the checkout) as it lies in the copy. */
  path(file: string): string
}

/**
 * Copy `folders` (paths inside the checkout, e.g. a compiled dist) and the
 * production node_modules into a new world-readable folder under the temp dir,
 * with the checkout's package.json (its `"type": "module"` decides how the .js
 * files load).
 */
export function readableCopy(folders: string[]): ReadableCopy {
  const dir = mkdtempSync(join(tmpdir(), 'headway-readable-'))
  for (const folder of folders) cpSync(join(root, folder), join(dir, folder), { recursive: true })
  for (const pkg of productionPackages())
    cpSync(join(root, pkg), join(dir, pkg), {
      recursive: true,
      filter: (from) => !BUILD_LEFTOVERS.test(from.split(sep).join('/')),
    })
  cpSync(join(root, 'package.json'), join(dir, 'package.json'))
  openToAll(dir)
  assertReachable(dir)
  return { dir, path: (file) => join(dir, relative(root, file)) }
}
