import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/server/config.js'
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../src/server/security.js'
import { serveStatic, speechAssetPath } from '../../src/server/static.js'

const webDir = mkdtempSync(join(tmpdir(), 'headway-web-'))

describe('on-device speech assets, from the page’s own origin', () => {
  it('serves the two model files from the installed package, and nothing else under /speech/', async () => {
    for (const name of ['encoder_model.onnx', 'decoder_model_merged.onnx']) {
      const path = speechAssetPath(`/speech/model/${name}`)
      expect(path).toBeDefined()
      const response = await serveStatic(webDir, `/speech/model/${name}`, 'HEAD')
      expect(response?.status).toBe(200)
      expect(response?.headers.get('content-length')).toBe(String(statSync(path as string).size))
    }
    const full = await serveStatic(webDir, '/speech/model/encoder_model.onnx', 'GET')
    expect((await full?.arrayBuffer())?.byteLength).toBeGreaterThan(1_000_000)
    for (const other of [
      '/speech/model/../../package.json',
      '/speech/model/%2e%2e/%2e%2e/package.json',
      '/speech/model/decoder_model.onnx',
      '/speech/',
    ]) {
      expect(await serveStatic(webDir, other, 'GET')).toBeUndefined()
    }
  })

  it('makes the page cross-origin isolated and lets it compile WebAssembly, and no more', async () => {
    const app = new Hono()
    app.use('*', securityHeaders(resolveConfig({ mode: 'local' })))
    app.get('/', (c) => c.text('ok'))
    const res = await app.request('/')
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin')
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'")
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';")
  })
})
