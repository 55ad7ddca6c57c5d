import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { dirname, extname, join, normalize, sep } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'

/**
 * The built web app: files from `webDir`, and index.html for any other path the
 * browser asks for (client-side routes). Paths cannot leave `webDir`.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
}

function packageDir(specifier: string): string {
  return dirname(fileURLToPath(import.meta.resolve(specifier)))
}

/**
 * On-device speech: the Moonshine tiny English model (28 MB) and onnxruntime-web's
 * WebAssembly (15 MB) and its glue, served from the packages in node_modules
 * rather than copied into every web build, so the page loads them from its own
 * origin. Only these files: the URL names an entry here, never a path.
 */
function speechAssets(): Map<string, string> {
  // Both packages export only their bundles; the files sit beside or under them.
  const model = join(packageDir('@usefulsensors/moonshine-js'), 'model/tiny/quantized')
  const ort = packageDir('onnxruntime-web')
  return new Map([
    ['/speech/model/encoder_model.onnx', join(model, 'encoder_model.onnx')],
    ['/speech/model/decoder_model_merged.onnx', join(model, 'decoder_model_merged.onnx')],
    ['/speech/ort/ort-wasm-simd-threaded.wasm', join(ort, 'ort-wasm-simd-threaded.wasm')],
    ['/speech/ort/ort-wasm-simd-threaded.mjs', join(ort, 'ort-wasm-simd-threaded.mjs')],
  ])
}

let speech: Map<string, string> | undefined

/** The file behind a speech asset URL, or undefined. */
export function speechAssetPath(urlPath: string): string | undefined {
  speech ??= speechAssets()
  return speech.get(urlPath)
}

async function fileAt(path: string): Promise<{ path: string; size: number } | undefined> {
  try {
    const info = await stat(path)
    return info.isFile() ? { path, size: info.size } : undefined
  } catch {
    return undefined
  }
}

export async function serveStatic(
  webDir: string,
  urlPath: string,
  method: string,
): Promise<Response | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  if (decoded.startsWith('/speech/')) return serveSpeechAsset(decoded, method)
  const root = normalize(webDir)
  const candidate = normalize(join(root, decoded))
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return undefined
  }
  const file = (await fileAt(candidate)) ?? (await fileAt(join(root, 'index.html')))
  if (!file) return undefined
  const type = TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream'
  const hashed =
    /[.-][A-Za-z0-9_-]{8,}\.\w+$/.test(file.path) && file.path.includes(`${sep}assets${sep}`)
  const headers = {
    'Content-Type': type,
    'Content-Length': String(file.size),
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  if (method === 'HEAD') return new Response(null, { headers })
  const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream
  return new Response(body, { headers })
}

async function serveSpeechAsset(urlPath: string, method: string): Promise<Response | undefined> {
  const path = speechAssetPath(urlPath)
  const file = path ? await fileAt(path) : undefined
  if (!file) return undefined
  const headers = {
    'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream',
    'Content-Length': String(file.size),
    // Not content-hashed URLs: the page keeps its own copy (Cache Storage) for offline use.
    'Cache-Control': 'public, max-age=86400',
  }
  if (method === 'HEAD') return new Response(null, { headers })
  return new Response(Readable.toWeb(createReadStream(file.path)) as ReadableStream, { headers })
}
