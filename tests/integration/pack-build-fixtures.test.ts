import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { joinBls } from '../../electron/services/packs/build/bls-join'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { highPointsFromScores } from '../../electron/services/packs/build/interests'
import type { BuildOptions } from '../../electron/services/packs/build/types'
import { expectPackInvalid, fixtureDir, tsv } from '../unit/packs/fixture'

// Small hand-made releases: each builder rule and each refusal, with the file named in the message.
const CODE = 'O*NET-SOC Code'
const occ = (codes: string[][]) => tsv([[CODE, 'Title', 'Description'], ...codes])
const BASE = {
  'Occupation Data.txt': occ([
    ['29-2072.00', 'Medical Records Specialists', 'Keeps records.'],
    ['15-1299.08', 'Computer Systems Engineers/Architects', 'Designs systems.'],
    ['15-1299.01', 'Web Administrators', 'Runs web sites.'],
    ['47-2061.00', 'Construction Laborers', 'Builds things.'],
  ]),
  'Job Zone Reference.txt': tsv([
    ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'],
    [1, 'Job Zone One: Little or No Preparation Needed', 'e', 'ed', 't', 'x', '(Below 4.0)'],
    [3, 'Job Zone Three: Medium Preparation Needed', 'e', 'ed', 't', 'x', '(6.0 to < 7.0)'],
  ]),
  'Job Zones.txt': tsv([
    [CODE, 'Job Zone', 'Date', 'Domain Source'],
    ['29-2072.00', 3, '07/2014', 'Analyst'],
  ]),
}
const interests = (rows: (string | number)[][]) =>
  tsv([[CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Date', 'Domain Source'], ...rows])

async function build(files: Record<string, string>, extra: Partial<BuildOptions> = {}) {
  const f = fixtureDir(
    Object.fromEntries(Object.entries({ ...BASE, ...files }).map(([k, v]) => [`db_30_2_text/${k}`, v])),
  )
  const out = join(f.dir, 'pack.sqlite')
  return {
    out,
    dir: f.dir,
    cleanup: f.cleanup,
    run: () => buildPack({ out, onet: [join(f.dir, 'db_30_2_text')], ...extra }),
  }
}

describe('pack builder rules', () => {
  it('joins detailed, inherited and broad BLS codes explicitly', () => {
    const bls = new Map([
      ['29-2072', 'mrs'],
      ['15-1299', 'other'],
      ['47-2060', 'broad group'],
    ])
    expect(joinBls('29-2072.00', bls)).toEqual({ row: 'mrs', soc: '29-2072', basis: 'exact' })
    expect(joinBls('15-1299.01', bls)).toEqual({ row: 'other', soc: '15-1299', basis: 'inherited' })
    expect(joinBls('47-2061.00', bls)).toEqual({ row: 'broad group', soc: '47-2060', basis: 'broad' })
    expect(joinBls('11-1011.00', bls)).toBeNull()
  })

  it('ranks interest scores into a high-point code when a release publishes none', () => {
    const s = new Map([
      ['R', 2],
      ['I', 4.3],
      ['A', 1],
      ['S', 3.4],
      ['E', 1.9],
      ['C', 6.9],
    ])
    expect(highPointsFromScores(s)).toBe('CI')
  })

  it('writes a complete pack, then leaves no temp file behind', async () => {
    const b = await build({
      'Interests.txt': interests([
        ['29-2072.00', '1.B.1.c', 'Artistic', 'OI', 1.0, '11/2023', 'ML'],
        ['29-2072.00', '1.B.1.f', 'Conventional', 'OI', 6.95, '11/2023', 'ML'],
        ['29-2072.00', '1.B.1.b', 'Investigative', 'OI', 4.33, '11/2023', 'ML'],
      ]),
    })
    try {
      const r = await b.run()
      expect(r.counts.occupations).toBe(4)
      const db = new Database(b.out, { readonly: true })
      expect(
        db.prepare("SELECT job_zone, riasec_code FROM occupations WHERE code = '29-2072.00'").get(),
      ).toEqual({
        job_zone: 3,
        riasec_code: 'CI',
      })
      expect(db.prepare("SELECT release FROM table_sources WHERE table_name = 'interests'").get()).toEqual({
        release: 'O*NET 30.2',
      })
      expect(db.prepare('SELECT COUNT(*) AS n FROM rating_domains').get()).toEqual({ n: 0 })
      db.close()
      expect(readdirSync(b.dir).filter((f) => f.includes('building'))).toEqual([])
    } finally {
      b.cleanup()
    }
  })

  it('takes each table from the newest release that has it', async () => {
    const b = await build({})
    const older = fixtureDir({
      'db_27_0_text/Occupation Data.txt': occ([['29-2072.00', 'Medical Records Technicians', 'Old text.']]),
      'db_27_0_text/Interests.txt': interests([
        ['29-2072.00', '1.B.1.f', 'Conventional', 'OI', 6.0, '06/2008', 'Analyst'],
      ]),
    })
    try {
      await buildPack({ out: b.out, onet: [join(older.dir, 'db_27_0_text'), join(b.dir, 'db_30_2_text')] })
      const db = new Database(b.out, { readonly: true })
      const src = db.prepare('SELECT table_name, release FROM table_sources ORDER BY table_name').all()
      expect(src).toContainEqual({ table_name: 'occupations', release: 'O*NET 30.2' })
      expect(src).toContainEqual({ table_name: 'interests', release: 'O*NET 27.0' })
      expect(db.prepare("SELECT title FROM occupations WHERE code = '29-2072.00'").get()).toEqual({
        title: 'Medical Records Specialists',
      })
      db.close()
    } finally {
      b.cleanup()
      older.cleanup()
    }
  })
})

describe('pack builder refuses bad input, naming file and line, and writes nothing', () => {
  const cases: [string, Record<string, string>, RegExp[]][] = [
    [
      'a rating out of range',
      { 'Interests.txt': interests([['29-2072.00', '1.B.1.f', 'Conventional', 'OI', 9.5, '11/2023', 'ML']]) },
      [/Interests\.txt, line 2/, /outside the scale's range 1 to 7/],
    ],
    [
      'a code not in the taxonomy',
      { 'Interests.txt': interests([['99-9999.00', '1.B.1.f', 'Conventional', 'OI', 5, '11/2023', 'ML']]) },
      [/Interests\.txt, line 2/, /99-9999\.00 is not in this pack's Occupation Data/],
    ],
    [
      'a malformed code',
      {
        'Job Zones.txt': tsv([
          [CODE, 'Job Zone'],
          ['29-2072', 3],
        ]),
      },
      [/Job Zones\.txt, line 2/, /not an O\*NET-SOC code/],
    ],
    [
      'a duplicate key',
      {
        'Task Statements.txt': tsv([
          [CODE, 'Task ID', 'Task', 'Task Type'],
          ['29-2072.00', 1, 'Code records.', 'Core'],
          ['29-2072.00', 1, 'Code records again.', 'Core'],
        ]),
      },
      [/Task Statements\.txt, line 3/, /repeats a key/],
    ],
    [
      'a missing column',
      {
        'Task Statements.txt': tsv([
          [CODE, 'Task'],
          ['29-2072.00', 'Code records.'],
        ]),
      },
      [/Task Statements\.txt, header/, /"Task ID" is missing/],
    ],
    [
      'an empty Occupation Data',
      { 'Occupation Data.txt': tsv([[CODE, 'Title', 'Description']]) },
      [/Occupation Data\.txt/, /no occupations/],
    ],
    [
      'a job zone outside 1-5',
      {
        'Job Zones.txt': tsv([
          [CODE, 'Job Zone'],
          ['29-2072.00', 7],
        ]),
      },
      [/Job Zones\.txt, line 2/, /range 1 to 5/],
    ],
  ]
  it.each(cases)('%s', async (_name, files, patterns) => {
    const b = await build(files)
    try {
      await expectPackInvalid(b.run, ...patterns)
      expect(existsSync(b.out)).toBe(false)
      expect(readdirSync(b.dir).filter((f) => f.includes('building'))).toEqual([])
    } finally {
      b.cleanup()
    }
  })

  it('an empty release folder', async () => {
    const f = fixtureDir({ 'db_30_2_text/notes.txt': 'nothing here' })
    try {
      await expectPackInvalid(
        () => buildPack({ out: join(f.dir, 'p.sqlite'), onet: [join(f.dir, 'db_30_2_text')] }),
        /no O\*NET data files/,
      )
    } finally {
      f.cleanup()
    }
  })

  it('a cancelled build', async () => {
    const b = await build({})
    const ac = new AbortController()
    ac.abort()
    try {
      await expect(
        buildPack({ out: b.out, onet: [join(b.dir, 'db_30_2_text')] }, { signal: ac.signal }),
      ).rejects.toMatchObject({
        code: 'CANCELLED',
      })
      expect(existsSync(b.out)).toBe(false)
    } finally {
      b.cleanup()
    }
  })
})
