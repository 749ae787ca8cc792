import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { openOnetRelease } from '../../../electron/services/packs/readers/onet-release'
import { rowArrays } from '../../../electron/services/packs/readers/table'
import { isUnsafeName } from '../../../electron/services/packs/readers/zip'
import { SHARED_DATA } from '../../support/tmp'
import { expectPackInvalid, fixtureDir, tsv } from './fixture'

const enc = (s: string) => new TextEncoder().encode(s)
const occupationData = tsv([
  ['O*NET-SOC Code', 'Title', 'Description'],
  ['29-2072.00', 'Medical Records Specialists', 'Keeps patient records.'],
])

function zipFile(entries: Record<string, Uint8Array>): { file: string; cleanup: () => void } {
  const t = fixtureDir({})
  const file = join(t.dir, 'db_30_2_text.zip')
  writeFileSync(file, zipSync(entries))
  return { file, cleanup: t.cleanup }
}

describe('O*NET release zip', () => {
  it('reads an official-style zip with its files under one top folder', async () => {
    const z = zipFile({
      'db_30_2_text/Occupation Data.txt': enc(occupationData),
      'db_30_2_text/Read Me.txt': enc('O*NET 30.2 Database\nFebruary 2026 Release\n'),
    })
    try {
      const r = openOnetRelease(z.file)
      expect(r.label).toBe('O*NET 30.2')
      const t = await r.read('occupation_data')
      expect(rowArrays(t.rows)).toEqual([
        ['29-2072.00', 'Medical Records Specialists', 'Keeps patient records.'],
      ])
    } finally {
      z.cleanup()
    }
  })

  it('reads the same rows from a zip of real 27.0 files as from the folder', async () => {
    const dir = join(SHARED_DATA, 'onet/27.0_text')
    const names = ['Read Me.txt', 'Occupation Data.txt', 'Job Zones.txt']
    const z = zipFile(Object.fromEntries(names.map((n) => [`db_27_0_text/${n}`, readFileSync(join(dir, n))])))
    try {
      const fromZip = openOnetRelease(z.file)
      expect(fromZip.label).toBe('O*NET 27.0')
      const zipped = await fromZip.read('job_zones')
      const plain = await openOnetRelease(dir).read('job_zones')
      expect(rowArrays(zipped.rows)).toEqual(rowArrays(plain.rows))
      expect(zipped.rows).toHaveLength(923)
    } finally {
      z.cleanup()
    }
  })

  it.each([['../outside.txt'], ['db/../../etc/passwd'], ['/etc/passwd'], ['C:/Windows/evil.txt']])(
    'refuses an entry named %s, naming it',
    async (name) => {
      const z = zipFile({ 'Occupation Data.txt': enc(occupationData), [name]: enc('x') })
      try {
        await expectPackInvalid(() => openOnetRelease(z.file), /db_30_2_text\.zip/, /outside its own folder/)
      } finally {
        z.cleanup()
      }
    },
  )

  it('refuses a zip bomb before inflating it', async () => {
    const z = zipFile({ 'Occupation Data.txt': new Uint8Array(8 * 1024 * 1024) })
    try {
      await expectPackInvalid(() => openOnetRelease(z.file), /far more data/, /Occupation Data\.txt/)
    } finally {
      z.cleanup()
    }
  })

  it('refuses a truncated zip with a clear message', async () => {
    const t = fixtureDir({})
    try {
      const whole = zipSync({ 'Occupation Data.txt': enc(occupationData.repeat(50)) })
      const file = join(t.dir, 'db_30_2_text.zip')
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)))
      await expectPackInvalid(() => openOnetRelease(file), /damaged or incomplete/)
    } finally {
      t.cleanup()
    }
  })

  it('refuses a zip with no O*NET files', async () => {
    const z = zipFile({ 'notes.txt': enc('hello') })
    try {
      await expectPackInvalid(() => openOnetRelease(z.file), /no O\*NET data files/)
    } finally {
      z.cleanup()
    }
  })

  it('tells unsafe names from ordinary nested ones', () => {
    expect(isUnsafeName('db_30_2_text/Occupation Data.txt')).toBe(false)
    expect(isUnsafeName('a\\..\\b')).toBe(true)
  })
})
