import { describe, expect, it } from 'vitest'
import { buildOptionsFrom, parseArgs } from '../../electron/cli/pack-args'

describe('pack CLI arguments', () => {
  it('takes several O*NET releases, naming one that has no Read Me', () => {
    const a = parseArgs([
      'build',
      '--onet',
      '/d/30.3',
      '--onet',
      '/d/30.1',
      '--onet-release',
      '30.1',
      '--oews=/b/o.xlsx',
      '--out',
      'x.capack',
    ])
    const o = buildOptionsFrom(a)
    expect(o.onet).toEqual(['/d/30.3', { path: '/d/30.1', release: '30.1' }])
    expect(o.oews).toBe('/b/o.xlsx')
    expect(o.out).toMatch(/\/x\.capack$/)
  })
  it('refuses an unknown option, a missing value and a missing --out', () => {
    expect(() => parseArgs(['build', '--onett', 'x'])).toThrow(/Unknown option --onett/)
    expect(() => parseArgs(['build', '--onet'])).toThrow(/--onet needs a value/)
    expect(() => parseArgs(['build', '--onet-release', '30.1'])).toThrow(/must follow the --onet/)
    expect(() => buildOptionsFrom(parseArgs(['build', '--onet', 'a']))).toThrow(/Give --out/)
    expect(() => buildOptionsFrom(parseArgs(['build', '--out', 'a']))).toThrow(/at least one --onet/)
    expect(() =>
      buildOptionsFrom(parseArgs(['build', '--onet', 'a', '--ep', 'x', '--ep', 'y', '--out', 'o'])),
    ).toThrow(/only once/)
  })
})
