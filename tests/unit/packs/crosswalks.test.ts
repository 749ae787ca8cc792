import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanCip, readCipCodes, readCipCrosswalk } from '../../../electron/services/packs/readers/cip'
import { readClusters } from '../../../electron/services/packs/readers/clusters'
import { SHARED_DATA } from '../../support/tmp'
import { expectPackInvalid, fixtureDir, writeXlsx } from './fixture'

const CW = join(SHARED_DATA, 'crosswalks')

describe('CIP 2020 ↔ SOC 2018 crosswalk', () => {
  it('normalises NCES and Excel forms of CIP codes', () => {
    expect(cleanCip('="51.0707"')).toBe('51.0707')
    expect(cleanCip('1.1')).toBe('01.1000')
    expect(cleanCip('="01"')).toBe('01')
  })

  it('drops NO MATCH rows and reads the CIP-SOC sheet of a workbook', async () => {
    const f = fixtureDir({})
    const file = join(f.dir, 'CIP2020_SOC2018_Crosswalk.xlsx')
    await writeXlsx(file, {
      'File Guide': [['about']],
      'CIP-SOC': [
        ['CIP2020Code', 'CIP2020Title', 'SOC2018Code', 'SOC2018Title'],
        [
          '51.0707',
          'Health Information/Medical Records Technology/Technician.',
          '29-2072',
          'Medical Records Specialists',
        ],
        ['01.0000', 'Agriculture, General.', '99-9999', 'NO MATCH'],
      ],
    })
    try {
      expect(await readCipCrosswalk(file)).toEqual([
        {
          cip: '51.0707',
          cipTitle: 'Health Information/Medical Records Technology/Technician',
          soc: '29-2072',
        },
      ])
    } finally {
      f.cleanup()
    }
  })

  it('refuses a row whose codes are not CIP and SOC codes', async () => {
    const f = fixtureDir({
      'cw.csv': 'CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n51.0707,X,Nurse,Y\n',
    })
    try {
      await expectPackInvalid(() => readCipCrosswalk(join(f.dir, 'cw.csv')), /cw\.csv, line 2/)
    } finally {
      f.cleanup()
    }
  })

  it('keeps only live CIP 2020 programs from the code list', async () => {
    const f = fixtureDir({
      'codes.csv': [
        '"CIPFamily","CIPCode","Action","TextChange","CIPTitle","CIPDefinition","CrossReferences","Examples"',
        '="51",="51.0707","No substantive changes",no,"Health Information/Medical Records Technology/Technician.","","",',
        '="51",="51.0799","Moved from",no,"Old Program.","Moved from 51.0799 to 51.0722","",',
        '="51",="51.0722","Moved to",no,"Old Program, Renumbered.","A program that …","",',
        '="51",="51.0798","Deleted",no,"Gone Program.","Deleted.","",',
        '="51",="51.0721","New",yes,"Disease Registry Data Management.","","",',
      ].join('\r\n'),
    })
    try {
      const m = await readCipCodes(join(f.dir, 'codes.csv'))
      expect([...m.keys()]).toEqual(['51.0707', '51.0722', '51.0721'])
    } finally {
      f.cleanup()
    }
  })

  it('maps the real SOC 29-2072 to four programs in both the CSV and the workbook', async () => {
    const dir = join(CW, 'nces_cip2020_soc2018')
    for (const file of ['CIP2020_SOC2018_Crosswalk.csv', 'CIP2020_SOC2018_Crosswalk.xlsx']) {
      const pairs = await readCipCrosswalk(join(dir, file))
      // 194 CIPs with no SOC (99-9999) and 180 SOCs with no CIP (99.9999) are dropped.
      expect(pairs).toHaveLength(6097 - 194 - 180)
      expect(pairs.filter((p) => p.soc === '29-2072').map((p) => p.cip)).toEqual([
        '51.0706',
        '51.0707',
        '51.0713',
        '51.0721',
      ])
    }
    const codes = await readCipCodes(join(dir, 'CIPCode2020.csv'))
    expect(codes.get('51.0707')).toBe('Health Information/Medical Records Technology/Technician')
  })
})

describe('career clusters', () => {
  it('pairs `; `-separated clusters and pathways by position', async () => {
    const f = fixtureDir({
      'c.csv':
        'Career Cluster,Career Pathway,Code,Occupation\n' +
        'Health Science; Health Science,Therapeutic Services; Health Informatics,29-9021.00,Health Information Technologists\n',
    })
    try {
      expect(await readClusters(join(f.dir, 'c.csv'))).toEqual([
        { code: '29-9021.00', cluster: 'Health Science', pathway: 'Therapeutic Services' },
        { code: '29-9021.00', cluster: 'Health Science', pathway: 'Health Informatics' },
      ])
    } finally {
      f.cleanup()
    }
  })

  it('refuses lists that do not pair up', async () => {
    const f = fixtureDir({ 'c.csv': 'Career Cluster,Career Pathway,Code,Occupation\nA; B,P,29-9021.00,X\n' })
    try {
      await expectPackInvalid(() => readClusters(join(f.dir, 'c.csv')), /line 2/, /pair up/)
    } finally {
      f.cleanup()
    }
  })

  it('reads the real file: 1,011 codes, 29-2072.00 in Health Informatics', async () => {
    const rows = await readClusters(join(CW, 'onet_career_clusters/All_Career_Clusters.csv'))
    expect(new Set(rows.map((r) => r.code)).size).toBe(1011)
    expect(rows.filter((r) => r.code === '29-2072.00')).toEqual([
      { code: '29-2072.00', cluster: 'Health Science', pathway: 'Health Informatics' },
    ])
  })
})
