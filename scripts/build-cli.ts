import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const root = fileURLToPath(new URL('../', import.meta.url))

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  return time
}

/**
 * Compile the CLI with `tsconfig` into `out` (a private folder under
 * test-artifacts, so suites and benches neither need nor clobber dist/), unless
 * the last build started after every file in src/ was written.
 * Returns the seconds spent compiling, 0 when the build was fresh.
 */
export async function buildCli(tsconfig: string, out: string): Promise<number> {
  const stamp = join(out, '.build-started')
  const builtAt = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : 0
  if (existsSync(join(out, 'cli/main.js')) && builtAt > newest(join(root, 'src'))) return 0
  const started = Date.now()
  rmSync(out, { recursive: true, force: true })
  // Type errors elsewhere in the tree are the type-check's business; tsc still emits.
  await promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig],
    {
      cwd: root,
    },
  ).catch(() => undefined)
  if (existsSync(join(out, 'cli/main.js'))) writeFileSync(stamp, String(started))
  return (Date.now() - started) / 1000
}
