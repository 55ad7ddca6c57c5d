import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { buildSnapshot } from './build-snapshot.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const src = join(root, 'src')

/** Every file under `dir`, as absolute paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  return Math.max(0, ...filesUnder(dir).map((file) => statSync(file).mtimeMs))
}

/**
 * Compile src/ (tests left out) into `out`, a private folder under test-artifacts,
 * so suites and benches neither need nor clobber dist/, unless the last build
 * started after every file in src/ was written. Returns the seconds spent
 * compiling, 0 when the build was fresh.
 *
 * esbuild strips the types file by file, as tsc emits them (verbatimModuleSyntax
 * keeps every type-only import marked, so nothing else changes), in well under a
 * second where tsc takes 20 to 50 s on a busy 2-core machine; type errors are the
 * type-check's business. The JSON lexicons are copied beside, as tsc does, and
 * the analyze startup snapshot is built as `npm run build` builds it.
 */
export async function buildCli(out: string): Promise<number> {
  const stamp = join(out, '.build-started')
  const builtAt = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : 0
  if (existsSync(join(out, 'cli/main.js')) && builtAt > newest(src)) return 0
  const started = Date.now()
  rmSync(out, { recursive: true, force: true })
  const files = filesUnder(src)
  await build({
    entryPoints: files.filter((f) => f.endsWith('.ts') && !/\.(test|d)\.ts$/.test(f)),
    outdir: out,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20.10+ reads `with { type: 'json' }`; esbuild's table would drop it for node20.
    supported: { 'import-attributes': true },
    logLevel: 'error',
  })
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const target = join(out, relative(src, file))
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(file, target)
  }
  // The analyze snapshot too, so the built CLI starts as dist/ does (no blob: the normal path).
  await buildSnapshot(join(out, 'cli'))
  writeFileSync(stamp, String(started))
  return (Date.now() - started) / 1000
}
