import { useState } from 'react'
import type { CaseloadFilter } from '../../../../shared/domain/caseload'

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

export function CaseloadFilters({
  filter,
  schools,
  onChange,
}: {
  filter: CaseloadFilter
  schools: string[]
  onChange: (f: CaseloadFilter) => void
}) {
  const [from, setFrom] = useState(filter.from ?? '')
  const [to, setTo] = useState(filter.to ?? '')
  // A school named by the address but not (or not yet) in the list is still shown as chosen.
  const options = filter.school && !schools.includes(filter.school) ? [filter.school, ...schools] : schools
  const apply = (next: Partial<CaseloadFilter>) => {
    const f: CaseloadFilter = { ...filter, ...next }
    for (const k of ['from', 'to', 'school'] as const) if (!f[k]) delete f[k]
    onChange(f)
  }
  return (
    <form
      className="panel cl-filters"
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault()
        apply({ from, to })
      }}
    >
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
      <div className="cl-field">
        <label htmlFor="cl-from">From</label>
        <input id="cl-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="cl-field">
        <label htmlFor="cl-to">To</label>
        <input id="cl-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <button type="submit">Apply dates</button>
      <div className="cl-presets" role="group" aria-label="Date presets">
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className="secondary small"
            onClick={() => {
              const r = p.range()
              setFrom(r.from ?? '')
              setTo(r.to ?? '')
              apply({ from: r.from ?? '', to: r.to ?? '' })
            }}
          >
            {p.label}
          </button>
        ))}
      </div>
    </form>
  )
}
