/**
 * Build the startup snapshot of `headway analyze` (src/cli/snapshot.ts says why):
 * bundle src/cli/snapshot-entry.ts into one script with esbuild (a snapshot entry
 * cannot require() user modules), run it under `node --build-snapshot`, and write
 * `analyze.blob` plus a stamp naming the Node that built it. On any failure no
 * blob is left, and the CLI takes its normal path. `npm run build` runs this for
 * dist/cli; scripts/build-cli.ts for the private builds of tests and benches.
 */
import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { currentStamp, type SnapshotStamp } from '../src/cli/snapshot.js'

const root = fileURLToPath(new URL('../', import.meta.url))

/**
 * Keep out of the bundle what only `--company` and `--audio` load (the launcher
 * sends those to the normal path), and let wink read its model JSON as data at
 * build time: the original inlines it as a JS literal and keeps a second copy,
 * 8 MB of heap every run would deserialize for nothing.
 */
export const analyzeOnly: Plugin = {
  name: 'analyze-only',
  setup(b) {
    b.onResolve({ filter: /(\/read-company|\/io\/speech)\.js$/ }, (args) => ({
      path: args.path,
      namespace: 'not-in-snapshot',
    }))
    b.onLoad({ filter: /.*/, namespace: 'not-in-snapshot' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not in the analyze snapshot`)})`,
      loader: 'js',
    }))
    // headway's pipe leaves sentiment out (src/core/text/nlp.ts), yet wink loads its
    // 12,000-state machine all the same: an empty machine instead, a tenth of the heap.
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]load-sa-model\.js$/ }, () => ({
      contents: `module.exports=()=>({machines:[${JSON.stringify(EMPTY_MACHINE)}],setter:require("./sa-setter.js")})`,
      loader: 'js',
    }))
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, (args) => {
      const modelPath = createRequire(args.path).resolve(
        './languages/cur/models/eng-core-web-model.json',
      )
      const { contents } = patchCoreModelLoader(readFileSync(args.path, 'utf8'), modelPath)
      return { contents, loader: 'js' }
    })
  },
}

/**
 * wink's read-core-model.js, patched to read its model JSON as data and to keep the
 * lexemes flat. Each patch matches wink-eng-lite-web-model 1.8's code by text; another
 * version's code is bundled as it is (a bigger blob, the same answers), and the flags
 * say which patches took, so a test can tell an upgrade that lost them.
 */
export function patchCoreModelLoader(
  source: string,
  modelPath: string,
): { contents: string; modelAsData: boolean; flatLexemes: boolean } {
  const patched = source
    .replace(
      'const originalModel=require("./languages/cur/models/eng-core-web-model.json"),',
      'const ',
    )
    .replace(
      'JSON.parse(JSON.stringify(originalModel))',
      `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(modelPath)},"utf8"))`,
    )
  const modelAsData = patched !== source && !patched.includes('originalModel')
  const contents = compactLexemeHash(modelAsData ? patched : source)
  return { contents, modelAsData, flatLexemes: contents.includes('.compactLexemes(featuresData') }
}

/** wink's automaton.js `emptyModelJSON()`: a machine that recognises nothing. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]'

const LEXEME_HASH_LOOP =
  'featuresData.lexeme.hash=Object.create(null);for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash[featuresData.lexeme.list[k]]=k;'

/**
 * wink's lexeme list and dictionary as the flat objects of src/cli/snapshot-lexemes.ts,
 * a third of the heap each start deserializes; left as it is if wink's code changed.
 */
function compactLexemeHash(source: string): string {
  const compact = JSON.stringify(join(root, 'src/cli/snapshot-lexemes.ts'))
  return source.replace(
    LEXEME_HASH_LOOP,
    `Object.assign(featuresData.lexeme,require(${compact}).compactLexemes(featuresData.lexeme));`,
  )
}

