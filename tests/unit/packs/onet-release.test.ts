import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDelimited } from '../../../electron/services/packs/readers/delimited'
import { compareVersions, openOnetRelease } from '../../../electron/services/packs/readers/onet-release'
import { rowArrays } from '../../../electron/services/packs/readers/table'
import { SHARED_DATA } from '../../support/tmp'
import { expectPackInvalid, fixtureDir, tsv } from './fixture'

const enc = (s: string) => new TextEncoder().encode(s)

describe('delimited text', () => {
  it('keeps bare quotes inside O*NET tab fields and reports lines', () => {
    const t = readDelimited(enc('A\tB\n1\tThe 12" ruler\n\n2\t"quoted" start\n'), 'x.txt', '\t')
    expect(rowArrays(t.rows)).toEqual([
      ['1', 'The 12" ruler'],
      ['2', '"quoted" start'],
    ])
    expect(t.where(1)).toBe('line 4')
  })

  it('reads CSV with quoted commas, a BOM and CRLF line ends', () => {
    const t = readDelimited(enc('\uFEFFCode,Title\r\n01.0000,"Agriculture, General."\r\n'), 'x.csv', ',')
    expect(t.header).toEqual(['Code', 'Title'])
    expect(t.rows.at(0)).toEqual(['01.0000', 'Agriculture, General.'])
  })

  it('refuses text that is not UTF-8, naming the line', async () => {
    const latin1 = Uint8Array.from([...enc('A\tB\n1\tok\n2\tJos'), 0xe9, ...enc('\n')])
    await expectPackInvalid(
      () => readDelimited(latin1, 'Occupation Data.txt', '\t'),
      /Occupation Data\.txt, line 3/,
      /not UTF-8/,
    )
  })

  it('refuses a row with a missing column, naming the line', async () => {
    await expectPackInvalid(
      () => readDelimited(enc('A\tB\tC\n1\t2\t3\n4\t5\n'), 'Job Zones.txt', '\t'),
      /Job Zones\.txt, line 3/,
    )
  })

  it('refuses an empty file', async () => {
    await expectPackInvalid(() => readDelimited(enc(''), 'Interests.txt', '\t'), /empty/)
  })
})

describe('O*NET release folders', () => {
  it('finds the 30.3 CSV layout under its new names and reads the added Title column', async () => {
    const f = fixtureDir({
      'Read Me.txt': 'O*NET 30.3 Database\nMay 2026 Release\n',
      'career_interest_types.csv':
        'O*NET-SOC Code,Title,Element ID,Element Name,Scale ID,Scale Name,Data Value,Date,Domain Source\n' +
        '29-2072.00,Medical Records Specialists,1.B.1.f,Conventional,OI,Occupational Interests,6.95,02/2026,Expert\n',
      'software_skills.csv':
        'O*NET-SOC Code,Title,Workplace Example,Element ID,Element Name,Hot Technology,In Demand\n',
    })
    try {
      const r = openOnetRelease(f.dir)
      expect(r.version).toBe('30.3')
      expect(r.tables.get('interests')?.kind).toBe('onet-csv')
      expect(r.tables.get('technology')?.entry.base).toBe('software_skills.csv')
      const t = await r.read('interests')
      expect(t.header.slice(0, 2)).toEqual(['O*NET-SOC Code', 'Title'])
      expect(t.rows.at(0)?.[6]).toBe('6.95')
    } finally {
      f.cleanup()
    }
  })

  it('takes the release from the folder name when there is no Read Me, or from the option', () => {
    const f = fixtureDir({ 'db_30_1_text/Interests.txt': tsv([['O*NET-SOC Code']]) })
    try {
      expect(openOnetRelease(join(f.dir, 'db_30_1_text')).label).toBe('O*NET 30.1')
      expect(openOnetRelease({ path: join(f.dir, 'db_30_1_text'), release: '30.0' }).label).toBe('O*NET 30.0')
    } finally {
      f.cleanup()
    }
  })

  it('refuses a folder whose release cannot be told', async () => {
    const f = fixtureDir({ 'onet/Interests.txt': tsv([['O*NET-SOC Code']]) })
    try {
      await expectPackInvalid(() => openOnetRelease(join(f.dir, 'onet')), /release number cannot be told/)
    } finally {
      f.cleanup()
    }
  })

  it('orders releases numerically (30.10 after 30.3)', () => {
    expect(['27.0', '30.10', '30.3', '29.0'].sort((a, b) => compareVersions(b, a))).toEqual([
      '30.10',
      '30.3',
      '29.0',
      '27.0',
    ])
  })

  it('recognises the layout and release of each real folder in ../shared/data', () => {
    const onet = join(SHARED_DATA, 'onet')
    const r303 = openOnetRelease(join(onet, '30.3_csv'))
    expect(r303.label).toBe('O*NET 30.3')
    expect(r303.tables.get('essential_skills')?.entry.base).toBe('essential_skills.csv')
    expect(r303.tables.has('alternate_titles')).toBe(false)
    const r301 = openOnetRelease(join(onet, '30.1_text'))
    expect(r301.label).toBe('O*NET 30.1')
    expect([...r301.tables.keys()].sort()).toEqual([
      'interests',
      'occupation_data',
      'work_styles',
      'work_values',
    ])
    const r29 = openOnetRelease(join(onet, '29.0_excel'))
    expect(r29.label).toBe('O*NET 29.0')
    expect(r29.tables.get('knowledge')?.kind).toBe('onet-excel')
    expect(openOnetRelease(join(onet, '27.0_text')).tables.get('tools')?.kind).toBe('onet-text')
  })

  it('reads the real 27.0 text and 30.3 CSV files with the same shape', async () => {
    const onet = join(SHARED_DATA, 'onet')
    const text = await openOnetRelease(join(onet, '27.0_text')).read('task_statements')
    const csv = await openOnetRelease(join(onet, '30.3_csv')).read('task_statements')
    expect(text.rows.length).toBe(19265)
    expect(csv.rows.length).toBe(18796)
    const code = csv.header.indexOf('O*NET-SOC Code')
    expect(rowArrays(csv.rows).filter((r) => r[code] === '29-2072.00')).toHaveLength(17)
  })
})
