import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../electron/cli/pack'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { planOfficial } from '../../electron/services/packs/official/plan'
import { officialFolder } from '../support/official-folder'
import { SHARED_DATA, tempDir } from '../support/tmp'

const t = tempDir('ca-official-')
afterAll(() => t.cleanup())

function sink() {
  let text = ''
  const write = (s: string) => {
    text += s
    return true
  }
  return {
    stream: { write, isTTY: false } as unknown as typeof process.stdout & typeof process.stderr,
    text: () => text,
  }
}

const manifest = (file: string, key: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare('SELECT value FROM manifest WHERE key = ?').get(key) as { value: string }).value
  } finally {
    db.close()
  }
}

describe('npm run pack -- build --official <folder of downloads>', () => {
  it('builds the same pack (same content checksum) as the explicit flags, with exact figures for 29-2072.00', async () => {
    const f = officialFolder(t.dir)
    const a = join(t.dir, 'official.capack')
    const b = join(t.dir, 'explicit.capack')
    const out = sink()
    const err = sink()
    expect(await main(['build', '--official', f.dir, '--out', a], { out: out.stream, err: err.stream })).toBe(
      0,
    )
    // The report names what each file is and says which release won.
    expect(out.text()).toMatch(
      /used +bls\/national_M2025_dl\.xlsx — BLS OEWS national wages and employment, OEWS May 2025\./,
    )
    expect(out.text()).toMatch(/skipped +bls\/national_M2024_dl\.xlsx .*OEWS May 2025 is newer/)
    expect(out.text()).toMatch(
      /skipped +30\.1_text\/Occupation Data\.txt — .*O\*NET 30\.3 has this table too and is newer/,
    )
    expect(out.text()).toMatch(/Built .*: 1,016 occupations/)
    const explicit = [
      'build',
      ...['--onet', f.onet('30.3_csv'), '--onet', f.onet('30.1_text'), '--onet-release', '30.1'],
      ...['--onet', f.onet('29.0_excel'), '--onet', f.onet('27.0_text')],
      ...['--oews', f.file('bls/national_M2025_dl.xlsx'), '--ep', f.file('bls/occupation.xlsx')],
      ...['--cip', f.file('crosswalks/CIP2020_SOC2018_Crosswalk.csv')],
      ...['--cip-codes', f.file('crosswalks/CIPCode2020.csv')],
      ...['--clusters', f.file('crosswalks/All_Career_Clusters.csv'), '--out', b],
    ]
    expect(await main(explicit, { out: sink().stream, err: sink().stream })).toBe(0)
    expect(manifest(a, 'content_checksum')).toBe(manifest(b, 'content_checksum'))
    // The release dates the Data screen shows come from the Read Me files.
    expect(JSON.parse(manifest(a, 'release_dates'))).toMatchObject({
      'O*NET 30.3': 'May 2026',
      'O*NET 29.0': 'August 2024',
    })

    const db = new Database(a, { readonly: true })
    try {
      const w = db.prepare("SELECT * FROM wages WHERE code = '29-2072.00'").get() as Record<string, unknown>
      expect(w).toMatchObject({ release: 'OEWS May 2025', basis: 'exact', tot_emp: 194720 })
      expect([w.a_pct10, w.a_pct25, w.a_median, w.a_pct75, w.a_pct90]).toEqual([
        37000, 43490, 51140, 64820, 81150,
      ])
      const p = db.prepare("SELECT * FROM projections WHERE code = '29-2072.00'").get() as Record<
        string,
        unknown
      >
      expect(p).toMatchObject({ emp_base: 194800, emp_proj: 208600, change_pct: 7.1, openings: 14200 })
      const cips = db.prepare("SELECT cip FROM programs WHERE code = '29-2072.00' ORDER BY cip").pluck().all()
      expect(cips).toEqual(['51.0706', '51.0707', '51.0713', '51.0721'])
      const title = db.prepare("SELECT title FROM occupations WHERE code = '29-2072.00'").pluck().get()
      expect(title).toBe('Medical Records Specialists')
    } finally {
      db.close()
    }
  })
})