/**
 * `\uXXXX` for every non-ASCII UTF-16 unit esbuild left (it keeps them in regex
 * literals), taking the identity escape `\–` along: the same string or pattern.
 */
export function escapeNonAscii(source: string): string {
  return source.replace(
    /\\?([\u0080-\uffff])/g,
    (_, char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * Node's own code cache for its built-in modules would be 3 of the blob's 11 MB, and
 * Node reads a blob twice over (zero-filled, then copied) before V8 deserializes
 * it: the analyze path loads no built-in module after the snapshot, so it goes
 * without (`withoutCodeCache`, Node 20.12+; before that, the plain builder).
 */
function builderArgs(work: string, bundle: string): string[] {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 12)) return ['--build-snapshot', bundle]
  const config = join(work, 'snapshot-config.json')
  writeFileSync(config, JSON.stringify({ builder: bundle, withoutCodeCache: true }))
  return ['--build-snapshot-config', config]
}

/**
 * The `headway` command (src/cli/launcher.sh) beside the blob, with the flags the blob
 * must run under; with no flags (no blob) it runs bin.js for every command.
 */
function writeLauncher(cliDir: string, flags: readonly string[]): void {
  const launcher = join(cliDir, 'headway')
  const template = readFileSync(join(root, 'src/cli/launcher.sh'), 'utf8')
  writeFileSync(launcher, template.replace('@SNAPSHOT_FLAGS@', flags.join(' ')))
  chmodSync(launcher, 0o755)
}

/**
 * Write `cliDir/analyze.blob`, its stamp and the `headway` launcher; returns false
 * (and leaves no blob, the launcher taking the normal path) if the blob failed.
 */
export async function buildSnapshot(cliDir: string): Promise<boolean> {
  const blob = join(cliDir, 'analyze.blob')
  rmSync(blob, { force: true })
  rmSync(`${blob}.json`, { force: true })
  writeLauncher(cliDir, [])
  const work = mkdtempSync(join(tmpdir(), 'headway-snapshot-'))
  try {
    const bundle = join(work, 'analyze-snapshot.cjs')
    await build({
      entryPoints: [join(root, 'src/cli/snapshot-entry.ts')],
      outfile: bundle,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
      plugins: [analyzeOnly],
      // The source stays in the heap (V8 compiles lazily from it): keep it small, and
      // one-byte, which a single non-ASCII character left in a regex would double.
      minify: true,
      keepNames: true,
      charset: 'ascii',
      // Class fields as constructor assignments: on Node 20 a class-field initializer first
      // compiled after deserialization crashed V8 (SIGTRAP) in this bundle. import() as
      // require(): the snapshot has no dynamic-import callback, and batch loads
      // node:worker_threads late (pool.ts says why).
      supported: { 'class-field': false, 'dynamic-import': false },
    })
    writeFileSync(bundle, escapeNonAscii(readFileSync(bundle, 'utf8')))
    // A hash seed fixed per build spares every run from rehashing the heap's hash tables
    // (the 87,000-word lexicon most), a tenth of its start; V8 refuses the blob under other flags.
    const flags = [`--hash-seed=${randomInt(1, 2 ** 47)}`, '--no-rehash-snapshot']
    const made = spawnSync(
      process.execPath,
      [...flags, '--snapshot-blob', blob, ...builderArgs(work, bundle)],
      { cwd: work, encoding: 'utf8' },
    )
    if (made.status !== 0) {
      rmSync(blob, { force: true })
      process.stderr.write(
        `headway: no analyze snapshot (the CLI still works, slower to start): ${made.stderr || made.error?.message}\n`,
      )
      return false
    }
    const stamp: SnapshotStamp = { ...currentStamp(), flags }
    writeFileSync(`${blob}.json`, `${JSON.stringify(stamp)}\n`)
    writeLauncher(cliDir, flags)
    return true
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now()
  const built = await buildSnapshot(join(root, 'dist/cli'))
  if (built)
    console.log(`built dist/cli/analyze.blob in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
