import { useId, useRef, useState } from 'react'
import {
  CAREER_CHANGE_CRITERIA,
  CORE_CRITERIA,
  type CritiqueContext,
  type Report,
} from '../core/index.js'
import { useCritique } from '../hooks/useCritique.js'
import { CritiquePanel } from './CritiquePanel.js'
import { findingsAt, segments } from './segments.js'

interface Props {
  value: string
  onChange: (text: string) => void
  context?: CritiqueContext
  label: string
  hint?: string
  /** Called with each fresh report, e.g. to save it with a version. */
  onReport?: (report: Report) => void
}

/**
 * A textarea with a live critique beside it: the score, each criterion as a bar,
 * flagged spans highlighted in a layer behind the text, and the findings as a
 * list that selects its span. Every region has a fixed size, so nothing jumps
 * as the critique changes.
 */
export function CritiqueEditor({ value, onChange, context, label, hint }: Props) {
  const id = useId()
  const areaRef = useRef<HTMLTextAreaElement>(null)
  const layerRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<number[]>([])
  const [caret, setCaret] = useState<number | null>(null)
  const [hover, setHover] = useState<number[]>([])
  const { report, ms, ready, error } = useCritique(value, context)
  const findings = report?.findings ?? []
  // Findings about the whole answer (length, a missing horizon) would paint everything:
  // they are listed, but only findings about a phrase are highlighted in the text.
  const local = findings.map((f) => f.span[1] - f.span[0] < Math.max(80, value.length * 0.6))
  const highlighted = findings.filter((_, i) => local[i])
  const toAll = findings.map((_, i) => i).filter((i) => local[i])
  const criteria = context?.careerChange
    ? [...CORE_CRITERIA, ...CAREER_CHANGE_CRITERIA]
    : CORE_CRITERIA
  const atCaret = caret === null ? [] : findingsAt(findings, caret).filter((i) => local[i])
  // Advice for the phrase under the caret (keyboard, click) or else under the mouse.
  const here = atCaret.length ? atCaret : hover
  const lit = new Set([...active, ...here])

  // The marks lie under the textarea with the same layout, so their boxes tell which
  // flagged phrase the mouse is over.
  const onHover = (x: number, y: number) => {
    let found: number[] = []
    for (const mark of layerRef.current?.querySelectorAll<HTMLElement>('mark[data-f]') ?? []) {
      for (const r of mark.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          found = (mark.dataset.f ?? '').split(',').map(Number)
        }
      }
    }
    if (found.join() !== hover.join()) setHover(found)
  }

  const syncScroll = () => {
    if (areaRef.current && layerRef.current) layerRef.current.scrollTop = areaRef.current.scrollTop
  }
  const select = (i: number) => {
    const f = findings[i]
    const area = areaRef.current
    if (!f || !area) return
    area.focus()
    area.setSelectionRange(f.span[0], f.span[1])
    setCaret(f.span[0])
  }

  return (
    <div className="critique">
      <div>
        <label htmlFor={id}>
          {label}
          {hint ? <span className="hint">{hint}</span> : null}
        </label>
        <div className="editor">
          <div className="editor-layer" ref={layerRef} aria-hidden="true">
            {segments(value, highlighted).map((s) =>
              s.findings.length ? (
                <mark
                  key={s.start}
                  data-f={s.findings.map((k) => toAll[k]).join(',')}
                  className={s.findings.some((k) => lit.has(toAll[k] ?? -1)) ? 'active' : ''}
                >
                  {value.slice(s.start, s.end)}
                </mark>
              ) : (
                <span key={s.start}>{value.slice(s.start, s.end)}</span>
              ),
            )}
            {'\u200b'}
          </div>
          <textarea
            id={id}
            ref={areaRef}
            value={value}
            spellCheck
            aria-describedby={`${id}-cursor`}
            onChange={(e) => onChange(e.target.value)}
            onScroll={syncScroll}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
            onBlur={() => setCaret(null)}
            onMouseMove={(e) => onHover(e.clientX, e.clientY)}
            onMouseLeave={() => setHover([])}
          />
        </div>
        <p id={`${id}-cursor`} className="at-cursor small" aria-live="polite">
          {here.length
            ? here
                .map((k) => findings[k])
                .map((f) => (f ? `${f.message}${f.suggestion ? ` Try: ${f.suggestion}` : ''}` : ''))
                .join(' ')
            : 'Point at or move the cursor into a highlighted phrase to read the advice here.'}
        </p>
      </div>
      <CritiquePanel
        report={report}
        ms={ms}
        ready={ready}
        error={error}
        criteria={criteria}
        text={value}
        context={context}
        lit={lit}
        onSelect={select}
        onActive={setActive}
      />
    </div>
  )
}
