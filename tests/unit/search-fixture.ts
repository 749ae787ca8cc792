import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { CATALOG_SCHEMA, CATALOG_SCHEMA_VERSION } from '../../electron/services/catalog/schema'
import { buildSearchIndex } from '../../electron/services/search/build-index'
import { nationalPackPath } from '../support/national-pack'

// Not from ../support/tmp: that module loads every service, and this fixture needs none.
const ROOT = resolve(__dirname, '../..')
const SHARED_DATA = resolve(ROOT, '../shared/data')

type Occ = [code: string, title: string, jobZone: number, median: number, employment: number]

/** A handful of occupations with our own titles and tasks, enough to check ranking rules. */
const OCCS: Occ[] = [
  ['29-2072.00', 'Medical Records Specialists', 3, 50250, 190000],
  ['15-1251.00', 'Computer Programmers', 4, 99700, 120000],
  ['33-3051.00', "Police and Sheriff's Patrol Officers", 3, 74910, 660000],
  ['29-2056.00', 'Veterinary Technologists and Technicians', 3, 45980, 130000],
  ['47-2111.00', 'Electricians', 3, 62350, 760000],
  ['29-1141.00', 'Registered Nurses', 3, 93600, 3300000],
  ['35-1011.00', 'Chefs and Head Cooks', 3, 60990, 160000],
  ['35-3023.00', 'Fast Food and Counter Workers', 1, 31000, 3600000],
]

const ROWS: [code: string, kind: 'alternate' | 'reported' | 'task' | 'technology', text: string][] = [
  ['29-2072.00', 'alternate', 'Coding Specialist'],
  ['29-2072.00', 'alternate', 'Medical Coder'],
  ['29-2072.00', 'reported', 'Health Information Clerk'],
  ['29-2072.00', 'task', 'Assign codes to diagnoses and procedures for billing and research.'],
  ['15-1251.00', 'alternate', 'Applications Programmer'],
  ['15-1251.00', 'task', 'Write and test code for software applications.'],
  ['15-1251.00', 'technology', 'Python'],
  ['33-3051.00', 'alternate', 'Deputy Sheriff'],
  ['29-2056.00', 'alternate', 'Vet Tech'],
  ['47-2111.00', 'reported', 'Journeyman Electrician'],
  ['29-1141.00', 'alternate', 'Staff Nurse'],
  ['35-1011.00', 'alternate', 'Pastry Chef'],
  ['35-3023.00', 'alternate', 'Café Attendant'],
  ['35-3023.00', 'task', 'Take orders and serve customers at a counter.'],
  [
    '35-1011.00',
    'task',
    'Plan menus and supervise the cooks of a restaurant kitchen; review medical records of staff.',
  ],
]

/** Writes a small catalog with the real schema and the real search index. */
export function buildSearchFixture(file: string): string {
  const db = new Database(file)
  db.exec(CATALOG_SCHEMA)
  db.pragma(`user_version = ${CATALOG_SCHEMA_VERSION}`)
  const occ = db.prepare(
    "INSERT INTO occupations (code, soc, title, description, major_group, job_zone) VALUES (?, ?, ?, '', ?, ?)",
  )
  const wage = db.prepare(
    "INSERT INTO wages (code, soc_used, basis, release, a_median, tot_emp) VALUES (?, ?, 'exact', 'test', ?, ?)",
  )
  for (const [code, title, zone, median, emp] of OCCS) {
    occ.run(code, code.slice(0, 7), title, code.slice(0, 2), zone)
    wage.run(code, code.slice(0, 7), median, emp)
  }
  let id = 1
  for (const [code, kind, text] of ROWS) {
    if (kind === 'task')
      db.prepare('INSERT INTO tasks (code, task_id, task) VALUES (?, ?, ?)').run(code, id++, text)
    else if (kind === 'technology')
      db.prepare("INSERT INTO technology (code, example, category) VALUES (?, ?, 'software')").run(code, text)
    else db.prepare('INSERT INTO titles (code, title, kind) VALUES (?, ?, ?)').run(code, text, kind)
  }
  buildSearchIndex(db)
  db.close()
  return file
}

