import type { BlsBasis, Figure, ProjectionFigures, WageFigures } from '../../../shared/domain/catalog'

type Row = Record<string, unknown>
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Says where a figure came from when it is not the occupation's own BLS row. */
export function basisNote(basis: string, socUsed: string, ownSoc: string): string | null {
  if (basis === 'inherited')
    return `BLS publishes figures for SOC ${socUsed} as a whole; this detailed O*NET occupation shares them.`
  if (basis === 'broad')
    return `Only the broader BLS group ${socUsed} has figures; they cover more than this occupation.`
  if (socUsed !== ownSoc) return `Figures for SOC ${socUsed}.`
  return null
}

function figure(row: Row, col: string, flags: Record<string, string>): Figure {
  const flag = flags[col] ?? flags[col.toUpperCase()]
  const value = num(row[col])
  if (flag === 'suppressed') return { value: null, flag: 'suppressed' }
  if (flag === 'topcoded') return { value, flag: 'topcoded' }
  return { value }
}

function parseFlags(raw: unknown): Record<string, string> {
  try {
    const v = JSON.parse(typeof raw === 'string' ? raw : '{}') as unknown
    return v && typeof v === 'object' ? (v as Record<string, string>) : {}
  } catch {
    return {}
  }
}

export function wageFigures(row: Row | undefined, ownSoc: string): WageFigures | null {
  if (!row) return null
  const flags = parseFlags(row.flags)
  const set = (p: 'a' | 'h') => ({
    p10: figure(row, `${p}_pct10`, flags),
    p25: figure(row, `${p}_pct25`, flags),
    median: figure(row, `${p}_median`, flags),
    p75: figure(row, `${p}_pct75`, flags),
    p90: figure(row, `${p}_pct90`, flags),
    mean: figure(row, `${p}_mean`, flags),
  })
  const basis = String(row.basis) as BlsBasis
  const socUsed = String(row.soc_used)
  const release = String(row.release)
  return {
    release,
    socUsed,
    basis,
    basisNote: basisNote(basis, socUsed, ownSoc),
    employment: figure(row, 'tot_emp', flags),
    annual: set('a'),
    hourly: set('h'),
    hourlyOnly: row.hourly_only === 1,
    source: `BLS ${release.replace(/^BLS\s+/, '')}, national, SOC ${socUsed}`,
  }
}

export function projectionFigures(row: Row | undefined, ownSoc: string): ProjectionFigures | null {
  if (!row) return null
  const basis = String(row.basis) as BlsBasis
  const socUsed = String(row.soc_used)
  const release = String(row.release)
  return {
    release,
    socUsed,
    basis,
    basisNote: basisNote(basis, socUsed, ownSoc),
    baseYear: Number(row.base_year),
    projYear: Number(row.proj_year),
    employmentBase: num(row.emp_base),
    employmentProjected: num(row.emp_proj),
    changePercent: num(row.change_pct),
    openingsPerYear: num(row.openings),
    entryEducation: (row.entry_education as string | null) ?? null,
    workExperience: (row.work_experience as string | null) ?? null,
    onTheJobTraining: (row.job_training as string | null) ?? null,
    source: `BLS ${release.replace(/^BLS\s+/, '')}, SOC ${socUsed}`,
  }
}
