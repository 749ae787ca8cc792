/**
 * Holland (RIASEC) interest maths shared by the matcher, the screens and the PDF reports.
 * Pure functions only: no database, no DOM. Scores are always six numbers in R, I, A, S, E, C order.
 */
export const AREAS = ['R', 'I', 'A', 'S', 'E', 'C'] as const
export type Area = (typeof AREAS)[number]
export type Six = [number, number, number, number, number, number]

/** Plain-language names and one-line descriptions a student understands (our own wording). */
export const AREA_INFO: Record<Area, { name: string; plain: string }> = {
  R: { name: 'Realistic', plain: 'building, fixing and working with tools, machines, plants or animals' },
  I: { name: 'Investigative', plain: 'figuring out how things work, researching and solving puzzles' },
  A: { name: 'Artistic', plain: 'creating, designing, writing or performing in your own way' },
  S: { name: 'Social', plain: 'helping, teaching, caring for and working with people' },
  E: { name: 'Enterprising', plain: 'leading, persuading, selling and starting things' },
  C: { name: 'Conventional', plain: 'organizing, keeping records and following clear procedures' },
}

/** Interest Profiler area scores run 0-40; O*NET occupational interest (OI) ratings run 1-7. */
export const PROFILER_MAX = 40

export const areaIndex = (a: Area): number => AREAS.indexOf(a)

export function isArea(x: string): x is Area {
  return (AREAS as readonly string[]).includes(x)
}

/** Pearson's r; null when either side has no variance (a flat profile correlates with nothing). */
export function pearson(a: readonly number[], b: readonly number[]): number | null {
  const n = a.length
  if (n !== b.length || n < 2) return null
  let ma = 0
  let mb = 0
  for (let i = 0; i < n; i++) {
    ma += a[i]!
    mb += b[i]!
  }
  ma /= n
  mb /= n
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma
    const db = b[i]! - mb
    sab += da * db
    saa += da * da
    sbb += db * db
  }
  if (saa < 1e-12 || sbb < 1e-12) return null
  return sab / Math.sqrt(saa * sbb)
}

/**
 * Centred and scaled to unit length, so Pearson's r with another such vector is a plain dot
 * product. Null for a flat vector.
 */
export function unitCentred(v: readonly number[]): number[] | null {
  const n = v.length
  const mean = v.reduce((s, x) => s + x, 0) / n
  const c = v.map((x) => x - mean)
  const len = Math.sqrt(c.reduce((s, x) => s + x * x, 0))
  if (len < 1e-9) return null
  return c.map((x) => x / len)
}

export type FitBand = 'great' | 'good' | 'fair' | 'weak'

/**
 * Fit bands on Pearson's r. The cut points follow the usual reading of a correlation's size
 * (0.8 very strong, 0.6 strong, 0.4 moderate) and are documented on screen beside the list.
 */
export const FIT_BANDS: { band: FitBand; min: number; label: string }[] = [
  { band: 'great', min: 0.8, label: 'Great fit' },
  { band: 'good', min: 0.6, label: 'Good fit' },
  { band: 'fair', min: 0.4, label: 'Fair fit' },
  { band: 'weak', min: Number.NEGATIVE_INFINITY, label: 'Weak fit' },
]

export function fitBand(r: number): FitBand {
  return FIT_BANDS.find((b) => r >= b.min)!.band
}

/**
 * r as printed beside its fit label: cut to two decimals, never rounded up, so a printed value
 * always sits in the band its label names (0.797 shows as 0.79 "Good fit", not 0.80 under a
 * legend that says Great is r ≥ 0.80).
 */
export function formatR(r: number): string {
  return (Math.floor(r * 100 + 1e-9) / 100).toFixed(2)
}

export function fitLabel(band: FitBand): string {
  return FIT_BANDS.find((b) => b.band === band)!.label
}

/**
 * A student's high-point code: the (up to) three strongest areas, strongest first. Ties keep
 * R-I-A-S-E-C order so the same scores always give the same code; areas scoring 0 never count,
 * and a flat profile has no code at all.
 */
export function highPointCode(scores: readonly number[], letters = 3): Area[] {
  // A flat profile has no high point; picking R-I-A by tie order would invent one.
  if (Math.max(...scores) - Math.min(...scores) < 1e-9) return []
  return AREAS.map((a, i) => ({ a, s: scores[i] ?? 0, i }))
    .filter((x) => x.s > 0)
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .slice(0, letters)
    .map((x) => x.a)
}

/** Areas tied with another for a place in the code, so the screen can say the code is not unique. */
export function tiedInCode(scores: readonly number[], letters = 3): boolean {
  const code = highPointCode(scores, letters)
  if (code.length < letters) return false
  const last = scores[areaIndex(code[code.length - 1]!)]!
  return AREAS.some((a, i) => !code.includes(a) && scores[i] === last)
}

