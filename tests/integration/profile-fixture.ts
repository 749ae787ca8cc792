import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createServices, type Services } from '../../electron/services'
import { CATALOG_SCHEMA, CATALOG_SCHEMA_VERSION } from '../../electron/services/catalog/schema'
import { RESOURCES, tempDir } from '../support/tmp'

/**
 * A small hand-made catalog for the profile, browse and compare tests while (and where) the
 * national pack is not needed: the edge cases the national data may not show on demand
 * (top-coded and suppressed wages, a domain not in the pack, merged job zones). Wage figures for
 * 29-2072 are the OEWS May 2025 ones; every sentence is ours.
 */
export function writeFixtureCatalog(file: string): void {
  const db = new Database(file)
  db.exec(CATALOG_SCHEMA)
  db.pragma(`user_version = ${CATALOG_SCHEMA_VERSION}`)
  const ins = (table: string, ...rows: unknown[][]) => {
    for (const r of rows) db.prepare(`INSERT INTO ${table} VALUES (${r.map(() => '?').join(',')})`).run(...r)
  }
  db.transaction(() => {
    ins('manifest', ['name', 'Fixture pack'], ['built_at', '2026-05-01T00:00:00Z'], ['schema_version', '1'])
    ins(
      'table_sources',
      ['occupations', 'onet-csv', 'O*NET 30.3', 'occupation_data.csv', 6],
      ['tasks', 'onet-csv', 'O*NET 30.3', 'task_statements.csv', 5],
      ['titles', 'onet-text', 'O*NET 27.0', 'Alternate Titles.txt', 4],
      ['ratings', 'onet-excel', 'O*NET 29.0', 'Skills.xlsx', 6],
      ['wages', 'oews', 'OEWS May 2025', 'national_M2025_dl.xlsx', 6],
      ['projections', 'ep', 'EP 2024–34', 'occupation.xlsx', 6],
      ['job_zone_reference', 'onet-csv', 'O*NET 30.3', 'job_zone_reference.csv', 4],
      ['clusters', 'clusters', 'O*NET Career Clusters', 'All_Career_Clusters.csv', 5],
      ['tools', 'onet-text', 'O*NET 27.0', 'Tools Used.txt', 0],
    )
    ins(
      'occupations',
      [
        '29-2072.00',
        '29-2072',
        'Medical Records Specialists',
        'Keeps patient health records complete and coded.',
        '29',
        3,
        'CE',
        1,
      ],
      [
        '15-1252.00',
        '15-1252',
        'Software Developers',
        'Designs and builds computer programs.',
        '15',
        4,
        'IC',
        1,
      ],
      [
        '29-1141.00',
        '29-1141',
        'Registered Nurses',
        'Cares for patients and coordinates their treatment.',
        '29',
        3,
        'SI',
        1,
      ],
      [
        '29-1141.01',
        '29-1141',
        'Acute Care Nurses',
        'Nurses patients with serious, short-term conditions.',
        '29',
        4,
        'SI',
        0,
      ],
      [
        '35-2014.00',
        '35-2014',
        'Cooks, Restaurant',
        'Prepares food to order in a restaurant kitchen.',
        '35',
        2,
        'RE',
        0,
      ],
      [
        '11-1011.00',
        '11-1011',
        'Chief Executives',
        'Runs an organization and sets its direction.',
        '11',
        5,
        'EC',
        0,
      ],
    )
    ins(
      'titles',
      ['29-2072.00', 'Medical Coder', null, 'reported', 1],
      ['29-2072.00', 'Health Information Technician', null, 'reported', 1],
      ['29-2072.00', 'Coding Specialist', null, 'alternate', 0],
      ['29-2072.00', 'medical coder', null, 'alternate', 0],
    )
    ins(
      'tasks',
      ['29-2072.00', 1, 'Checks records for completeness.', 'Core'],
      ['29-2072.00', 2, 'Assigns diagnosis codes.', 'Core'],
      ['29-2072.00', 3, 'Prepares statistical summaries.', 'Supplemental'],
      ['15-1252.00', 4, 'Writes and tests code.', 'Core'],
      ['35-2014.00', 5, 'Cooks dishes to order.', null],
    )
    ins('interests', ...[3.0, 2.6, 1.2, 2.4, 3.1, 6.5].map((s, i) => ['29-2072.00', 'RIASEC'[i], s]))
    ins('interests', ...[2.1, 6.9, 2.8, 2.0, 2.9, 4.6].map((s, i) => ['15-1252.00', 'RIASEC'[i], s]))
    ins(
      'job_zone_reference',
      [
        2,
        'Job Zone 1-2: Very little to some preparation',
        'little',
        'high school',
        'weeks',
        'cooks',
        '<4',
        '1,2',
      ],
      [3, 'Job Zone 3: Medium preparation', 'some', 'vocational', 'a year', 'coders', '6-7', '3'],
      [4, 'Job Zone 4: Considerable preparation', 'more', 'bachelor', 'years', 'developers', '7-8', '4'],
      [5, 'Job Zone 5: Extensive preparation', 'most', 'graduate', 'years', 'executives', '8+', '5'],
    )
    ins(
      'rating_domains',
      ['knowledge', 'O*NET 29.0', 'IM', 'LV', 3],
      ['skills', 'O*NET 29.0', 'IM', 'LV', 3],
      ['work_styles', 'O*NET 30.1', 'WI', null, 1],
    )
    ins(
      'ratings',
      ['15-1252.00', 'skills', '2.A.1.a', 'Reading Comprehension', 4.0, 4.5],
      ['15-1252.00', 'skills', '2.B.3.e', 'Programming', 4.62, 5.1],
      ['15-1252.00', 'skills', '2.A.2.a', 'Critical Thinking', 4.0, 4.9],
      ['15-1252.00', 'skills', '2.A.1.d', 'Speaking', 3.5, 3.9],
      ['15-1252.00', 'knowledge', '2.C.3.a', 'Computers and Electronics', 4.7, 5.9],
      ['15-1252.00', 'knowledge', '2.C.4.a', 'Mathematics', 3.9, 4.4],
      ['29-1141.00', 'skills', '2.A.1.a', 'Reading Comprehension', 4.1, 4.2],
      ['29-1141.00', 'skills', '2.A.2.a', 'Critical Thinking', 4.2, 4.4],
      ['29-1141.00', 'knowledge', '2.C.4.a', 'Mathematics', 2.9, 3.1],
      ['29-2072.00', 'work_styles', '1.D.1', 'Attention to Detail', 4.6, null],
    )
    ins(
      'education_categories',
      [1, 'Less than a high school diploma'],
      [2, 'High school diploma'],
      [3, 'Post-secondary certificate'],
      [5, "Associate's degree"],
    )
    ins('education_levels', ['29-2072.00', 2, 30.5], ['29-2072.00', 3, 25], ['29-2072.00', 5, 44.5])
    ins('related_occupations', ['29-2072.00', '29-1141.00', 'Primary-Short', 1])
    ins(
      'technology',
      ['29-2072.00', 'Epic Systems', 'Medical software', 1, 1],
      ['29-2072.00', 'Microsoft Excel', 'Spreadsheet software', 1, 0],
    )
    const wage = db.prepare('INSERT INTO wages VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
    const w = (code: string, soc: string, basis: string, emp: number, a: (number | null)[], flags = '{}') =>
      wage.run(
        code,
        soc,
        basis,
        'OEWS May 2025',
        emp,
        a[5],
        ...a.slice(0, 5),
        a[5] === null ? null : a[5]! / 2080,
        ...a.slice(0, 5).map((x) => (x === null ? null : Math.round((x / 2080) * 100) / 100)),
        0,
        flags,
      )
    w('29-2072.00', '29-2072', 'exact', 194720, [37000, 43490, 51140, 64820, 81150, 55960])
    w('15-1252.00', '15-1252', 'exact', 1656880, [79850, 101200, 133080, 169400, 211450, 144570])
    w('29-1141.00', '29-1141', 'exact', 3282010, [66030, 79700, 93600, 104650, 135320, 98430])
    w('29-1141.01', '29-1141', 'inherited', 3282010, [66030, 79700, 93600, 104650, 135320, 98430])
    w(
      '35-2014.00',
      '35-2014',
      'exact',
      1416900,
      [28000, 31500, 36000, 40900, 46200, null],
      '{"a_mean":"suppressed","h_mean":"suppressed"}',
    )
    w(
      '11-1011.00',
      '11-1011',
      'exact',
      211230,
      [82000, 131000, 239200, 239200, 239200, 262930],
      '{"a_median":"topcoded","a_pct75":"topcoded","a_pct90":"topcoded"}',
    )
    const p = db.prepare('INSERT INTO projections VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
    p.run(
      '29-2072.00',
      '29-2072',
      'exact',
      'EP 2024–34',
      2024,
      2034,
      194800,
      208600,
      7.1,
      14200,
      50250,
      'Postsecondary nondegree award',
      'None',
      'None',
    )
    p.run(
      '15-1252.00',
      '15-1252',
      'exact',
      'EP 2024–34',
      2024,
      2034,
      1693800,
      1960000,
      15.7,
      115200,
      133080,
      "Bachelor's degree",
      'None',
      'None',
    )
    p.run(
      '29-1141.00',
      '29-1141',
      'exact',
      'EP 2024–34',
      2024,
      2034,
      3391000,
      3588000,
      5.2,
      189100,
      93600,
      "Bachelor's degree",
      'None',
      'None',
    )
    p.run(
      '35-2014.00',
      '35-2014',
      'exact',
      'EP 2024–34',
      2024,
      2034,
      1460000,
      1540000,
      5.4,
      230000,
      36000,
      'No formal educational credential',
      'Less than 5 years',
      'Moderate-term on-the-job training',
    )
    p.run(
      '11-1011.00',
      '11-1011',
      'exact',
      'EP 2024–34',
      2024,
      2034,
      211000,
      205000,
      -2.9,
      16300,
      206420,
      "Bachelor's degree",
      '5 years or more',
      'None',
    )
    ins('bls_totals', ['all_change_pct', 3.1, 'EP 2024–34'])
    ins(
      'clusters',
      ['29-2072.00', 'Health Science', 'Health Informatics'],
      ['29-1141.00', 'Health Science', 'Therapeutic Services'],
      ['29-1141.01', 'Health Science', 'Therapeutic Services'],
      ['15-1252.00', 'Information Technology', 'Programming and Software Development'],
      ['35-2014.00', 'Hospitality and Tourism', 'Restaurants and Food/Beverage Services'],
    )
    ins('programs', ['29-2072.00', '51.0707', 'Health Information/Medical Records Technology/Technician'])
  })()
  db.close()
}

/** Services over a temp data folder holding the fixture catalog. */
export async function fixtureServices(): Promise<Services & { dataDir: string; cleanup: () => void }> {
  const t = tempDir('ca-catalog-')
  writeFixtureCatalog(join(t.dir, 'catalog.sqlite'))
  const services = await createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: '0.0.0-test' })
  return {
    ...services,
    dataDir: t.dir,
    cleanup: () => {
      services.close()
      t.cleanup()
    },
  }
}
