import { defaultClientConditions, defineConfig } from 'vite'

/**
 * The browser app. No React plugin: Vite's built-in transform compiles JSX with
 * the automatic runtime. `development` must follow the mode: the dev runtime
 * (jsxDEV) in a production build costs about 4 ms per keystroke in the editor.
 * The build goes to web/dist, which the server serves.
 */
export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  base: '/',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react', development: mode !== 'production' },
  },
  // onnxruntime-web's build that loads its WebAssembly glue (ort-wasm-simd-threaded.mjs)
  // from /speech/ort/ instead of inlining it: with threads, its workers then start
  // from that self-contained file, not from an app chunk that touches the DOM.
  resolve: { conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions] },
  // The speech worker is an ES module: onnxruntime-web imports its glue from /speech/ort/.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The wink-nlp English model is ~3 MB of data; it is one lazily loaded chunk by design.
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
    // The microphone's AudioWorklet module stays a file: a data: URL is script the CSP refuses.
    assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
  },
  // `vite web` for development: the API and the speech model of `headway serve` (default port 4317) behind it.
  server: { proxy: { '/api': 'http://127.0.0.1:4317', '/speech': 'http://127.0.0.1:4317' } },
}))
