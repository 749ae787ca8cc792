import { join } from 'node:path'
import type { OfficialData } from './read-official'
import { fixed, writeTsv } from './tsv'

const ALT_TITLES_MAX = 25
const TECH_MAX = 20
const TOOLS_MAX = 20

type Counts = Record<string, number>

/** Files copied row for row from an official text release, filtered to the pack's codes. */
function copyRows(data: OfficialData, out: string, rel: string, keep: Set<string>, counts: Counts) {
  const { header, rows } = data.tsv(rel)
  const name = rel.split('/').pop()!
  counts[name] = writeTsv(
    join(out, name),
    header,
    rows.filter((r) => keep.has(r[0]!)),
  )
}

/** At most `max` rows per occupation, in the order given. */
function capPerCode<T>(rows: T[], codeOf: (r: T) => string, max: number): T[] {
  const seen = new Map<string, number>()
  return rows.filter((r) => {
    const n = (seen.get(codeOf(r)) ?? 0) + 1
    seen.set(codeOf(r), n)
    return n <= max
  })
}

export async function writeCopiedOnetFiles(data: OfficialData, out: string, codes: readonly string[]) {
  const keep = new Set(codes)
  const counts: Counts = {}
  copyRows(data, out, 'onet/30.1_text/Interests.txt', keep, counts)
  copyRows(data, out, 'onet/27.0_text/Job Zones.txt', keep, counts)
  copyRows(data, out, 'onet/30.1_text/Work Styles.txt', keep, counts)
  copyRows(data, out, 'onet/30.1_text/Work Values.txt', keep, counts)
  copyRows(data, out, 'onet/27.0_text/Education, Training, and Experience.txt', keep, counts)
  const cats = data.tsv('onet/27.0_text/Education, Training, and Experience Categories.txt')
  counts['Education, Training, and Experience Categories.txt'] = writeTsv(
    join(out, 'Education, Training, and Experience Categories.txt'),
    cats.header,
    cats.rows,
  )

  // Hot technologies first, so the cap keeps the examples a student is most likely to meet.
  const tech = data.tsv('onet/27.0_text/Technology Skills.txt')
  const techRows = tech.rows.filter((r) => keep.has(r[0]!))
  const hot = (r: string[]) => (r[4] === 'Y' ? 0 : 1)
  const techKept = capPerCode(
    [...techRows].sort((a, b) => a[0]!.localeCompare(b[0]!) || hot(a) - hot(b)),
    (r) => r[0]!,
    TECH_MAX,
  )
  counts['Technology Skills.txt'] = writeTsv(join(out, 'Technology Skills.txt'), tech.header, techKept)

  const tools = data.tsv('onet/27.0_text/Tools Used.txt')
  const toolRows = capPerCode(
    tools.rows.filter((r) => keep.has(r[0]!)),
    (r) => r[0]!,
    TOOLS_MAX,
  )
  counts['Tools Used.txt'] = writeTsv(join(out, 'Tools Used.txt'), tools.header, toolRows)

  // 30.3 CSV rows written in the classic text columns (the CSV adds a Title column).
  const reportedHeader = data.tsv('onet/27.0_text/Sample of Reported Titles.txt').header
  const reported = data
    .csv('onet/30.3_csv/sample_of_reported_titles.csv')
    .filter((r) => keep.has(r['O*NET-SOC Code']!))
    .map((r) => [r['O*NET-SOC Code']!, r['Reported Job Title']!, r['Shown in My Next Move']!])
  counts['Sample of Reported Titles.txt'] = writeTsv(
    join(out, 'Sample of Reported Titles.txt'),
    reportedHeader,
    reported,
  )

  const relatedHeader = data.tsv('onet/27.0_text/Related Occupations.txt').header
  const related = data
    .csv('onet/30.3_csv/related_occupations.csv')
    .filter((r) => keep.has(r['O*NET-SOC Code']!) && keep.has(r['Related O*NET-SOC Code']!))
    .map((r) => [r['O*NET-SOC Code']!, r['Related O*NET-SOC Code']!, r['Relatedness Tier']!, r.Index!])
  counts['Related Occupations.txt'] = writeTsv(join(out, 'Related Occupations.txt'), relatedHeader, related)

  await writeAlternateTitles(data, out, keep, counts)
  await writeRatings(data, out, keep, 'Knowledge', counts)
  await writeRatings(data, out, keep, 'Skills', counts)
  return counts
}

/** 29.0 Excel alternate titles in the text columns; short, commonly typed titles kept first. */
async function writeAlternateTitles(data: OfficialData, out: string, keep: Set<string>, counts: Counts) {
  const header = data.tsv('onet/27.0_text/Alternate Titles.txt').header
  const [, ...rows] = await data.xlsx('onet/29.0_excel/Alternate Titles.xlsx')
  const mine = rows
    .filter((r) => keep.has(String(r[0])))
    .map((r) => [String(r[0]), String(r[2]), r[3] ? String(r[3]) : 'n/a', String(r[4] ?? 'n/a')])
  const byPreference = [...mine].sort(
    (a, b) => a[0]!.localeCompare(b[0]!) || a[2]!.length - b[2]!.length || a[1]!.length - b[1]!.length,
  )
  const kept = capPerCode(byPreference, (r) => r[0]!, ALT_TITLES_MAX).sort(
    (a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!),
  )
  counts['Alternate Titles.txt'] = writeTsv(join(out, 'Alternate Titles.txt'), header, kept)
}

/**
 * 29.0 Excel Knowledge/Skills rows in the classic 13-column text layout (the workbook adds
 * Title and Scale Name). Occupations 29.0 did not rate simply have no rows.
 */
async function writeRatings(
  data: OfficialData,
  out: string,
  keep: Set<string>,
  domain: string,
  counts: Counts,
) {
  const [head, ...rows] = await data.xlsx(`onet/29.0_excel/${domain}.xlsx`)
  const names = (head ?? []).map(String)
  const drop = new Set(['Title', 'Scale Name'])
  const cols = names.map((n, i) => [n, i] as const).filter(([n]) => !drop.has(n))
  const decimals: Record<string, number> = {
    'Data Value': 2,
    'Standard Error': 4,
    'Lower CI Bound': 4,
    'Upper CI Bound': 4,
  }
  const kept = rows
    .filter((r) => keep.has(String(r[0])))
    .map((r) => cols.map(([n, i]) => (n in decimals ? fixed(r[i], decimals[n]!) : fixed(r[i], 0))))
  counts[`${domain}.txt`] = writeTsv(
    join(out, `${domain}.txt`),
    cols.map(([n]) => n),
    kept,
  )
}
