import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DB } from '../../electron/services/db/open'
import { makeMiniPack } from '../support/mini-pack'
import { nationalPackPath } from '../support/national-pack'

/**
 * Catalog for report tests: the national pack when its builder is available, otherwise a
 * small pack with the real BLS figures (OEWS May 2025, EP 2024–34) of a few careers and
 * descriptions written by us.
 */
// code, title, zone, [p10,p25,median,p75,p90], tot_emp, [emp24, emp34 (thousands), change, openings (thousands)], entry education, OI
const CAREERS: [string, string, number, number[], number, number[], string, number[]][] = [
  [
    '29-2072.00',
    'Medical Records Specialists',
    3,
    [37000, 43490, 51140, 64820, 81150],
    194720,
    [194.8, 208.6, 7.1, 14.2],
    'Postsecondary nondegree award',
    [1.5, 2.6, 1.2, 2.2, 1.9, 6.6],
  ],
  [
    '15-1252.00',
    'Software Developers',
    4,
    [82460, 105210, 135980, 171980, 214670],
    1687890,
    [1693.8, 1961.4, 15.8, 115.2],
    "Bachelor's degree",
    [2.7, 6.2, 2.9, 1.6, 2.4, 4.7],
  ],
  [
    '29-1141.00',
    'Registered Nurses',
    3,
    [68940, 80330, 97550, 112350, 137470],
    3379720,
    [3391, 3557.1, 4.9, 189.1],
    "Bachelor's degree",
    [2.6, 4.5, 1.5, 6.6, 2.5, 3.1],
  ],
  [
    '47-2111.00',
    'Electricians',
    3,
    [42640, 49430, 63190, 83940, 108510],
    757220,
    [818.7, 896.1, 9.5, 81],
    'High school diploma or equivalent',
    [6.9, 3.5, 1.2, 1.8, 2.4, 3.3],
  ],
  [
    '27-1024.00',
    'Graphic Designers',
    4,
    [39520, 49040, 62960, 81830, 104910],
    197830,
    [265.9, 271.5, 2.1, 20],
    "Bachelor's degree",
    [2.2, 2.6, 6.9, 1.8, 3.4, 3.5],
  ],
  [
    '21-1012.00',
    'Educational, Guidance, and Career Counselors and Advisors',
    5,
    [45020, 51270, 64330, 82870, 104770],
    353310,
    [376.3, 389.6, 3.5, 31],
    "Master's degree",
    [1.2, 3.4, 2.1, 7, 3.6, 3.2],
  ],
  [
    '13-2011.00',
    'Accountants and Auditors',
    4,
    [56020, 67020, 83680, 109810, 144090],
    1449500,
    [1579.8, 1652.6, 4.6, 124.2],
    "Bachelor's degree",
    [1.2, 4.1, 1.2, 2.1, 4.1, 6.9],
  ],
]

const OURS: Record<string, { text: string; tasks: string[]; titles: string[]; skills: [string, number][] }> =
  {
    '29-2072.00': {
      text: 'Keep patient health records complete, accurate and private, assign the standard codes that insurers and researchers use, and prepare reports from the records.',
      tasks: [
        'Check new patient records for missing or inconsistent entries.',
        'Assign diagnosis and procedure codes to each record.',
        'Release records only to people and agencies allowed to see them.',
      ],
      titles: ['Medical Coder', 'Health Information Technician', 'Cancer Registrar', 'Medical Records Clerk'],
      skills: [
        ['Reading Comprehension', 3.9],
        ['Writing', 3.4],
        ['Active Listening', 3.2],
        ['Mathematics', 2.6],
      ],
    },
  }

export async function reportCatalog(dataDir: string): Promise<'national' | 'fixture'> {
  mkdirSync(dataDir, { recursive: true })
  const target = join(dataDir, 'catalog.sqlite')
  try {
    copyFileSync(await nationalPackPath(), target)
    return 'national'
  } catch {
    if (existsSync(target)) return 'fixture'
  }
  makeMiniPack(target, {
    name: 'Report test pack',
    occupations: CAREERS.map(([code, title, jobZone, w, , p, , oi]) => ({
      code,
      title,
      jobZone,
      median: w[2]!,
      growth: p[2]!,
      interests: oi as [number, number, number, number, number, number],
    })),
    before: (db: DB) => fill(db),
  })
  return 'fixture'
}

