import { describe, expect, it } from 'vitest'
import {
  buildFormSchema,
  emptyBuildForm,
  keptRows,
  toBuildInput,
} from '../../renderer/src/features/data/build-form'
import { affectedBy } from '../../renderer/src/hooks/query-keys'

describe('the build panel form read as the contract input', () => {
  it('leaves out blank fields and rows, and keeps a release only where one was typed', () => {
    const f = emptyBuildForm()
    f.onet = [
      { path: '', release: '' },
      { path: ' /data/db_30_3_text ', release: '' },
      { path: '/data/db_29_0_excel.zip', release: '29.0' },
    ]
    f.oews = '/data/national_M2025_dl.xlsx'
    f.oewsArea = [{ path: '' }, { path: '/data/state_M2025_dl.xlsx' }]
    expect(toBuildInput(f)).toEqual({
      onet: ['/data/db_30_3_text', { path: '/data/db_29_0_excel.zip', release: '29.0' }],
      oews: '/data/national_M2025_dl.xlsx',
      oewsArea: ['/data/state_M2025_dl.xlsx'],
    })
    expect(keptRows(f.onet)).toEqual([1, 2])
  })

  it('gives the contract’s own messages by input path, which keptRows maps back to the row on screen', () => {
    const f = emptyBuildForm()
    f.onet = [
      { path: '', release: '' },
      { path: 'relative', release: 'thirty' },
    ]
    const r = buildFormSchema.safeParse(f)
    expect(r.success).toBe(false)
    const issues = r.error?.issues.map((i) => [i.path.join('.'), i.message])
    expect(issues).toContainEqual(['onet.0.release', 'A release looks like 30.1.'])
    expect(keptRows(f.onet)[0]).toBe(1)
    expect(buildFormSchema.safeParse(emptyBuildForm()).error?.issues[0]?.message).toBe(
      'Choose at least one O*NET release folder or zip.',
    )
  })
})

describe('what a successful change refreshes', () => {
  const key = (m: string) => [m, {}] as const
  it('a build, an export or a cancel refreshes nothing by itself (the build’s events do)', () => {
    for (const m of ['packs.build', 'packs.export', 'packs.cancel'] as const)
      expect(affectedBy(m)(key('packs.list'))).toBe(false)
  })
  it('an install or roll back refreshes every screen; lock settings only the lock status', () => {
    expect(affectedBy('packs.rollback')(key('catalog.search'))).toBe(true)
    expect(affectedBy('settings.setPasscode')(key('settings.lockStatus'))).toBe(true)
    expect(affectedBy('settings.setPasscode')(key('catalog.search'))).toBe(false)
    expect(affectedBy('settings.setHomeArea')(key('catalog.search'))).toBe(true)
  })
})
