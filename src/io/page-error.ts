/**
 * A page headway will not clean, with the reason in words. Its own module so the server
 * can map it to a response without loading the HTML parsers (page-text.ts) at start-up.
 */
export class PageError extends Error {
  override readonly name = 'PageError'
}
