#!/usr/bin/env node
import { spawnSync } from 'node:child_process'
import { snapshotArgs } from './snapshot.js'

const argv = process.argv.slice(2)
const fromSnapshot = snapshotArgs(argv)
// A second node that starts from the saved heap costs less than loading the analyze path here.
const child = fromSnapshot ? spawnSync(process.execPath, fromSnapshot, { stdio: 'inherit' }) : null
if (child && !child.error) {
  if (child.signal) process.kill(process.pid, child.signal)
  process.exitCode = child.status ?? 1
} else {
  // Nothing was written if the child could not start: run in this process.
  const [{ main }, { settle }] = await Promise.all([import('./main.js'), import('./run.js')])
  settle(main(argv))
}
