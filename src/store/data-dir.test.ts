import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { connect } from './connect.js'
import { DATABASE_FILE, explainFileError, explainSqliteError, prepareDataDir } from './data-dir.js'

/** The wording of each cause; data-dir.test.ts in test/server meets them through the real CLI. */

const root = mkdtempSync(join(tmpdir(), 'headway-data-dir-unit-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const failure = (code: string, message = 'it failed') => Object.assign(new Error(message), { code })

describe('explaining an unusable data folder', () => {
  it('creates a missing folder and accepts a writable one', () => {
    const dir = join(root, 'a', 'b')
    prepareDataDir(dir)
    expect(() => prepareDataDir(dir)).not.toThrow()
  })

  it('refuses a path through a file with the code first and the folder named', () => {
    writeFileSync(join(root, 'file'), 'x')
    expect(() => prepareDataDir(join(root, 'file', 'data'))).toThrow(
      /^ENOTDIR: part of the path .*file\/data is a file, not a folder/,
    )
  })

  it('names the cause of each file-system error, and keeps unknown ones as they are', () => {
    expect(explainFileError(failure('EROFS'), '/d')).toMatch(
      /^EROFS: \/d is on a read-only file system/,
    )
    expect(explainFileError(failure('EACCES'), '/d')).toMatch(/^EACCES: this user .* in \/d: fix/)
    expect(explainFileError(failure('ENOSPC'), '/d')).toMatch(
      /^ENOSPC: no space left to create \/d/,
    )
    expect(explainFileError(failure('EWHAT', 'odd'), '/d')).toBe('EWHAT: odd')
    expect(explainFileError(new Error('plain'), '/d')).toBe('plain')
  })

  it('says what a SQLite error means for the file and what to do', () => {
    expect(explainSqliteError(failure('SQLITE_NOTADB', 'file is not a database'), '/d')).toBe(
      'SQLITE_NOTADB: /d/headway.db is not a SQLite database (file is not a database); headway left it unchanged: move it away to start afresh, or restore a backup',
    )
    expect(explainSqliteError(failure('SQLITE_CORRUPT'), '/d')).toMatch(
      /\/d\/headway\.db is damaged/,
    )
    expect(explainSqliteError(failure('SQLITE_FULL'), root)).toMatch(
      /^SQLITE_FULL: cannot write .*headway\.db: the disk holding .* (is full|may be full)/,
    )
    expect(explainSqliteError(failure('SQLITE_READONLY_DIRECTORY'), '/d')).toMatch(
      /cannot write \/d\/headway\.db or create files beside it .*permissions of \/d/,
    )
    expect(explainSqliteError(failure('SQLITE_BUSY', 'database is locked'))).toMatch(
      /^SQLITE_BUSY: headway\.db stayed locked by another program/,
    )
    expect(explainSqliteError(new Error('no code'))).toBe('no code')
  })
})

describe('file modes', () => {
  it('makes a new data folder 0700 and the database with its -wal and -shm 0600', async () => {
    const dir = join(root, 'private', 'data')
    const store = connect({ dataDir: dir })
    try {
      await sql`create table t (x integer)`.execute(store.db)
      await sql`insert into t values (1)`.execute(store.db)
      expect(statSync(dir).mode & 0o777).toBe(0o700)
      for (const suffix of ['', '-wal', '-shm']) {
        expect((statSync(join(dir, DATABASE_FILE + suffix)).mode & 0o777).toString(8)).toBe('600')
      }
    } finally {
      await store.close()
    }
  })

  it('tightens a database file an older version left readable by others', () => {
    const dir = join(root, 'older')
    mkdirSync(dir)
    writeFileSync(join(dir, DATABASE_FILE), '', { mode: 0o644 })
    prepareDataDir(dir)
    expect(statSync(join(dir, DATABASE_FILE)).mode & 0o777).toBe(0o600)
  })
})
