/** A document names another (companyId, applicationId, answerId) that the owner does not have. */
export class MissingReferenceError extends Error {
  override readonly name = 'MissingReferenceError'
  constructor(readonly field: string) {
    super(`${field} does not name one of your objects`)
  }
}
