import { describe, expect, it } from 'vitest'
import { browseQuery, readBrowseState } from '../../renderer/src/features/browse/browse-url'
import { caseloadQuery, readCaseloadView } from '../../renderer/src/features/caseload/caseload-url'
import { parseRoute, splitHash } from '../../renderer/src/router'

describe('the address a counselor can paste, bookmark or mistype', () => {
  it('reads each screen from its address', () => {
    expect(parseRoute('#/occupation/29-2072.00')).toEqual({ name: 'occupation', code: '29-2072.00' })
    expect(parseRoute('#/students/12/sessions')).toEqual({ name: 'student', id: 12, tab: 'sessions' })
    expect(parseRoute('#/?q=vet%20tech')).toEqual({ name: 'explore', q: 'vet tech' })
    expect(parseRoute('')).toEqual({ name: 'explore', q: '' })
  })

  it('lands on Search, not a blank window, for a broken escape in the address', () => {
    for (const bad of ['#/occupation/%E0%A4%A', '#/students/1/%zz', '#/occupation/%'])
      expect(parseRoute(bad)).toEqual({ name: 'explore', q: '' })
  })

  it('keeps everything after the first ? as the query', () => {
    const { path, query } = splitHash('#/browse?q=what?&jz=2')
    expect(path).toBe('/browse')
    expect(query.get('q')).toBe('what?')
    expect(query.get('jz')).toBe('2')
  })

  it('drops browse values the services would refuse instead of showing a validation error', () => {
    const long = 'x'.repeat(500)
    const many = Array.from({ length: 60 }, (_, i) => `cluster=C${i}`).join('&')
    const s = readBrowseState(new URLSearchParams(`jz=1.5&jz=3&jz=3&jz=9&cluster=${long}&${many}&page=99999`))
    expect(s.filters.jobZone).toEqual([3])
    expect(s.filters.cluster).toHaveLength(40)
    expect(s.filters.cluster).not.toContain(long)
    expect(s.page).toBe(10_000)
    expect(readBrowseState(new URLSearchParams('page=-4')).page).toBe(1)
  })

  it('writes browse and caseload state back to the same address', () => {
    const q = new URLSearchParams('cluster=Health+Science&jz=3&bright=1&sort=wage-desc&page=2')
    expect(browseQuery(readBrowseState(q)).toString()).toBe(q.toString())
    const c = new URLSearchParams('school=Valley+Early+College&from=2026-01-01&to=2026-03-31&small=hide')
    expect(caseloadQuery(readCaseloadView(c)).toString()).toBe(c.toString())
    expect(readCaseloadView(new URLSearchParams('from=yesterday')).filter).toEqual({})
  })
})
