import { useId } from 'react'
import { LinesField } from '../../components/LinesField.js'
import type { SectionProps } from './section.js'

const chg = () => ({ from: '', to: '', transferableSkills: [], preparation: [] })

/** Career-change mode: from and to fields, the reason, transferable skills, preparation. */
export function CareerChangeSection({ p, set, replace }: SectionProps) {
  const id = useId()
  return (
    <section className="card" aria-labelledby={`${id}-change`}>
      <h2 id={`${id}-change`}>Career change</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={p.careerChange !== undefined}
          onChange={(e) => {
            if (e.target.checked)
              set({ careerChange: { from: '', to: '', transferableSkills: [], preparation: [] } })
            else {
              const { careerChange: _drop, ...rest } = p
              replace(rest)
            }
          }}
        />
        I am changing careers (adds the career-change checks to the critique and drafts)
      </label>
      {p.careerChange ? (
        <div className="grid-2">
          <div>
            <label htmlFor={`${id}-from`}>From field</label>
            <input
              id={`${id}-from`}
              type="text"
              required
              value={p.careerChange.from}
              onChange={(e) =>
                set({ careerChange: { ...(p.careerChange ?? chg()), from: e.target.value } })
              }
            />
          </div>
          <div>
            <label htmlFor={`${id}-to`}>To field</label>
            <input
              id={`${id}-to`}
              type="text"
              required
              value={p.careerChange.to}
              onChange={(e) =>
                set({ careerChange: { ...(p.careerChange ?? chg()), to: e.target.value } })
              }
            />
          </div>
          <div>
            <label htmlFor={`${id}-why`}>Why you are changing</label>
            <textarea
              id={`${id}-why`}
              rows={3}
              value={p.careerChange.reason ?? ''}
              onChange={(e) =>
                set({ careerChange: { ...(p.careerChange ?? chg()), reason: e.target.value } })
              }
            />
          </div>
          <LinesField
            label="Transferable skills"
            value={p.careerChange.transferableSkills}
            onChange={(transferableSkills) =>
              set({ careerChange: { ...(p.careerChange ?? chg()), transferableSkills } })
            }
          />
          <LinesField
            label="Preparation"
            hint="Courses, certifications, side projects. One per line."
            value={p.careerChange.preparation}
            onChange={(preparation) =>
              set({ careerChange: { ...(p.careerChange ?? chg()), preparation } })
            }
          />
        </div>
      ) : null}
    </section>
  )
}
