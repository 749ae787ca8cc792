import Database from 'better-sqlite3'
import { CATALOG_SCHEMA, CATALOG_SCHEMA_VERSION } from '../../electron/services/catalog/schema'
import { buildSearchIndex } from '../../electron/services/search/build-index'

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
