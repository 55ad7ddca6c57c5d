import type { VoiceSegment } from './voice.js'
import { MODEL_SAMPLE_RATE } from './wav.js'

/**
 * The Moonshine "tiny" English model's decoding loop (encoder once, then the
 * decoder token by token with its key/value cache), written once for both
 * runtimes: onnxruntime-node in the CLI, onnxruntime-web in the browser. The
 * caller loads the two sessions and passes its runtime's Tensor class and the
 * tokenizer's decode, so this file does no I/O.
 */

/** The part of an onnxruntime tensor this loop uses (the same in -node and -web). */
export interface SpeechTensor {
  getData(): Promise<unknown>
}

/** The part of an onnxruntime InferenceSession this loop uses. */
export interface SpeechSession {
  run(feeds: Record<string, SpeechTensor>): Promise<Record<string, SpeechTensor | undefined>>
}

export type TensorData =
  | { type: 'float32'; data: Float32Array }
  | { type: 'int64'; data: BigInt64Array }
  | { type: 'bool'; data: Uint8Array }

export interface MoonshineModel {
  encoder: SpeechSession
  decoder: SpeechSession
  /** The runtime's `new Tensor(type, data, dims)`. */
  tensor(value: TensorData, dims: number[]): SpeechTensor
  /** The tokenizer's decode. */
  decode(tokens: number[]): string
}

/** The shape of the tiny model's decoder cache (from its config). */
const TINY = { layers: 6, kvHeads: 8, headDim: 36 } as const
const START_TOKEN = 1
const END_TOKEN = 2
/** Moonshine emits at most about six tokens a second of audio; more means it is looping. */
const TOKENS_PER_SECOND = 6
/** The same token this many times running is the model looping ("1000000…"), not speech. */
const REPEAT_LIMIT = 6

function argMax(values: ArrayLike<number>): number {
  let best = 0
  for (let i = 1; i < values.length; i++) {
    if ((values[i] as number) > (values[best] as number)) best = i
  }
  return best
}

/** Transcribe one stretch of 16 kHz mono audio (at most about 30 seconds). */
export async function transcribeChunk(model: MoonshineModel, audio: Float32Array): Promise<string> {
  const maxTokens = Math.max(1, Math.trunc((audio.length / MODEL_SAMPLE_RATE) * TOKENS_PER_SECOND))
  const encoded = await model.encoder.run({
    input_values: model.tensor({ type: 'float32', data: audio }, [1, audio.length]),
  })
  const hidden = encoded.last_hidden_state
  if (!hidden) throw new Error('the speech encoder gave no output')
  let past: Record<string, SpeechTensor> = {}
  for (let i = 0; i < TINY.layers; i++) {
    for (const part of ['decoder', 'encoder']) {
      for (const kv of ['key', 'value']) {
        past[`past_key_values.${i}.${part}.${kv}`] = model.tensor(
          { type: 'float32', data: new Float32Array(0) },
          [0, TINY.kvHeads, 1, TINY.headDim],
        )
      }
    }
  }
  const tokens = [START_TOKEN]
  for (let step = 0; step < maxTokens; step++) {
    const last = tokens[tokens.length - 1] as number
    const out = await model.decoder.run({
      input_ids: model.tensor({ type: 'int64', data: BigInt64Array.from([BigInt(last)]) }, [1, 1]),
      encoder_hidden_states: hidden,
      use_cache_branch: model.tensor(
        { type: 'bool', data: Uint8Array.from([step > 0 ? 1 : 0]) },
        [1],
      ),
      ...past,
    })
    const logits = out.logits
    if (!logits) throw new Error('the speech decoder gave no output')
    const next = argMax((await logits.getData()) as Float32Array)
    if (next === END_TOKEN) break
    tokens.push(next)
    const tail = tokens.slice(-REPEAT_LIMIT)
    if (tail.length === REPEAT_LIMIT && tail.every((t) => t === next)) {
      tokens.length -= REPEAT_LIMIT - 1
      break
    }
    // The encoder half of the cache is computed on the first step and kept;
    // the decoder half grows every step.
    const present: Record<string, SpeechTensor> = {}
    for (const name of Object.keys(past)) {
      const fresh = out[name.replace('past_key_values', 'present')]
      present[name] =
        fresh && (step === 0 || name.includes('.decoder.')) ? fresh : (past[name] as SpeechTensor)
    }
    past = present
  }
  return model.decode(tokens.slice(1)).trim()
}

/** Stretches longer than this are cut, as the model was trained on short utterances. */
export const MAX_CHUNK_SECONDS = 20
/** Segments closer than this share a chunk; across a longer silence the model starts afresh. */
const JOIN_GAP_SECONDS = 1
/** Audio kept either side of a voice segment, so first and last sounds are not clipped. */
const PAD_SECONDS = 0.2

/**
 * Group voice segments into chunks for the model: segments less than a second
 * apart join while the chunk stays under MAX_CHUNK_SECONDS; a longer segment is cut.
 * Returns [start, end] sample offsets.
 */
export function speechChunks(
  segments: VoiceSegment[],
  totalSamples: number,
  sampleRate = MODEL_SAMPLE_RATE,
): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let previousEnd = Number.NEGATIVE_INFINITY
  for (const s of segments) {
    const near = s.start - previousEnd < JOIN_GAP_SECONDS
    previousEnd = s.end
    let start = Math.max(0, s.start - PAD_SECONDS)
    const end = Math.min(totalSamples / sampleRate, s.end + PAD_SECONDS)
    const last = spans[spans.length - 1]
    if (last && near && end - last[0] <= MAX_CHUNK_SECONDS) {
      last[1] = end
      continue
    }
    while (end - start > MAX_CHUNK_SECONDS) {
      spans.push([start, start + MAX_CHUNK_SECONDS])
      start += MAX_CHUNK_SECONDS
    }
    spans.push([start, end])
  }
  return spans.map(([a, b]) => [Math.round(a * sampleRate), Math.round(b * sampleRate)])
}

/** Transcribe a recording chunk by chunk; `onText` sees each chunk's words as they come. */
export async function transcribe(
  model: MoonshineModel,
  samples: Float32Array,
  segments: VoiceSegment[],
  onText?: (text: string) => void,
): Promise<string> {
  const parts: string[] = []
  for (const [a, b] of speechChunks(segments, samples.length)) {
    const text = await transcribeChunk(model, samples.subarray(a, b))
    if (text) {
      parts.push(text)
      onText?.(text)
    }
  }
  return parts.join(' ')
}
