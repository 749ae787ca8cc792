import type { AreaOption } from '../../../../shared/domain/catalog'

const STEPS = [30_000, 40_000, 50_000, 60_000, 80_000, 100_000]

/** "Median in Ohio at least …": filters browse by the home area's median (Settings › Home area). */
export function LocalWageFilter(props: {
  area: AreaOption | null
  value: number | undefined
  onChange: (v: number | undefined) => void
}) {
  const { area, value, onChange } = props
  if (!area) return null
  return (
    <>
      <label htmlFor="browse-lmin" className="sr-only">
        Median wage in {area.title} at least
      </label>
      <select
        id="browse-lmin"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">Any median in {area.title}</option>
        {STEPS.map((s) => (
          <option key={s} value={s}>
            Median in {area.title} ≥ ${s.toLocaleString('en-US')}
          </option>
        ))}
      </select>
    </>
  )
}
