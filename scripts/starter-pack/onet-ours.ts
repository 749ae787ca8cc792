import { join } from 'node:path'
import { JOB_ZONE_TEXT } from './job-zone-text'
import { RELEASE_NAME } from './occupations'
import type { OfficialData } from './read-official'
import type { TextBook } from './texts/types'
import { writeTsv } from './tsv'

/** Files whose sentences are ours: Occupation Data, Task Statements, Job Zone Reference. */
export function writeOurOnetFiles(
  data: OfficialData,
  out: string,
  unsorted: readonly string[],
  book: TextBook,
) {
  const occ = data.tsv('onet/30.1_text/Occupation Data.txt')
  const titles = new Map(occ.rows.map((r) => [r[0]!, r[1]!]))
  const counts: Record<string, number> = {}
  // Sorted by code, as the official releases are.
  const codes = [...unsorted].sort()

  counts['Occupation Data.txt'] = writeTsv(
    join(out, 'Occupation Data.txt'),
    occ.header,
    codes.map((code) => [code, need(titles.get(code), code), need(book[code], code).description]),
  )

  // Task IDs start at 900001 so they can never be mistaken for an official O*NET task id.
  const tasks = data.tsv('onet/27.0_text/Task Statements.txt')
  let taskId = 900_000
  const taskRows = codes.flatMap((code) =>
    need(book[code], code).tasks.map(([type, text]) => {
      taskId += 1
      return [
        code,
        String(taskId),
        text,
        type === 'C' ? 'Core' : 'Supplemental',
        'n/a',
        '01/2026',
        'Career Atlas',
      ]
    }),
  )
  counts['Task Statements.txt'] = writeTsv(join(out, 'Task Statements.txt'), tasks.header, taskRows)

  // Zone names and SVP ranges are O*NET's labels; the four descriptive columns are ours.
  const ref = data.tsv('onet/27.0_text/Job Zone Reference.txt')
  counts['Job Zone Reference.txt'] = writeTsv(
    join(out, 'Job Zone Reference.txt'),
    ref.header,
    ref.rows.map((r) => {
      const zone = Number(r[0])
      const ours = need(JOB_ZONE_TEXT[zone], `job zone ${zone}`)
      return [r[0]!, r[1]!, ours.experience, ours.education, ours.training, ours.examples, r[6]!]
    }),
  )
  return counts
}

export function readMeText(fileNotes: readonly string[]): string {
  return [
    RELEASE_NAME,
    'Career Atlas starter data pack, O*NET classic text layout',
    '-----------------------------------------------------------',
    '',
    'A small sample release bundled with Career Atlas so the app works on first start.',
    'Descriptions, task statements and job zone explanations are written by Career Atlas.',
    'Codes, titles, ratings and reported titles are copied from official O*NET releases:',
    '',
    ...fileNotes.map((n) => `  ${n}`),
    '',
    'This product includes information from the O*NET Database by the U.S. Department of Labor,',
    'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.',
    'O*NET is a trademark of USDOL/ETA.',
    '',
  ].join('\n')
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`starter pack: missing ${what}`)
  return v
}
