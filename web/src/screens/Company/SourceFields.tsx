import { useId } from 'react'

export type SourceKind = 'url' | 'html' | 'text'
export interface Source {
  kind: SourceKind
  url: string
  follow: boolean
  html: { name: string; text: string } | undefined
  text: string
}
export const BLANK_SOURCE: Source = {
  kind: 'url',
  url: '',
  follow: true,
  html: undefined,
  text: '',
}
const MAX_HTML = 9_000_000

interface Props {
  value: Source
  onChange: (next: Source) => void
  onError: (error: Error) => void
}

/** Where the company's page comes from: a web address, a saved .html file, or pasted text. */
export function SourceFields({ value, onChange, onError }: Props) {
  const id = useId()
  const set = (patch: Partial<Source>) => onChange({ ...value, ...patch })
  return (
    <>
      <fieldset>
        <legend>Where is the company's page?</legend>
        {(
          [
            ['url', 'A web address'],
            ['html', 'A saved page (.html file)'],
            ['text', 'Pasted text'],
          ] as const
        ).map(([k, label]) => (
          <label key={k} className="check">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={value.kind === k}
              onChange={() => set({ kind: k })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {value.kind === 'url' ? (
        <>
          <label htmlFor={`${id}-url`}>
            Page address
            <span className="hint">
              headway fetches this page
              {value.follow
                ? ' and up to 5 of its own about, values and careers pages'
                : ', nothing else'}
              .
            </span>
          </label>
          <input
            id={`${id}-url`}
            type="url"
            placeholder="https://example.com/about"
            value={value.url}
            onChange={(e) => set({ url: e.target.value })}
          />
          <label className="inline">
            <input
              type="checkbox"
              checked={value.follow}
              onChange={(e) => set({ follow: e.target.checked })}
            />{' '}
            Also read the site's about, values and careers pages
          </label>
        </>
      ) : null}
      {value.kind === 'html' ? (
        <>
          <label htmlFor={`${id}-file`}>
            Saved page
            <span className="hint">In your browser: File › Save page as… (HTML only).</span>
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".html,.htm,text/html"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (!file) return
              if (file.size > MAX_HTML) {
                onError(new Error('That file is over 9 MB. Save the page as “HTML only”.'))
                return
              }
              file.text().then(
                (t) => set({ html: { name: file.name, text: t } }),
                (err: unknown) => onError(err as Error),
              )
            }}
          />
          {value.html ? <p className="small muted">Loaded {value.html.name}.</p> : null}
        </>
      ) : null}
      {value.kind === 'text' ? (
        <>
          <label htmlFor={`${id}-text`}>Text of the company's pages</label>
          <textarea
            id={`${id}-text`}
            rows={6}
            value={value.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </>
      ) : null}
    </>
  )
}

/** The body of POST /api/company/extract for a source, or an Error that says what is missing. */
export function extractBody(s: Source, job: string): Record<string, string | boolean> | Error {
  const body: Record<string, string | boolean> = {}
  if (s.kind === 'url') {
    if (!/^https?:\/\/\S+$/.test(s.url.trim()))
      return new Error('Enter a full web address starting with https://')
    body.url = s.url.trim()
    if (s.follow) body.follow = true
  } else if (s.kind === 'html') {
    if (!s.html) return new Error('Choose a saved page (.html) first.')
    body.html = s.html.text
  } else {
    if (!s.text.trim()) return new Error("Paste the text of the company's pages first.")
    body.text = s.text
  }
  if (job.trim()) body.job = job
  return body
}
