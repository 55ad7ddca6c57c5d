import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import llamaTokenizer from 'llama-tokenizer-js'
import * as ort from 'onnxruntime-node'
import {
  type MoonshineModel,
  type SpeechSession,
  type SpeechTensor,
  transcribe,
} from '../core/speech/moonshine.js'
import { type AudioTiming, audioTiming, voiceSegments } from '../core/speech/voice.js'
import { MODEL_SAMPLE_RATE } from '../core/speech/wav.js'

/**
 * On-device transcription in Node: the Moonshine tiny English model shipped in
 * @usefulsensors/moonshine-js, run by onnxruntime-node. Nothing is downloaded:
 * the model files are read from node_modules.
 */

/** The folder holding the tiny model's encoder_model.onnx and decoder_model_merged.onnx. */
export function moonshineModelDir(): string {
  // The package exports only its bundle (dist/moonshine.min.js); the model sits beside it.
  const bundle = fileURLToPath(import.meta.resolve('@usefulsensors/moonshine-js'))
  return join(dirname(bundle), 'model/tiny/quantized')
}

export interface LoadOptions {
  /** Threads per session; 0 lets onnxruntime choose. */
  threads?: number
}

/** Load the model (about 28 MB read from disk). */
export async function loadSpeechModel(options: LoadOptions = {}): Promise<MoonshineModel> {
  const dir = moonshineModelDir()
  const session: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: options.threads ?? 0,
    interOpNumThreads: 1,
  }
  const encoder = await ort.InferenceSession.create(join(dir, 'encoder_model.onnx'), session)
  const decoder = await ort.InferenceSession.create(join(dir, 'decoder_model_merged.onnx'), session)
  return {
    encoder: encoder as unknown as SpeechSession,
    decoder: decoder as unknown as SpeechSession,
    tensor: ({ type, data }, dims) => new ort.Tensor(type, data, dims) as unknown as SpeechTensor,
    decode: (tokens) => llamaTokenizer.decode(tokens),
  }
}

export interface SpokenAnswer {
  transcript: string
  timing: AudioTiming
}

/** Transcribe 16 kHz mono samples and time the speech in them. */
export async function transcribeSamples(
  model: MoonshineModel,
  samples: Float32Array,
): Promise<SpokenAnswer> {
  const segments = voiceSegments(samples, MODEL_SAMPLE_RATE)
  const transcript = await transcribe(model, samples, segments)
  return { transcript, timing: audioTiming(segments, samples.length / MODEL_SAMPLE_RATE) }
}
