import { z } from 'zod'
import { api } from '../../../../shared/api'
import type { CaseloadFilter } from '../../../../shared/domain/caseload'
import { useSchemaForm } from '../../hooks/useApiForm'

const iso = (d: Date) => d.toISOString().slice(0, 10)

/** School year starts in August: the current one runs Aug 1 to Jul 31. */
function schoolYear(now = new Date()): { from: string; to: string } {
  const y = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1
  return { from: `${y}-08-01`, to: `${y + 1}-07-31` }
}

const PRESETS: { label: string; range: () => { from?: string; to?: string } }[] = [
  { label: 'All time', range: () => ({}) },
  { label: 'This school year', range: () => schoolYear() },
  {
    label: 'Last 12 months',
    range: () => {
      const now = new Date()
      const from = new Date(now)
      from.setFullYear(now.getFullYear() - 1)
      return { from: iso(from), to: iso(now) }
    },
  },
]

/** The date range as the statistics take it; an empty date input means "no limit". */
const blankIsNone = (v: unknown) => (v === '' ? undefined : v)
const datesSchema = z.object({
  from: z.preprocess(blankIsNone, api['caseload.stats'].input.shape.from),
  to: z.preprocess(blankIsNone, api['caseload.stats'].input.shape.to),
})
type Dates = { from: string; to: string }

export function CaseloadFilters({
  filter,
  schools,
  onChange,
}: {
  filter: CaseloadFilter
  schools: string[]
  onChange: (f: CaseloadFilter) => void
}) {
  const form = useSchemaForm<z.output<typeof datesSchema>, Dates>(datesSchema as never, {
    defaultValues: { from: filter.from ?? '', to: filter.to ?? '' },
  })
  const { errors } = form.formState
  // A school named by the address but not (or not yet) in the list is still shown as chosen.
  const options = filter.school && !schools.includes(filter.school) ? [filter.school, ...schools] : schools
  const apply = (next: Partial<CaseloadFilter>) => {
    const f: CaseloadFilter = { ...filter, ...next }
    for (const k of ['from', 'to', 'school'] as const) if (!f[k]) delete f[k]
    onChange(f)
  }
  const applyDates = form.handleSubmit(({ from, to }) => apply({ from, to }))
  return (
    <form className="panel cl-filters" aria-label="Filters" onSubmit={applyDates} noValidate>
      <div className="cl-field">
        <label htmlFor="cl-school">School</label>
        <select
          id="cl-school"
          value={filter.school ?? ''}
          onChange={(e) => apply({ school: e.target.value })}
        >
          <option value="">All schools</option>
          {options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {(['from', 'to'] as const).map((k) => (
        <div className="cl-field" key={k}>
          <label htmlFor={`cl-${k}`}>{k === 'from' ? 'From' : 'To'}</label>
          <input
            id={`cl-${k}`}
            type="date"
            aria-invalid={errors[k] ? true : undefined}
            aria-describedby={errors[k] ? `cl-${k}-error` : undefined}
            {...form.register(k)}
          />
          {errors[k] ? (
            <span className="cl-field-error" id={`cl-${k}-error`}>
              {errors[k].message}
            </span>
          ) : null}
        </div>
      ))}
      <button type="submit">Apply dates</button>
      <fieldset className="cl-presets">
        <legend className="sr-only">Date presets</legend>
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className="secondary cl-small"
            onClick={() => {
              const r = p.range()
              form.reset({ from: r.from ?? '', to: r.to ?? '' })
              apply({ from: r.from ?? '', to: r.to ?? '' })
            }}
          >
            {p.label}
          </button>
        ))}
      </fieldset>
    </form>
  )
}
