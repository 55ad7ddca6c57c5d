/** An error that says what happened and what to do next. */
export function ErrorNote({ error, what }: { error: Error | undefined; what?: string }) {
  if (!error) return null
  return (
    <div className="error" role="alert">
      <strong>{what ? `Could not ${what}.` : 'Something went wrong.'}</strong> {error.message}
    </div>
  )
}
