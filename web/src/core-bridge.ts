/**
 * The core functions the screens call directly in the browser (pure, no round
 * trip), gathered in one place. Heavy modules (wink-nlp model) load lazily.
 */
export interface SmartPart {
  id: string
  ok: boolean
  advice?: string
}
export interface SmartResult {
  parts: SmartPart[]
}
