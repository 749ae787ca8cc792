import { describe, expect, it } from 'vitest'
import { buildOptionsFrom, parseArgs } from '../../electron/cli/pack-args'

describe('pack CLI: OEWS area and industry files', () => {
  it('takes --oews-area and --oews-industry as often as given, in order', () => {
    const o = buildOptionsFrom(
      parseArgs([
        'build',
        '--onet',
        '/d/30.3',
        '--oews-area',
        '/b/state_M2025_dl.xlsx',
        '--oews-area=/b/oesm25ma.zip',
        '--oews-industry',
        '/b/nat4d_M2025_dl.xlsx',
        '--out',
        'x.capack',
      ]),
    )
    expect(o.oewsArea).toEqual(['/b/state_M2025_dl.xlsx', '/b/oesm25ma.zip'])
    expect(o.oewsIndustry).toEqual(['/b/nat4d_M2025_dl.xlsx'])
  })
  it('leaves them out when not given, and needs a value', () => {
    const o = buildOptionsFrom(parseArgs(['build', '--onet', '/d', '--out', 'x']))
    expect(o.oewsArea).toBeUndefined()
    expect(o.oewsIndustry).toBeUndefined()
    expect(() => parseArgs(['build', '--oews-area'])).toThrow(/--oews-area needs a value/)
  })
})
