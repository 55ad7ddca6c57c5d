import { useId, useState } from 'react'

interface Props {
  label: string
  hint?: string
  value: readonly string[]
  onChange: (lines: string[]) => void
  rows?: number
}

/** A list edited as a textarea, one item per line: simple for keyboard and screen readers. */
export function LinesField({ label, hint, value, onChange, rows = 3 }: Props) {
  const id = useId()
  // Keep the raw text while typing so blank lines and trailing spaces survive until blur.
  const [raw, setRaw] = useState(value.join('\n'))
  return (
    <div>
      <label htmlFor={id}>
        {label}
        <span className="hint">{hint ?? 'One per line.'}</span>
      </label>
      <textarea
        id={id}
        rows={rows}
        value={raw}
        onChange={(e) => {
          setRaw(e.target.value)
          onChange(
            e.target.value
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          )
        }}
      />
    </div>
  )
}
