#!/usr/bin/env node
import { spawnSync } from 'node:child_process'
import { snapshotArgs, snapshotEnv } from './snapshot.js'

const argv = process.argv.slice(2)
const fromSnapshot = snapshotArgs(argv)
// A second node that starts from the saved heap costs less than loading the analyze path here.
// Its stderr is held back so a blob this Node refuses (exit 14, before any output) is never shown.
const child = fromSnapshot
  ? spawnSync(process.execPath, fromSnapshot, {
      stdio: ['inherit', 'inherit', 'pipe'],
      env: snapshotEnv(process.env),
      maxBuffer: 64 * 1024 * 1024,
    })
  : null
const refused = child?.status === 14 && child.stderr.includes('startup snapshot')
if (child && !child.error && !refused) {
  process.stderr.write(child.stderr)
  if (child.signal) process.kill(process.pid, child.signal)
  process.exitCode = child.status ?? 1
} else {
  // Nothing was written if the child could not start or load the blob: run in this process.
  const [{ main }, { settle }] = await Promise.all([import('./main.js'), import('./run.js')])
  settle(main(argv))
}
