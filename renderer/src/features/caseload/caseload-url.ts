import type { CaseloadFilter } from '../../../../shared/domain/caseload'

/** Caseload view as it lives in the address (#/caseload?school=…&from=…&to=…&small=hide). */
export interface CaseloadView {
  filter: CaseloadFilter
  hideSmall: boolean
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function readCaseloadView(q: URLSearchParams): CaseloadView {
  const filter: CaseloadFilter = {}
  const school = q.get('school')?.trim()
  if (school) filter.school = school.slice(0, 160) // the API's limit for a school name
  for (const k of ['from', 'to'] as const) {
    const v = q.get(k)
    if (v && DAY.test(v)) filter[k] = v
  }
  return { filter, hideSmall: q.get('small') === 'hide' }
}

export function caseloadQuery(v: CaseloadView): URLSearchParams {
  const q = new URLSearchParams()
  if (v.filter.school) q.set('school', v.filter.school)
  if (v.filter.from) q.set('from', v.filter.from)
  if (v.filter.to) q.set('to', v.filter.to)
  if (v.hideSmall) q.set('small', 'hide')
  return q
}