/**
 * The national catalog for search tests and the benchmark: the packs builder's pack when it
 * exists; until then a search-only stand-in read from the same official files (titles, tasks,
 * technology, job zones, OEWS wages). Cached under .tmp/.
 */
export async function searchNationalCatalog(): Promise<string | null> {
  try {
    return await nationalPackPath()
  } catch {
    if (!existsSync(SHARED_DATA)) return null
  }
  const file = join(ROOT, '.tmp', 'search-national.sqlite')
  if (existsSync(file)) return file
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  const tmp = `${file}.${process.pid}`
  rmSync(tmp, { force: true })
  const db = new Database(tmp)
  db.exec(CATALOG_SCHEMA)
  db.pragma(`user_version = ${CATALOG_SCHEMA_VERSION}`)
  const onet = join(SHARED_DATA, 'onet')
  const csv = (f: string) =>
    parse(readFileSync(join(onet, '30.3_csv', f)), { columns: true, bom: true }) as Record<string, string>[]
  const tsv = (f: string) =>
    parse(readFileSync(join(onet, '27.0_text', f)), {
      columns: true,
      delimiter: '\t',
      quote: false,
      relax_column_count: true,
    }) as Record<string, string>[]
  const zones = new Map(csv('job_zones.csv').map((r) => [r['O*NET-SOC Code'], Number(r['Job Zone'])]))
  db.transaction(() => {
    const occ = db.prepare(
      'INSERT INTO occupations (code, soc, title, description, major_group, job_zone) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const codes = new Set<string>()
    for (const r of csv('occupation_data.csv')) {
      const code = r['O*NET-SOC Code'] as string
      codes.add(code)
      occ.run(code, code.slice(0, 7), r.Title, '', code.slice(0, 2), zones.get(code) ?? null)
    }
    const title = db.prepare('INSERT INTO titles (code, title, short_title, kind) VALUES (?, ?, ?, ?)')
    for (const r of tsv('Alternate Titles.txt')) {
      const code = r['O*NET-SOC Code'] as string
      if (codes.has(code)) title.run(code, r['Alternate Title'], r['Short Title'], 'alternate')
    }
    for (const r of csv('sample_of_reported_titles.csv'))
      title.run(r['O*NET-SOC Code'], r['Reported Job Title'], null, 'reported')
    const task = db.prepare(
      'INSERT OR IGNORE INTO tasks (code, task_id, task, task_type) VALUES (?, ?, ?, ?)',
    )
    for (const r of csv('task_statements.csv'))
      task.run(r['O*NET-SOC Code'], Number(r['Task ID']), r.Task, r['Task Type'] || null)
    const tech = db.prepare('INSERT INTO technology (code, example, category, hot) VALUES (?, ?, ?, ?)')
    for (const r of csv('software_skills.csv'))
      tech.run(
        r['O*NET-SOC Code'],
        r['Workplace Example'],
        r['Element Name'],
        r['Hot Technology'] === 'Y' ? 1 : 0,
      )
  })()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(join(SHARED_DATA, 'bls', 'oews', 'national_M2025_dl.xlsx'))
  const ws = wb.worksheets[0]
  const head = (ws?.getRow(1).values ?? []) as unknown[]
  const col = (n: string) => head.findIndex((h) => String(h).toUpperCase() === n)
  const bySoc = new Map<string, [number | null, number | null]>()
  ws?.eachRow((row, i) => {
    const v = row.values as unknown[]
    const num = (x: unknown) => (typeof x === 'number' ? x : null)
    if (i > 1) bySoc.set(String(v[col('OCC_CODE')]), [num(v[col('A_MEDIAN')]), num(v[col('TOT_EMP')])])
  })
  const wage = db.prepare(
    "INSERT INTO wages (code, soc_used, basis, release, a_median, tot_emp) VALUES (?, ?, 'exact', 'OEWS May 2025', ?, ?)",
  )
  for (const { code, soc } of db.prepare('SELECT code, soc FROM occupations').all() as {
    code: string
    soc: string
  }[]) {
    const w = bySoc.get(soc)
    if (w) wage.run(code, soc, w[0], w[1])
  }
  buildSearchIndex(db)
  db.close()
  renameSync(tmp, file)
  return file
}
