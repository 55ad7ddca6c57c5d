import { useId } from 'react'
import { LinesField } from '../../components/LinesField.js'
import type { SectionProps } from './section.js'

/** Name, role, passions, values, aspirations, resources and people admired. */
export function AboutYou({ p, set }: SectionProps) {
  const id = useId()
  return (
    <section className="card" aria-labelledby={`${id}-about`}>
      <h2 id={`${id}-about`}>About you</h2>
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="name"
            value={p.name ?? ''}
            onChange={(e) => set({ name: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-role`}>Current role</label>
          <input
            id={`${id}-role`}
            type="text"
            value={p.currentRole ?? ''}
            onChange={(e) => set({ currentRole: e.target.value })}
          />
        </div>
      </div>
      <div className="grid-2">
        <LinesField
          label="Passions"
          hint="What you love doing. One per line."
          value={p.passions}
          onChange={(passions) => set({ passions })}
        />
        <LinesField
          label="Values"
          hint="What matters to you at work. One per line."
          value={p.values}
          onChange={(values) => set({ values })}
        />
        <LinesField
          label="Aspirations (5 to 10 years)"
          hint="Where you want to be, in your own words. One per line."
          value={p.aspirations}
          onChange={(aspirations) => set({ aspirations })}
        />
        <LinesField
          label="Resources and support"
          hint="Mentors, courses, time, money. One per line."
          value={p.resources}
          onChange={(resources) => set({ resources })}
        />
        <LinesField
          label="People you admire"
          hint="One per line, as “Name: why”."
          value={p.admired.map((a) => (a.why ? `${a.name}: ${a.why}` : a.name))}
          onChange={(lines) =>
            set({
              admired: lines.slice(0, 20).map((l) => {
                const [name = '', ...why] = l.split(':')
                const w = why.join(':').trim()
                return w ? { name: name.trim() || l, why: w } : { name: name.trim() || l }
              }),
            })
          }
        />
      </div>
    </section>
  )
}