/** Areas in both codes, in the student's order. */
export function sharedHighPoints(student: readonly Area[], occupation: readonly Area[]): Area[] {
  return student.filter((a) => occupation.includes(a))
}

/**
 * The documented rule for turning a Holland code into six scores on the Profiler's 0-40 scale:
 * first letter 36, second 30, third 24, every area not named 12. Only the shape matters for
 * Pearson's r, and this shape keeps the named letters in order and well above the rest.
 */
export const HOLLAND_RULE = [36, 30, 24] as const
export const HOLLAND_REST = 12

export function parseHollandCode(input: string): Area[] | string {
  const letters = input
    .trim()
    .toUpperCase()
    .replace(/[\s,-]/g, '')
  if (letters.length < 1 || letters.length > 3) return 'A Holland code has one to three letters, e.g. SAE.'
  const out: Area[] = []
  for (const ch of letters) {
    if (!isArea(ch)) return `“${ch}” is not a Holland letter. Use R, I, A, S, E or C.`
    if (out.includes(ch)) return `The letter ${ch} appears twice. Each letter can be used once.`
    out.push(ch)
  }
  return out
}

export function hollandToScores(code: readonly Area[]): Six {
  const s: Six = [HOLLAND_REST, HOLLAND_REST, HOLLAND_REST, HOLLAND_REST, HOLLAND_REST, HOLLAND_REST]
  code.forEach((a, rank) => {
    s[areaIndex(a)] = HOLLAND_RULE[rank] ?? HOLLAND_REST
  })
  return s
}

/** "SAE": Social, then Artistic, then Enterprising, in one sentence a family can read. */
export function explainCode(code: readonly Area[]): string {
  if (code.length === 0) return 'No area stands out yet.'
  const parts = code.map((a, i) => {
    const lead = i === 0 ? 'Most of all' : i === 1 ? 'next' : 'and then'
    return `${lead} ${AREA_INFO[a].name} (${AREA_INFO[a].plain})`
  })
  return `${code.join('')}: ${parts.join('; ')}.`
}

export type ProfileShape =
  | { kind: 'flat'; message: string }
  | { kind: 'low-spread'; message: string }
  | { kind: 'clear' }

/**
 * A flat profile (every area equal) has no shape to compare, so it gets an explanation instead of
 * a ranking. A profile whose areas differ by only a little (under 10% of the scale) is ranked but
 * flagged, because small differences can flip the order.
 */
export function profileShape(scores: readonly number[], scaleMax = PROFILER_MAX): ProfileShape {
  const max = Math.max(...scores)
  const min = Math.min(...scores)
  if (max - min < 1e-9) {
    return {
      kind: 'flat',
      message:
        max === 0
          ? 'Every area scored zero, so there is no pattern of interests to compare with careers yet.'
          : 'All six areas scored the same, so no area stands out and careers cannot be ranked by fit. ' +
            'Talk through which activities the student enjoys most, or take the quick interest check again, answering “No” where an activity does not appeal.',
    }
  }
  if (max - min < scaleMax * 0.1) {
    return {
      kind: 'low-spread',
      message:
        'The six areas are close together, so small changes could reorder these matches. Treat them as ideas to explore, not a verdict.',
    }
  }
  return { kind: 'clear' }
}

/** Student scores (0-40) and occupation ratings (OI 1-7) as percent of their own scale, for side-by-side bars. */
export const studentPercent = (score: number): number => (score / PROFILER_MAX) * 100
export const occupationPercent = (oi: number): number => ((oi - 1) / 6) * 100

export type InventoryAnswer = 'agree' | 'unsure' | 'disagree'
export const ANSWER_POINTS: Record<InventoryAnswer, number> = { agree: 2, unsure: 1, disagree: 0 }

/**
 * Quick-inventory scoring: agree 2, unsure 1, disagree 0, summed per area and scaled to the
 * Profiler's 0-40 range (rounded to whole points) so every profile source shares one scale.
 * Every item must be answered: a skipped item would silently lower its area.
 */
export function scoreInventory(
  items: readonly { id: string; area: Area }[],
  answers: Readonly<Record<string, InventoryAnswer>>,
): { scores: Six; missing: string[] } {
  const sum = [0, 0, 0, 0, 0, 0]
  const count = [0, 0, 0, 0, 0, 0]
  const missing: string[] = []
  for (const item of items) {
    const ans = answers[item.id]
    const i = areaIndex(item.area)
    count[i]!++
    if (ans === undefined) missing.push(item.id)
    else sum[i]! += ANSWER_POINTS[ans]
  }
  const scores = sum.map((s, i) => (count[i] ? Math.round((s / (2 * count[i]!)) * PROFILER_MAX) : 0)) as Six
  return { scores, missing }
}
