/**
 * The core's on-device speech, for the speech worker and the recording hooks
 * (web/src/speech): chunking, Moonshine decoding, voice timing and the model's
 * sample rate. Its own entry so the first screens and the lazy core never carry
 * it; each importer bundles only what it names.
 */
export {
  type MoonshineModel,
  type SpeechSession,
  type SpeechTensor,
  speechChunks,
  transcribeChunk,
} from '../../../src/core/speech/moonshine.js'
export { type AudioTiming, audioTiming, voiceSegments } from '../../../src/core/speech/voice.js'
export { MODEL_SAMPLE_RATE } from '../../../src/core/speech/wav.js'
