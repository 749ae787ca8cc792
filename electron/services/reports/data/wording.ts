import type { RiasecArea } from '../../../../shared/domain/catalog'

/** BLS Occupational Outlook Handbook wording for projected growth over ten years. */
export function growthWords(pct: number | null): string {
  if (pct == null) return 'no projection published'
  if (pct >= 8) return 'much faster than average'
  if (pct >= 5) return 'faster than average'
  if (pct >= 2) return 'about as fast as average'
  if (pct >= 1) return 'slower than average'
  if (pct > -1) return 'little or no change'
  return 'declining'
}

/** Plain-words names and one-line meanings of the six Holland (RIASEC) interest areas. */
export const HOLLAND: Record<RiasecArea, { name: string; plain: string }> = {
  R: {
    name: 'Realistic',
    plain: 'working with your hands, tools, machines, plants or animals; practical, hands-on problems',
  },
  I: {
    name: 'Investigative',
    plain: 'ideas and thinking: figuring out how things work, research, science and math',
  },
  A: {
    name: 'Artistic',
    plain: 'creating and self-expression: design, writing, music, performance, original work',
  },
  S: { name: 'Social', plain: 'helping, teaching, caring for and working with people' },
  E: {
    name: 'Enterprising',
    plain: 'leading, persuading and starting things: business, sales, managing projects',
  },
  C: {
    name: 'Conventional',
    plain: 'organising information and following clear procedures: data, records, details',
  },
}

export function hollandCode(scores: Partial<Record<RiasecArea, number>>, letters = 3): RiasecArea[] {
  return (Object.entries(scores) as [RiasecArea, number][])
    .sort((a, b) => b[1] - a[1] || 'RIASEC'.indexOf(a[0]) - 'RIASEC'.indexOf(b[0]))
    .slice(0, letters)
    .map(([a]) => a)
}

export function jobZoneShort(zone: number | null | undefined): string {
  if (zone == null) return 'n/a'
  return (
    [
      '',
      'Little or no preparation',
      'Some preparation',
      'Medium preparation',
      'Considerable preparation',
      'Extensive preparation',
    ][zone] ?? `Zone ${zone}`
  )
}
