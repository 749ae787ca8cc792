/**
 * The credits every place that shows catalog data carries: the Data screen, the pack manifest,
 * the pack summary and the printed reports. O*NET is licensed CC BY 4.0 and its licence page gives
 * the wording word for word, with a notice when the information was changed: Career Atlas
 * rewrites descriptions in plain words, merges releases and derives outlook and match figures, so
 * the modification notice always applies. BLS and NCES figures are public domain; they are
 * credited so a reader knows where each figure came from.
 */
export interface Attribution {
  /** O*NET's required attribution, trademark and modification notice. */
  onet: string
  bls: string
  /** The CIP-SOC crosswalk behind "related college programs". */
  programs: string
}

/**
 * The credits, naming the O*NET releases when they are known. `releases` may be a pack's source
 * labels ("O*NET 30.3", "OEWS May 2025") or bare O*NET versions ("30.1"); others are ignored.
 */
export function attribution(
  releases: readonly string[] = [],
  subject: 'product' | 'report' = 'product',
): Attribution {
  return {
    onet:
      `This ${subject} includes information from the ${onetDatabases(releases)} by the U.S. Department of Labor, ` +
      'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
      'O*NET® is a trademark of USDOL/ETA. Career Atlas has modified all or some of this information. ' +
      'USDOL/ETA has not approved, endorsed, or tested these modifications.',
    bls:
      'Wages and employment projections: U.S. Bureau of Labor Statistics, Occupational Employment and Wage ' +
      'Statistics (OEWS) and Employment Projections (EP), public domain.',
    programs:
      'Related college programs: U.S. Department of Education, National Center for Education Statistics, and ' +
      'U.S. Bureau of Labor Statistics, CIP 2020 to SOC 2018 Crosswalk.',
  }
}

/** All the credits as one paragraph (what a pack's manifest stores). */
export function attributionText(
  releases: readonly string[] = [],
  subject: 'product' | 'report' = 'product',
): string {
  const a = attribution(releases, subject)
  return `${a.onet} ${a.bls} ${a.programs}`
}

/** "O*NET 30.1 Database", "O*NET 27.0, 29.0 and 30.3 Databases", or "O*NET Database" when unknown. */
function onetDatabases(releases: readonly string[]): string {
  const versions = [
    ...new Set(
      releases.map((r) => /^(?:O\*NET\s+)?(\d{1,2}\.\d{1,2})$/.exec(r.trim())?.[1]).filter((v) => !!v),
    ),
  ] as string[]
  const num = (v: string) => v.split('.').map(Number) as [number, number]
  versions.sort((a, b) => num(a)[0] - num(b)[0] || num(a)[1] - num(b)[1])
  if (versions.length === 0) return 'O*NET Database'
  if (versions.length === 1) return `O*NET ${versions[0]} Database`
  return `O*NET ${versions.slice(0, -1).join(', ')} and ${versions.at(-1)} Databases`
}
