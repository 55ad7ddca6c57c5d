import { MODEL_SAMPLE_RATE } from '../core/speech.js'

/**
 * The microphone as 16 kHz mono samples, kept in this page's memory only.
 * The AudioContext runs at the model's rate, so the browser resamples.
 */
export interface Capture {
  /** Everything heard so far. */
  samples(): Float32Array
  stop(): Float32Array
}

export async function startCapture(): Promise<Capture> {
  const stream = await navigator.mediaDevices.getUserMedia({
    // The browser's voice-call processing (echo cancelling, noise gating, gain
    // riding) smears the words the model has to read; it gets the raw signal.
    audio: {
      channelCount: 1,
      echoCancellation: false,
      noiseSuppression: false,
      autoGainControl: false,
    },
  })
  const ctx = new AudioContext({ sampleRate: MODEL_SAMPLE_RATE })
  const source = ctx.createMediaStreamSource(stream)
  await ctx.audioWorklet.addModule(new URL('./recorder-worklet.js', import.meta.url))
  const node = new AudioWorkletNode(ctx, 'headway-recorder')
  const chunks: Float32Array[] = []
  let length = 0
  node.port.onmessage = (e: MessageEvent<Float32Array>) => {
    chunks.push(e.data)
    length += e.data.length
  }
  source.connect(node)
  const samples = () => {
    const all = new Float32Array(length)
    let at = 0
    for (const c of chunks) {
      all.set(c, at)
      at += c.length
    }
    return all
  }
  return {
    samples,
    stop() {
      node.port.onmessage = null
      node.disconnect()
      source.disconnect()
      for (const t of stream.getTracks()) t.stop()
      void ctx.close()
      return samples()
    },
  }
}