describe('recognising downloads by content', () => {
  // A stray file, a renamed file, a duplicate release, an older release, and zips as they download.
  const dir = join(t.dir, 'mixed')
  const onet27 = join(SHARED_DATA, 'onet/27.0_text')
  mkdirSync(join(dir, 'copy-of-27'), { recursive: true })
  writeFileSync(join(dir, 'students fall roster.csv'), 'Name,Grade,Homeroom\nAna,10,B12\n')
  writeFileSync(join(dir, 'notes.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]))
  // Renamed: the OEWS May 2025 workbook as "wages.xlsx", told apart by its sheet, not its name.
  symlinkSync(join(SHARED_DATA, 'bls/oews/national_M2025_dl.xlsx'), join(dir, 'wages.xlsx'))
  // The OEWS May 2024 workbook inside the zip BLS ships it in.
  writeFileSync(
    join(dir, 'oesm24nat.zip'),
    zipSync({
      'oesm24nat/national_M2024_dl.xlsx': readFileSync(join(SHARED_DATA, 'bls/oews/national_M2024_dl.xlsx')),
    }),
  )
  // O*NET 27.0 as its release zip, one table renamed inside it; and a loose copy of the same release.
  const pick = (n: string) => readFileSync(join(onet27, n))
  writeFileSync(
    join(dir, 'db_27_0_text.zip'),
    zipSync({
      'db_27_0_text/Read Me.txt': pick('Read Me.txt'),
      'db_27_0_text/occupations-list.txt': pick('Occupation Data.txt'),
      'db_27_0_text/Job Zones.txt': pick('Job Zones.txt'),
      'db_27_0_text/Job Zone Reference.txt': pick('Job Zone Reference.txt'),
    }),
  )
  copyFileSync(join(onet27, 'Read Me.txt'), join(dir, 'copy-of-27/Read Me.txt'))
  copyFileSync(join(onet27, 'Job Zones.txt'), join(dir, 'copy-of-27/Job Zones.txt'))

  it('lists every file: what it is, the one used, the older and duplicate releases, and the unknown ones with the reason', () => {
    const plan = planOfficial([dir])
    const by = (file: string) => plan.report.files.find((f) => f.file === file)
    expect(by('mixed/wages.xlsx')).toMatchObject({ status: 'used', release: 'OEWS May 2025' })
    expect(by('oesm24nat.zip/oesm24nat/national_M2024_dl.xlsx')).toMatchObject({
      status: 'older',
      release: 'OEWS May 2024',
      note: expect.stringMatching(/OEWS May 2025 is newer \(mixed\/wages\.xlsx\)/),
    })
    expect(by('db_27_0_text.zip/db_27_0_text/occupations-list.txt')).toMatchObject({
      status: 'used',
      what: expect.stringMatching(/Occupation Data/),
      release: 'O*NET 27.0',
    })
    const zones = [by('db_27_0_text.zip/db_27_0_text/Job Zones.txt'), by('copy-of-27/Job Zones.txt')]
    expect(zones.map((z) => z?.status).sort()).toEqual(['duplicate', 'used'])
    expect(zones.find((z) => z?.status === 'duplicate')?.note).toMatch(/same release again/)
    expect(by('mixed/students fall roster.csv')).toMatchObject({
      status: 'skipped',
      what: null,
      note: expect.stringMatching(/Not one of the official files.*Name, Grade, Homeroom/),
    })
    expect(by('mixed/notes.pdf')).toMatchObject({
      status: 'skipped',
      note: expect.stringMatching(/not a text, CSV or Excel/),
    })
    expect(plan.report.canBuild).toBe(true)
    expect(plan.report.missing).toEqual(['ep', 'cip', 'cip-codes', 'clusters'])
  })

  it('builds from the zip and the renamed workbook', async () => {
    const out = join(t.dir, 'mixed.capack')
    const r = await buildPack({ out, onet: [], official: [dir] })
    expect(r.counts.occupations).toBe(1016)
    const db = new Database(out, { readonly: true })
    try {
      const w = db.prepare("SELECT release, a_median FROM wages WHERE code = '29-2072.00'").get()
      expect(w).toEqual({ release: 'OEWS May 2025', a_median: 51140 })
      const src = db.prepare("SELECT file FROM table_sources WHERE table_name = 'occupations'").pluck().get()
      expect(src).toBe('db_27_0_text.zip/db_27_0_text/occupations-list.txt')
    } finally {
      db.close()
    }
  })

  it('lets an explicit option win over the file found, and says so', async () => {
    const out = join(t.dir, 'explicit-wins.capack')
    const oews2024 = join(SHARED_DATA, 'bls/oews/national_M2024_dl.xlsx')
    const r = await buildPack({ out, onet: [], official: [dir], oews: oews2024 })
    expect(r.official?.files.find((f) => f.file === 'mixed/wages.xlsx')).toMatchObject({
      status: 'skipped',
      note: expect.stringMatching(/explicit option/),
    })
    const db = new Database(out, { readonly: true })
    try {
      const w = db.prepare("SELECT release, a_median FROM wages WHERE code = '29-2072.00'").get()
      expect(w).toEqual({ release: 'OEWS May 2024', a_median: 50250 })
    } finally {
      db.close()
    }
  })

  it('refuses, with the fix, a folder with no O*NET Occupation Data', async () => {
    const only = join(t.dir, 'only-bls')
    mkdirSync(only)
    symlinkSync(join(SHARED_DATA, 'bls/ep/occupation.xlsx'), join(only, 'occupation.xlsx'))
    await expect(buildPack({ out: join(t.dir, 'x.capack'), onet: [], official: [only] })).rejects.toThrow(
      /No O\*NET Occupation Data or Job Zone Reference among these files/,
    )
    // The installer needs Job Zone Reference too: said before building, not after.
    const part = join(t.dir, 'only-occupations')
    mkdirSync(part)
    for (const f of ['Read Me.txt', 'Occupation Data.txt'])
      symlinkSync(join(SHARED_DATA, 'onet/27.0_text', f), join(part, f))
    expect(planOfficial([part]).report).toMatchObject({
      canBuild: false,
      problem: expect.stringMatching(/^No O\*NET Job Zone Reference among these files/),
    })
    // O*NET files with no Read Me and no version in their folder name: the report says how to fix it.
    const loose = join(t.dir, 'loose')
    mkdirSync(loose)
    for (const f of ['Occupation Data.txt', 'Job Zone Reference.txt'])
      symlinkSync(join(SHARED_DATA, 'onet/27.0_text', f), join(loose, f))
    const r = planOfficial([loose]).report
    expect(r.problem).toMatch(/release of 2 files cannot be told.*db_30_1_text/)
    expect(r.files.every((f) => f.status === 'skipped' && /Read Me\.txt/.test(f.note))).toBe(true)
  })
})
