import { renameSync } from 'node:fs'
import { join } from 'node:path'
import { makeMiniPack } from '../support/mini-pack'
import { tempServices } from '../support/tmp'

export type TestServices = Awaited<ReturnType<typeof tempServices>>

/** Medical Records Specialists: the occupation of the team's profile example. */
export const MRS = { code: '29-2072.00', title: 'Medical Records Specialists' }

/**
 * Services with a catalog that holds MRS: the installed starter pack when it has it, else a
 * small pack with the real code and title, so saved-career tests run before the pack lands.
 */
export async function studentServices(): Promise<TestServices> {
  const s = await tempServices()
  let has = false
  try {
    has = !!s.ctx.catalog.get().prepare('SELECT 1 FROM occupations WHERE code = ?').get(MRS.code)
  } catch {
    has = false
  }
  if (!has) {
    const tmp = join(s.dataDir, 'fixture-catalog.sqlite')
    makeMiniPack(tmp, {
      occupations: [
        { code: MRS.code, title: MRS.title, jobZone: 3 },
        { code: '15-1252.00', title: 'Software Developers', jobZone: 4 },
        { code: '47-2111.00', title: 'Electricians', jobZone: 3 },
      ],
    })
    s.ctx.catalog.close()
    renameSync(tmp, s.ctx.catalog.file)
    s.ctx.catalog.reopen()
  }
  return s
}
