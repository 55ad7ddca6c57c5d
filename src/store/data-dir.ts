import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statfsSync,
  statSync,
} from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Why a data folder or its SQLite file cannot be used, said in one line a person can
 * act on: `CODE: what is wrong, what to do`. The code comes first so scripts can match
 * it; the rest names the folder or file and the cause, never a stack.
 */

/** The SQLite file's name inside the data folder. */
export const DATABASE_FILE = 'headway.db'

/** The data folder's mode when headway creates it: only its owner may enter it. */
export const PRIVATE_FOLDER_MODE = 0o700
/** The mode of the database and its -wal and -shm files: only their owner may read them. */
export const PRIVATE_FILE_MODE = 0o600

/** Below this much free space the disk counts as full in messages. */
const NEARLY_FULL_BYTES = 1024 * 1024

const errorCode = (error: unknown): string =>
  typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : ''

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

function uidNote(): string {
  const uid = process.getuid?.()
  return uid === undefined ? 'this user' : `this user (uid ${uid})`
}

/**
 * The file-size limit of this process (`ulimit -f`) in bytes, or null when there is
 * none or it cannot be read (only Linux shows it, in /proc/self/limits).
 */
export function fileSizeLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max file size'))
    const soft = line?.slice('Max file size'.length).trim().split(/\s+/)[0]
    return soft && /^\d+$/.test(soft) ? Number(soft) : null
  } catch {
    return null
  }
}

/** Free bytes for this user on the disk holding `path` (its nearest existing folder). */
function freeBytes(path: string): number | null {
  let dir = path
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir)
  try {
    const stats = statfsSync(dir)
    return stats.bavail * stats.bsize
  } catch {
    return null
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** True when a file of the database in `dir` has grown to within 64 KiB of `limit`. */
function nearLimit(dir: string, limit: number): boolean {
  return ['', '-wal', '-shm'].some((suffix) => {
    try {
      return statSync(join(dir, DATABASE_FILE + suffix)).size + 65536 >= limit
    } catch {
      return false
    }
  })
}

const limitNote = (limit: number | null) =>
  `this process may not write files larger than ${limit === null ? 'its file-size limit' : `${limit} bytes`} (ulimit -f): raise the limit`

/** What "no room to write" means here: a file-size limit, a full disk, or neither known. */
function noRoom(dir: string): string {
  const limit = fileSizeLimit()
  if (limit !== null && nearLimit(dir, limit)) return limitNote(limit)
  const free = freeBytes(dir)
  if (free !== null && free < NEARLY_FULL_BYTES) {
    return `the disk holding ${dir} is full (${megabytes(free)} free): free some space`
  }
  return `the disk holding ${dir} may be full or failing: check its free space`
}

/**
 * Make sure `dir` exists and this process may create files in it; throws an Error
 * with a one-line message otherwise. Root passes permission checks, so a read-only
 * folder only stops other users (and read-only file systems stop everyone).
 */
export function prepareDataDir(dir: string): void {
  try {
    // Only this user may list the folder or read the database: in server mode it
    // holds password and session hashes. Folders made on the way get the same mode,
    // as the XDG base directory specification asks.
    mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    accessSync(dir, constants.W_OK | constants.X_OK)
    const file = join(dir, DATABASE_FILE)
    if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK)
    else closeSync(openSync(file, 'a', PRIVATE_FILE_MODE))
    // SQLite gives -wal and -shm the database file's mode; tighten files an older
    // version left readable by others.
    for (const suffix of ['', '-wal', '-shm']) {
      const path = join(dir, DATABASE_FILE + suffix)
      if (existsSync(path) && (statSync(path).mode & 0o077) !== 0)
        chmodSync(path, PRIVATE_FILE_MODE)
    }
  } catch (error) {
    throw new Error(explainFileError(error, dir))
  }
}

/** A file-system error on the data folder, explained. */
export function explainFileError(error: unknown, dir: string): string {
  const code = errorCode(error)
  switch (code) {
    case 'ENOTDIR':
      return `ENOTDIR: part of the path ${dir} is a file, not a folder: set HEADWAY_DATA_DIR to a folder`
    case 'EEXIST':
      return `EEXIST: ${dir} exists and is not a folder: set HEADWAY_DATA_DIR to a folder`
    case 'EACCES':
    case 'EPERM':
      return `${code}: ${uidNote()} may not create or change files in ${dir}: fix its permissions or set HEADWAY_DATA_DIR to another folder`
    case 'EROFS':
      return `EROFS: ${dir} is on a read-only file system: set HEADWAY_DATA_DIR to a writable folder`
    case 'ENOSPC':
    case 'EDQUOT':
      return `${code}: no space left to create ${dir}: ${noRoom(dir)}`
    case 'EFBIG':
      return `EFBIG: ${limitNote(fileSizeLimit())}`
    default:
      return code ? `${code}: ${errorMessage(error)}` : errorMessage(error)
  }
}

/**
 * A SQLite error met while opening or preparing the database, explained. `where`
 * is the data folder when known (for free-space figures and advice).
 */
export function explainSqliteError(error: unknown, where?: string): string {
  const code = errorCode(error)
  const cause = errorMessage(error)
  const file = where ? join(where, DATABASE_FILE) : DATABASE_FILE
  if (code === 'SQLITE_NOTADB') {
    return `SQLITE_NOTADB: ${file} is not a SQLite database (${cause}); headway left it unchanged: move it away to start afresh, or restore a backup`
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return `${code}: ${file} is damaged (${cause}); headway left it unchanged: restore a backup, or move it away to start afresh`
  }
  if (code === 'SQLITE_FULL') return `SQLITE_FULL: cannot write ${file}: ${noRoom(where ?? '.')}`
  if (code.startsWith('SQLITE_IOERR')) {
    // A file-size limit shows as a write error (EFBIG), not as SQLITE_FULL.
    return `${code}: cannot write ${file} (${cause}): ${noRoom(where ?? '.')}`
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return `${code}: ${uidNote()} cannot write ${file} or create files beside it (${cause}): fix the permissions${where ? ` of ${where}` : ''} or set HEADWAY_DATA_DIR to another folder`
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `${code}: ${file} stayed locked by another program (${cause}): stop it and try again`
  }
  return code ? `${code}: ${cause}` : cause
}
