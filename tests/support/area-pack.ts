import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Services } from '../../electron/services'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { servicesOnCatalog } from './national-pack'
import { nationalSources } from './national-sources'
import {
  areaTable,
  FIXTURE_METROS,
  FIXTURE_STATES,
  industryTable,
  writeOewsCsv,
  writeOewsWorkbook,
  zipAs,
} from './oews-fixtures'
import { ROOT, SHARED_DATA, tempDir } from './tmp'

/**
 * The national pack plus generated OEWS state, metro (zip with MSA xlsx + BOS csv) and industry
 * workbooks (tests/support/oews-fixtures.ts), built once into .tmp/ for the home-area tests.
 */
export const AREA_PACK = join(ROOT, '.tmp', 'national-areas.sqlite')

export async function writeAreaFixtures(dir: string): Promise<{ area: string[]; industry: string[] }> {
  mkdirSync(dir, { recursive: true })
  const state = await writeOewsWorkbook(
    join(dir, 'state_M2025_dl.xlsx'),
    'state_M2025_dl',
    areaTable({ areas: FIXTURE_STATES }),
  )
  const msa = await writeOewsWorkbook(
    join(dir, 'MSA_M2025_dl.xlsx'),
    'MSA_M2025_dl',
    areaTable({ areas: FIXTURE_METROS.filter((m) => m.type === 4) }),
  )
  const bos = writeOewsCsv(
    join(dir, 'BOS_M2025_dl.csv'),
    areaTable({ areas: FIXTURE_METROS.filter((m) => m.type === 6) }),
  )
  const metros = zipAs(join(dir, 'oesm25ma.zip'), 'oesm25ma', [msa, bos])
  const industry = await writeOewsWorkbook(
    join(dir, 'nat3d_M2025_dl.xlsx'),
    'nat3d_M2025_dl',
    industryTable(),
  )
  return { area: [state, metros], industry: [industry] }
}

let pending: Promise<string> | null = null
export function areaPackPath(): Promise<string> {
  pending ??= (async () => {
    if (existsSync(AREA_PACK) && newestSource() < statSync(AREA_PACK).mtimeMs) return AREA_PACK
    const t = tempDir('ca-area-fixtures-')
    try {
      const files = await writeAreaFixtures(t.dir)
      // A fresh clone has no .tmp/ until some build makes it: this one may be the first.
      mkdirSync(dirname(AREA_PACK), { recursive: true })
      const tmp = `${AREA_PACK}.${process.pid}`
      await buildPack({
        ...nationalSources(SHARED_DATA, tmp),
        name: 'National + OEWS areas (test fixtures)',
        oewsArea: files.area,
        oewsIndustry: files.industry,
      })
      renameSync(tmp, AREA_PACK)
    } finally {
      t.cleanup()
    }
    return AREA_PACK
  })()
  return pending
}

/** Services on a fresh data folder with the area pack installed. */
export async function areaServices(): Promise<Services & { dataDir: string; cleanup: () => void }> {
  return servicesOnCatalog(await areaPackPath(), 'ca-areas-svc-')
}

function newestSource(): number {
  const dirs = [
    'electron/services/packs/readers',
    'electron/services/packs/build',
    'electron/services/search',
  ]
  const files = [
    ...dirs.flatMap((d) => readdirSync(join(ROOT, d)).map((f) => join(ROOT, d, f))),
    join(ROOT, 'electron/services/catalog/schema.ts'),
    join(ROOT, 'tests/support/oews-fixtures.ts'),
  ]
  return Math.max(...files.map((f) => statSync(f).mtimeMs))
}
