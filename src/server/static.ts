import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { Readable } from 'node:stream'

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
