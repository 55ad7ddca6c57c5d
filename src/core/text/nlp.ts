import model from 'wink-eng-lite-web-model'
import winkNLP, { type WinkMethods } from 'wink-nlp'

let instance: WinkMethods | undefined

/**
 * The one wink-nlp instance. Loading the model costs ~100 ms, so it is made on
 * first use and shared; wink's readDoc keeps no state between documents.
 */
export function nlp(): WinkMethods {
  instance ??= winkNLP(model)
  return instance
}
