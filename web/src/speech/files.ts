/** The model's files on headway's origin, and the Cache Storage that keeps them. */
export const MODEL_FILES = ['encoder_model.onnx', 'decoder_model_merged.onnx'] as const
export const MODEL_URL = '/speech/model/'
export const MODEL_CACHE = 'headway-speech-moonshine-tiny-v1'

/** True when both model files are already in this browser's Cache Storage. */
export async function modelIsCached(): Promise<boolean> {
  if (typeof caches === 'undefined') return false
  try {
    const cache = await caches.open(MODEL_CACHE)
    const hits = await Promise.all(MODEL_FILES.map((f) => cache.match(MODEL_URL + f)))
    return hits.every(Boolean)
  } catch {
    return false
  }
}
