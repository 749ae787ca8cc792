import { describe, expect, it } from 'vitest'
import { type FileHead, recognise } from '../../../electron/services/packs/official/recognise'
import type { PackSummary } from '../../../shared/domain/packs'
import { releaseAges } from '../../../shared/pack-age'

const head = (
  format: FileHead['format'],
  header: string[],
  firstRow: string[] = [],
  text?: string,
): FileHead => ({
  format,
  header,
  firstRow,
  text,
})
const rating = [
  'O*NET-SOC Code',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Data Value',
  'Date',
  'Domain Source',
]
const row = (el: string) => ['11-1011.00', el, 'x', 'IM', '3.0', '08/2024', 'Analyst']

const wages = ['A_MEAN', 'A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90']
const oews = [
  ...['AREA', 'AREA_TYPE', 'NAICS', 'OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP'],
  ...wages,
  ...wages.map((w) => w.replace('A_', 'H_')),
]

describe('recognising an official file from its header and first row', () => {
  it('tells O*NET rating files apart by their element IDs, and the skills layouts by format', () => {
    const table = (h: FileHead) => (recognise(h) as { table?: string }).table
    expect(table(head('text', rating, row('1.B.1.a')))).toBe('interests')
    expect(table(head('text', rating, row('1.B.2.a')))).toBe('work_values')
    expect(table(head('text', rating, row('1.D.1.a')))).toBe('work_styles')
    expect(table(head('xlsx', rating, row('2.C.1.a')))).toBe('knowledge')
    // Text and Excel keep basic and cross-functional skills in one file; 30.3 CSV splits them.
    expect(table(head('xlsx', rating, row('2.A.1.a')))).toBe('skills')
    expect(table(head('csv', rating, row('2.A.1.a')))).toBe('essential_skills')
    expect(table(head('csv', rating, row('2.B.1.a')))).toBe('transferable_skills')
    expect(table(head('csv', ['O*NET-SOC Code', 'Title', 'Description']))).toBe('occupation_data')
    expect(
      table(
        head('text', [
          'Job Zone',
          'Name',
          'Experience',
          'Education',
          'Job Training',
          'Examples',
          'SVP Range',
        ]),
      ),
    ).toBe('job_zone_reference')
  })

  it('reads the release from a Read Me, not from the file name', () => {
    expect(
      recognise(head('text', ['O*NET 30.3 Database'], [], 'O*NET 30.3 Database\nMay 2026 Release\n')),
    ).toMatchObject({
      kind: 'onet-readme',
      release: '30.3',
      date: 'May 2026',
    })
  })

  it('takes the national OEWS file and says why a state or industry file is skipped', () => {
    expect(
      recognise({ ...head('xlsx', oews, ['99', '1', '000000', '00-0000']), sheets: ['national_M2024_dl'] }),
    ).toMatchObject({
      kind: 'oews',
      release: 'OEWS May 2024',
    })
    expect(recognise(head('xlsx', oews, ['06', '2', '000000']))).toEqual({
      skip: expect.stringMatching(/state/),
    })
    expect(recognise(head('xlsx', oews, ['99', '1', '621100']))).toEqual({
      skip: expect.stringMatching(/industry/),
    })
  })

  it('does not take a look-alike of the OEWS file: missing columns, or no SOC code in its first row', () => {
    expect(recognise(head('csv', ['OCC_CODE', 'A_MEDIAN'], ['29-2072', '51140']))).toEqual({
      skip: expect.stringMatching(
        /looks like an OEWS file but lacks the columns OCC_TITLE, O_GROUP, TOT_EMP, A_MEAN/,
      ),
    })
    expect(recognise(head('csv', oews, ['99', '1', '000000', 'hello']))).toEqual({
      skip: expect.stringMatching(/first OCC_CODE \("hello"\) is not a SOC code/),
    })
  })

  it('knows the EP table by its employment years, the crosswalk and the clusters by their columns', () => {
    const ep = [
      'Matrix title',
      'Matrix code',
      'Employment, 2024',
      'Employment, 2034',
      'Occupational openings',
    ]
    expect(recognise(head('csv', ep))).toMatchObject({ kind: 'ep', release: 'EP 2024-34' })
    expect(
      recognise(head('csv', ['CIP2020Code', 'CIP2020Title', 'SOC2018Code', 'SOC2018Title'])),
    ).toMatchObject({
      kind: 'cip',
      release: 'CIP 2020-SOC 2018',
    })
    expect(recognise(head('csv', ['Career Cluster', 'Career Pathway', 'Code', 'Occupation']))).toMatchObject({
      kind: 'clusters',
    })
    expect(recognise(head('csv', ['Name', 'Grade']))).toBeNull()
  })
})

describe('how old the installed data is', () => {
  it('dates O*NET from the manifest, OEWS from its month and EP from its base year', () => {
    const table = (release: string) => ({ table: release, kind: 'x', release, file: '', rows: 1 })
    const pack = {
      tables: ['O*NET 30.3', 'O*NET 30.1', 'OEWS May 2025', 'EP 2024-34', 'CIP 2020-SOC 2018'].map(table),
      releaseDates: { 'O*NET 30.3': 'May 2026' },
    } as unknown as PackSummary
    expect(releaseAges(pack, new Date(2026, 10, 15))).toEqual([
      { release: 'O*NET 30.3', asOf: 'May 2026', age: '6 months old' },
      { release: 'O*NET 30.1', asOf: null, age: null },
      { release: 'OEWS May 2025', asOf: 'May 2025', age: '18 months old' },
      { release: 'EP 2024-34', asOf: '2024', age: 'about 2 years old' },
    ])
  })
})
