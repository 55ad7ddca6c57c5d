import model from 'wink-eng-lite-web-model'
import winkNLP, { type WinkMethods } from 'wink-nlp'

let instance: WinkMethods | undefined

/**
 * wink's annotations headway reads: sentences, POS tags and entities. Its negation
 * and sentiment passes are left out (scope.ts handles negation; nothing reads
 * sentiment), which makes every readDoc about a sixth cheaper.
 */
const PIPE = ['sbd', 'pos', 'ner']

/**
 * The one wink-nlp instance. Loading the model costs ~100 ms, so it is made on
 * first use and shared; wink's readDoc keeps no state between documents.
 */
export function nlp(): WinkMethods {
  instance ??= winkNLP(model, PIPE)
  return instance
}
