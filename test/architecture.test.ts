import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The layout is the architecture (docs/ARCHITECTURE.md): imports run one way, from
 * the edges down to the pure core, and inside core from the floor it stands on
 * down. This reads every import in src (type-only and dynamic ones too) and
 * fails on a cycle or on an import that climbs.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')
const web = join(root, 'web', 'src')

/** Top-level floors: a folder may import its own floor's folder or any floor below. */
const EDGE_FLOORS: readonly (readonly string[])[] = [['core'], ['io', 'store'], ['server'], ['cli']]

/**
 * Floors inside src/core, lowest first (lexicons → text → vocab → goals → align →
 * compose, critique beside). Lexicons are pure data and import nothing of core, so
 * the text floor may read its word lists from them.
 */
const CORE_FLOORS: readonly (readonly string[])[] = [
  ['lexicons'],
  ['text'],
  ['contracts'],
  ['vocab'],
  ['goals', 'critique', 'company', 'speech'],
  ['align'],
  ['compose', 'practice'],
  ['index.ts'],
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : []
  })
}

function containsJsx(node: ts.Node): boolean {
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) {
    return true
  }
  return ts.forEachChild(node, containsJsx) === true
}

/**
 * Each React component of a file with its length in lines: a function (declared,
 * or an arrow or function expression bound to a name) whose name starts with a
 * capital and whose body holds JSX. Nested components count on their own and
 * inside their parent, so a parent cannot hide its size in an inner function.
 */
function componentLengths(path: string, text: string): { name: string; lines: number }[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: { name: string; lines: number }[] = []
  const lineOf = (pos: number): number => file.getLineAndCharacterOfPosition(pos).line
  const visit = (node: ts.Node, boundName: string | undefined): void => {
    const isFunction =
      ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)
    if (isFunction && node.body) {
      const name = (ts.isFunctionDeclaration(node) && node.name?.text) || boundName
      if (name && /^[A-Z]/.test(name) && containsJsx(node.body)) {
        found.push({ name, lines: lineOf(node.getEnd()) - lineOf(node.getStart(file)) + 1 })
      }
    }
    const name =
      ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : undefined
    ts.forEachChild(node, (child) => visit(child, name ?? (isFunction ? undefined : boundName)))
  }
  visit(file, undefined)
  return found
}

/** Each source file (relative to src) with the src files it imports. */
function importGraph(): Map<string, string[]> {
  const files = sourceFiles(src).map((f) => relative(src, f))
  const known = new Set(files)
  const resolve = (from: string, spec: string): string | undefined => {
    const base = normalize(join(dirname(from), spec)).replace(/\.js$/, '')
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((c) => known.has(c))
  }
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(src, file), 'utf8'), true, true)
    const targets = info.importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(file, spec))
      .filter((t): t is string => t !== undefined)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** Strongly connected components with more than one file (or a file importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next)
    next++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string | undefined
    do {
      w = stack.pop()
      if (w === undefined) break
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

function floorOf(floors: readonly (readonly string[])[], name: string): number {
  return floors.findIndex((f) => f.includes(name))
}

/** Imports that climb a floor or cross to a sibling folder on the same floor. */
function climbs(graph: Map<string, string[]>): string[] {
  const wrong: string[] = []
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [a = '', aSub = ''] = from.split('/')
      const [b = '', bSub = ''] = to.split('/')
      if (a !== b) {
        const fa = floorOf(EDGE_FLOORS, a)
        const fb = floorOf(EDGE_FLOORS, b)
        if (fb >= fa) wrong.push(`${from} -> ${to}`)
      } else if (a === 'core' && aSub !== bSub) {
        const fa = floorOf(CORE_FLOORS, aSub)
        const fb = floorOf(CORE_FLOORS, bSub)
        if (fb >= fa) wrong.push(`${from} -> ${to}`)
      }
    }
  }
  return wrong.sort()
}

