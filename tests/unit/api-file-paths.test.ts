import { describe, expect, it } from 'vitest'
import { buildPackInput, packsApi } from '../../shared/api/packs'

// The desktop lets through only absolute paths the user granted; a relative one is no path to
// that check, so the contract itself must refuse it (it would be read against the app's cwd).
describe('file paths in the API', () => {
  const install = packsApi['packs.install'].input
  it('refuses relative paths for every file a pack is built or installed from', () => {
    for (const input of [
      { onet: ['Users/someone/Documents'] },
      { official: ['etc'] },
      { official: ['/granted/folder', '../secrets'] },
      { onet: ['/ok'], oews: 'x.xlsx' },
    ])
      expect(buildPackInput.safeParse(input).success, JSON.stringify(input)).toBe(false)
    expect(install.safeParse({ path: 'home/x/pack.capack' }).success).toBe(false)
  })

  it('takes full paths as each platform writes them', () => {
    for (const p of [
      '/home/x/db_30_3_text.zip',
      'C:\\Users\\x\\Downloads',
      'D:/data',
      '\\\\server\\share\\x',
    ])
      expect(buildPackInput.safeParse({ official: [p] }).success, p).toBe(true)
    expect(install.safeParse({ path: '/home/x/pack.capack' }).success).toBe(true)
  })
})
