/**
 * Builds resources/starter-pack/ from the official copies in ../shared/data and our own texts.
 * Run: npx tsx scripts/starter-pack/generate.ts [sharedDataDir]
 * The output is committed; the official files are only read.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeEp, writeOews } from './bls'
import { writeCrosswalks } from './crosswalks'
import { STARTER_CODES } from './occupations'
import { writeCopiedOnetFiles } from './onet-copied'
import { readMeText, writeOurOnetFiles } from './onet-ours'
import { OfficialData } from './read-official'
import { TEXTS } from './texts'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT = join(ROOT, 'resources/starter-pack')

/**
 * The release each file's rows come from, one file per line in Read Me.txt
 * ("  <file>: <release>[; note]") so an importer can label every table with its true release.
 */
const FILE_RELEASES: [file: string, release: string, note?: string][] = [
  ['Occupation Data.txt', 'O*NET 30.1', 'codes and titles; descriptions written by Career Atlas'],
  ['Task Statements.txt', 'Career Atlas', 'written by Career Atlas; task ids 900001 and up'],
  ['Job Zone Reference.txt', 'O*NET 27.0', 'zone names and SVP ranges; the other columns by Career Atlas'],
  ['Job Zones.txt', 'O*NET 27.0', 'the last layout here with a separate zone 1'],
  ['Interests.txt', 'O*NET 30.1'],
  ['Work Styles.txt', 'O*NET 30.1'],
  ['Work Values.txt', 'O*NET 30.1'],
  ['Alternate Titles.txt', 'O*NET 29.0', 'at most 25 per occupation'],
  ['Knowledge.txt', 'O*NET 29.0'],
  ['Skills.txt', 'O*NET 29.0'],
  ['Sample of Reported Titles.txt', 'O*NET 30.3'],
  ['Related Occupations.txt', 'O*NET 30.3', 'pairs inside the pack only'],
  ['Education, Training, and Experience.txt', 'O*NET 27.0'],
  ['Education, Training, and Experience Categories.txt', 'O*NET 27.0'],
  ['Technology Skills.txt', 'O*NET 27.0', 'at most 20 per occupation, hot technologies first'],
  ['Tools Used.txt', 'O*NET 27.0', 'at most 20 per occupation'],
]

function checkTexts(): void {
  for (const code of STARTER_CODES) {
    const t = TEXTS[code]
    if (!t) throw new Error(`no texts for ${code}`)
    const sentences = t.description.split(/(?<=\.)\s+/).length
    if (sentences < 2 || sentences > 3) throw new Error(`${code}: description has ${sentences} sentences`)
    if (t.tasks.length < 6 || t.tasks.length > 10) throw new Error(`${code}: ${t.tasks.length} tasks`)
  }
  const extra = Object.keys(TEXTS).filter((c) => !(STARTER_CODES as readonly string[]).includes(c))
  if (extra.length) throw new Error(`texts for codes not in the pack: ${extra.join(', ')}`)
}

async function main(): Promise<void> {
  const data = new OfficialData(resolve(process.argv[2] ?? join(ROOT, '../shared/data')))
  checkTexts()
  for (const dir of ['onet', 'bls', 'crosswalks']) rmSync(join(OUT, dir), { recursive: true, force: true })
  const onet = join(OUT, 'onet')
  const counts: Record<string, number> = {
    ...writeOurOnetFiles(data, onet, STARTER_CODES, TEXTS),
    ...(await writeCopiedOnetFiles(data, onet, STARTER_CODES)),
  }
  const missing = Object.keys(counts).filter(
    (f) => f.endsWith('.txt') && !FILE_RELEASES.some(([n]) => n === f),
  )
  if (missing.length) throw new Error(`no release noted for ${missing.join(', ')}`)
  writeFileSync(
    join(onet, 'Read Me.txt'),
    readMeText(FILE_RELEASES.map(([f, r, note]) => `${f}: ${r}${note ? `; ${note}` : ''}`)),
  )
  counts['oews_national.csv'] = await writeOews(data, join(OUT, 'bls'), STARTER_CODES)
  counts['ep_table_1_2.csv'] = await writeEp(data, join(OUT, 'bls'), STARTER_CODES)
  Object.assign(counts, writeCrosswalks(data, join(OUT, 'crosswalks'), STARTER_CODES))
  for (const [file, n] of Object.entries(counts)) console.log(`${String(n).padStart(6)}  ${file}`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