describe('the import graph of src', () => {
  const graph = importGraph()

  it('reads the files and their imports', () => {
    expect(graph.size).toBeGreaterThan(100)
    expect(graph.get('cli/main.ts')).toContain('cli/commands/index.ts')
  })

  it('places every folder on a floor', () => {
    const unplaced = [...graph.keys()].flatMap((f) => {
      const [top = '', sub = ''] = f.split('/')
      if (floorOf(EDGE_FLOORS, top) < 0) return [f]
      return top === 'core' && floorOf(CORE_FLOORS, sub) < 0 ? [f] : []
    })
    expect(unplaced).toEqual([])
  })

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('imports only down the floors (core never reaches io, store, server or cli)', () => {
    expect(climbs(graph)).toEqual([])
  })

  it('keeps every source file at 400 lines or fewer (one job per file)', () => {
    const long = [...graph.keys()].filter(
      (f) => readFileSync(join(src, f), 'utf8').split('\n').length > 401,
    )
    expect(long).toEqual([])
  })

  it('reads lexicon data only through src/core/lexicons (each file checked by its schema)', () => {
    const everyFile = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('core/lexicons/'))
      .map((f) => join(src, f))
    const raw = everyFile
      .filter((f) =>
        ts
          .preProcessFile(readFileSync(f, 'utf8'), true, true)
          .importedFiles.some((i) => /lexicons\/[^/]+\.json$/.test(i.fileName)),
      )
      .map((f) => relative(root, f))
    expect(everyFile.length).toBeGreaterThan(100)
    expect(raw).toEqual([])
  })

  it('would catch a cycle and a climbing import', () => {
    const bad = new Map([
      ['core/vocab/a.ts', ['core/align/b.ts']],
      ['core/align/b.ts', ['core/vocab/a.ts']],
      ['core/text/c.ts', ['io/d.ts']],
      ['io/d.ts', []],
    ])
    expect(cycles(bad)).toEqual([['core/align/b.ts', 'core/vocab/a.ts']])
    expect(climbs(bad)).toEqual(['core/text/c.ts -> io/d.ts', 'core/vocab/a.ts -> core/align/b.ts'])
  })
})

/**
 * The imports of a web file (path relative to the repository) that land in src/
 * without passing through web/src/core, the web app's one way into the engine.
 */
function webImportsOutsideEntry(file: string, text: string): string[] {
  if (file.startsWith('web/src/core/')) return []
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => normalize(join(dirname(file), spec)).startsWith(`src${sep}`))
}

describe('the web app', () => {
  const files = sourceFiles(web).filter((f) => f.endsWith('.tsx'))

  it('keeps every React component at 200 lines or fewer (split a screen into sections)', () => {
    expect(files.length).toBeGreaterThan(30)
    const long = files.flatMap((f) =>
      componentLengths(f, readFileSync(f, 'utf8'))
        .filter((c) => c.lines > 200)
        .map((c) => `${relative(root, f)} ${c.name}: ${c.lines} lines`),
    )
    expect(long).toEqual([])
  })

  it('reaches src only through web/src/core (core and io alike)', () => {
    const everyFile = sourceFiles(web).concat(
      readdirSync(web, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.test\.tsx?$/.test(f))
        .map((f) => join(web, f)),
    )
    expect(everyFile.length).toBeGreaterThan(30)
    const wrong = everyFile.flatMap((f) => {
      const file = relative(root, f)
      return webImportsOutsideEntry(file, readFileSync(f, 'utf8')).map((s) => `${file} -> ${s}`)
    })
    expect(wrong).toEqual([])
  })

  it('would catch a web file reaching src past web/src/core', () => {
    const text = [
      "import { x } from '../../../../src/io/json-resume.js'",
      "import type { Report } from '../../../../src/core/index.js'",
      "import { y } from '../../core/index.js'",
      "import { z } from 'react'",
    ].join('\n')
    expect(webImportsOutsideEntry('web/src/screens/Me/A.tsx', text)).toEqual([
      '../../../../src/io/json-resume.js',
      '../../../../src/core/index.js',
    ])
    expect(
      webImportsOutsideEntry('web/src/core/b.ts', "export * from '../../../src/io/x.js'"),
    ).toEqual([])
  })

  it('measures a component from its first line to its last', () => {
    const body = Array.from({ length: 201 }, (_, i) => `  const x${i} = ${i}`).join('\n')
    const text = `export function Big() {\n${body}\n  return <p />\n}\nconst Small = () => <b />\nfunction helper() { return 1 }\n`
    expect(componentLengths('big.tsx', text)).toEqual([
      { name: 'Big', lines: 204 },
      { name: 'Small', lines: 1 },
    ])
  })
})