function fill(db: DB): void {
  const wage = db.prepare(
    "UPDATE wages SET release = 'OEWS May 2025', tot_emp = ?, a_pct10 = ?, a_pct25 = ?, a_pct75 = ?, a_pct90 = ?, h_median = ? WHERE code = ?",
  )
  const proj = db.prepare(
    "UPDATE projections SET release = 'EP 2024–34', emp_base = ?, emp_proj = ?, openings = ?, entry_education = ?, work_experience = 'None', job_training = 'None' WHERE code = ?",
  )
  for (const [code, , , w, emp, p, edu] of CAREERS) {
    wage.run(emp, w[0], w[1], w[3], w[4], Math.round((w[2]! / 2080) * 100) / 100, code)
    proj.run(p[0]! * 1000, p[1]! * 1000, p[3]! * 1000, edu, code)
  }
  db.prepare("INSERT INTO bls_totals VALUES ('all_change_pct', 3.1, 'EP 2024–34')").run()
  db.prepare(
    "UPDATE job_zone_reference SET name = 'Job Zone Three: Medium Preparation Needed', education = 'Most occupations in this zone require training in vocational schools, related on-the-job experience, or an associate degree.' WHERE zone = 3",
  ).run()
  const ins = (sql: string) => db.prepare(sql)
  const task = ins("INSERT INTO tasks VALUES (?, ?, ?, 'Core')")
  const title = ins("INSERT INTO titles VALUES (?, ?, NULL, 'reported', 1)")
  const rating = ins("INSERT INTO ratings VALUES (?, 'skills', ?, ?, ?, 3.5)")
  for (const [code, o] of Object.entries(OURS)) {
    db.prepare('UPDATE occupations SET description = ? WHERE code = ?').run(o.text, code)
    for (const [i, t] of o.tasks.entries()) task.run(code, i + 1, t)
    for (const t of o.titles) title.run(code, t)
    for (const [i, [n, im]] of o.skills.entries()) rating.run(code, `2.A.${i}`, n, im)
  }
  db.prepare("INSERT INTO rating_domains VALUES ('skills', 'O*NET 30.3', 'IM', 'LV', 1)").run()
  db.prepare("INSERT INTO clusters VALUES ('29-2072.00', 'Health Science', 'Health Informatics')").run()
  db.prepare(
    "INSERT INTO programs VALUES ('29-2072.00', '51.0707', 'Health Information/Medical Records Technology/Technician')",
  ).run()
  for (const t of ['wages', 'projections', 'tasks', 'titles', 'ratings', 'interests', 'clusters', 'programs'])
    db.prepare("INSERT OR REPLACE INTO table_sources VALUES (?, 'test', ?, 'fixture', 1)").run(
      t,
      t === 'wages' ? 'OEWS May 2025' : t === 'projections' ? 'EP 2024–34' : 'O*NET 30.3',
    )
}

export const PRIVATE_NOTE = 'Mentioned family money worries privately — do not share'
export const RECORD_NOTE = 'Shadowed the hospital records office; enjoyed the coding work.'

/** José Núñez with saved careers, a record note, a private note, goals and an interest profile. */
export function seedStudent(db: DB, opts: { name?: string; codes?: string[]; now?: string } = {}): number {
  const now = opts.now ?? '2026-11-20T15:00:00.000Z'
  const id = Number(
    db
      .prepare(
        "INSERT INTO students (name, grade, school, created_at, updated_at) VALUES (?, 11, 'Lincoln High School', ?, ?)",
      )
      .run(opts.name ?? 'José Núñez', now, now).lastInsertRowid,
  )
  const codes = opts.codes ?? ['29-2072.00', '29-1141.00', '15-1252.00', '47-2111.00', '27-1024.00']
  const titles: Record<string, string> = Object.fromEntries(CAREERS.map((c) => [c[0], c[1]]))
  const save = db.prepare(
    'INSERT INTO saved_careers (student_id, code, title, rank, status, saved_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const [i, code] of codes.entries())
    save.run(id, code, titles[code] ?? code, i + 1, i < 3 ? 'shortlisted' : 'exploring', now)
  db.prepare(
    "INSERT INTO sessions (student_id, date, duration_min, purpose, record_notes, private_notes, created_at, updated_at) VALUES (?, '2026-11-12', 30, 'Career exploration', ?, ?, ?, ?)",
  ).run(id, RECORD_NOTE, PRIVATE_NOTE, now, now)
  const goal = db.prepare(
    "INSERT INTO goals (student_id, text, due_date, status, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?)",
  )
  goal.run(id, 'Ask the school nurse about a job-shadow day at the clinic', '2026-12-15', now, now)
  goal.run(id, 'Compare two community-college health information programs', '2027-01-31', now, now)
  const profile = db.prepare(
    "INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, created_at) VALUES (?, ?, 'profiler', ?, ?, ?, ?, ?, ?, ?, ?)",
  )
  // Two profiles a year apart, so the report draws the change-over-time chart too.
  profile.run(id, '2025-10-06', 12, 20, 16, 27, 18, 26, 'SCI', now)
  profile.run(id, '2026-10-02', 8, 24, 10, 31, 14, 35, 'CSI', now)
  return id
}
