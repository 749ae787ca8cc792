import type { CaseloadFilter, CaseloadStats } from '../../../shared/domain/caseload'
import { UserError } from '../../../shared/errors'
import { AREAS, type Area, isArea } from '../../../shared/riasec'
import type { CatalogHolder } from '../catalog/holder'
import type { ServiceContext } from '../context'
import { prepareAll } from '../db/statements'
import { localDay } from '../students/sessions'
import { monthsBetween } from './months'

// The caseload in view: records not archived, optionally one school. Every query starts here.
const POP = 'st.archived = 0 AND (@school IS NULL OR st.school = @school)'

// Rows of students in view; the population test is skipped when it would keep everyone.
const inPop = (alias: string) =>
  `(@everyone = 1 OR ${alias}.student_id IN (SELECT st.id FROM students st WHERE ${POP}))`

const SQL = {
  schools: `SELECT DISTINCT school FROM students WHERE archived = 0 AND school IS NOT NULL AND school <> '' ORDER BY school`,
  archived: 'SELECT count(*) AS n FROM students WHERE archived = 1',
  byGrade: `SELECT grade, status, count(*) AS n FROM students st WHERE ${POP} GROUP BY grade, status`,
  // The month index delivers rows in (month, student) order, so both groupings stream without a
  // sort: one row per student and month, then one per month (its row count = students seen).
  months: `SELECT month, count(*) AS students, sum(n) AS sessions, sum(minutes) AS minutes FROM (
             SELECT substr(s.date, 1, 7) AS month, s.student_id, count(*) AS n, sum(s.duration_min) AS minutes
             FROM sessions s INDEXED BY caseload_sessions_month
             WHERE substr(s.date, 1, 7) BETWEEN substr(@from, 1, 7) AND substr(@to, 1, 7)
               AND s.date BETWEEN @from AND @to AND s.planned = 0 AND ${inPop('s')}
             GROUP BY substr(s.date, 1, 7), s.student_id ORDER BY substr(s.date, 1, 7), s.student_id)
           GROUP BY month`,
  seen: `SELECT count(*) AS n FROM students st WHERE ${POP} AND EXISTS
           (SELECT 1 FROM sessions s WHERE s.student_id = st.id AND s.planned = 0 AND s.date BETWEEN @from AND @to)`,
  areas: `SELECT substr(p.high_point, 1, 1) AS area, count(*) AS n
          FROM students st JOIN interest_profiles p ON p.id = (
            SELECT p2.id FROM interest_profiles p2 WHERE p2.student_id = st.id AND p2.taken_on <= @to
            ORDER BY p2.taken_on DESC, p2.id DESC LIMIT 1)
          WHERE ${POP} GROUP BY area`,
  // A career the student set aside no longer counts as one they are considering.
  saved: `SELECT sc.code, max(sc.title) AS title, count(*) AS n FROM saved_careers sc
          WHERE sc.status <> 'set_aside' AND substr(sc.saved_at, 1, 10) BETWEEN @from AND @to AND ${inPop('sc')}
          GROUP BY sc.code`,
  goals: `SELECT g.status, count(*) AS n FROM goals g
          WHERE (@ranged = 0 OR g.due_date BETWEEN @from AND @to) AND ${inPop('g')} GROUP BY g.status`,
  overdue: `SELECT st.grade, count(*) AS n FROM goals g JOIN students st ON st.id = g.student_id
            WHERE g.status = 'open' AND g.due_date < @asOf AND (@ranged = 0 OR g.due_date BETWEEN @from AND @to)
              AND ${POP} GROUP BY st.grade`,
  // The whole record's first and last session (two index seeks), for the month axis.
  span: 'SELECT (SELECT min(date) FROM sessions) AS lo, (SELECT max(date) FROM sessions) AS hi',
}

const clusterCache = new WeakMap<CatalogHolder, { version: number; byCode: Map<string, string[]> }>()
function clustersByCode(holder: CatalogHolder): Map<string, string[]> {
  const hit = clusterCache.get(holder)
  if (hit && hit.version === holder.version) return hit.byCode
  const byCode = new Map<string, string[]>()
  if (holder.exists()) {
    const rows = holder.get().prepare('SELECT DISTINCT code, cluster FROM clusters').all() as {
      code: string
      cluster: string
    }[]
    for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r.cluster])
  }
  clusterCache.set(holder, { version: holder.version, byCode })
  return byCode
}

export function caseloadStats(ctx: ServiceContext, filter: CaseloadFilter): CaseloadStats {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new UserError(
      'VALIDATION',
      'The start date is after the end date.',
      'Swap the two dates, or clear one of them.',
    )
  }
  const q = prepareAll(ctx.clients, SQL)
  // The counselor's calendar day, as session dates and the 'after today' check are: the UTC date
  // runs a day ahead or behind for hours, dropping today's sessions from the months or adding one.
  const asOf = localDay(ctx.now())
  const p = {
    school: filter.school || null,
    from: filter.from ?? '0000-01-01',
    to: filter.to ?? '9999-12-31',
    asOf,
    ranged: filter.from || filter.to ? 1 : 0,
    everyone: 0,
  }
  const noArchived = (q.archived as { get: () => { n: number } }).get().n === 0
  p.everyone = !p.school && noArchived ? 1 : 0

  const byGradeMap = new Map<
    number | null,
    { grade: number | null; active: number; graduated: number; transferred: number }
  >()
  const students = { total: 0, active: 0, graduated: 0, transferred: 0, seenInRange: 0 }
  for (const r of q.byGrade.all(p) as {
    grade: number | null
    status: 'active' | 'graduated' | 'transferred'
    n: number
  }[]) {
    const row = byGradeMap.get(r.grade) ?? { grade: r.grade, active: 0, graduated: 0, transferred: 0 }
    row[r.status] += r.n
    byGradeMap.set(r.grade, row)
    students[r.status] += r.n
    students.total += r.n
  }
  students.seenInRange = (q.seen.get(p) as { n: number }).n

  const monthRows = q.months.all(p) as CaseloadStats['sessionsPerMonth']
  const span = (q.span as { get: () => unknown }).get() as { lo: string | null; hi: string | null }
  const lo = filter.from ?? span.lo
  // Planned sessions are not counted, so the axis ends today (as the PDF header's period does).
  const hi = filter.to ?? asOf
  const byMonth = new Map(monthRows.map((m) => [m.month, m]))
  const sessionsPerMonth = lo
    ? monthsBetween(lo, hi).map(
        (month) => byMonth.get(month) ?? { month, sessions: 0, students: 0, minutes: 0 },
      )
    : []

  const areaCounts = new Map<Area, number>()
  for (const r of q.areas.all(p) as { area: string; n: number }[])
    if (isArea(r.area)) areaCounts.set(r.area, r.n)
  const profiled = [...areaCounts.values()].reduce((s, n) => s + n, 0)

  const saved = q.saved.all(p) as { code: string; title: string; n: number }[]
  const clusters = clustersByCode(ctx.catalog)
  const clusterCounts = new Map<string, number>()
  let savedWithoutCluster = 0
  for (const s of saved) {
    const cs = clusters.get(s.code)
    if (!cs) savedWithoutCluster += s.n
    else for (const c of cs) clusterCounts.set(c, (clusterCounts.get(c) ?? 0) + s.n)
  }

  const goals = { open: 0, overdue: 0, done: 0, dropped: 0 }
  for (const g of q.goals.all(p) as { status: 'open' | 'done' | 'dropped'; n: number }[])
    goals[g.status] += g.n
  const overdueByGrade = q.overdue.all(p) as { grade: number | null; n: number }[]
  goals.overdue = overdueByGrade.reduce((n, g) => n + g.n, 0)

  const gradeOrder = (a: number | null, b: number | null) => (a ?? 99) - (b ?? 99)
  return {
    filter,
    asOf,
    schools: ((q.schools as { all: () => unknown[] }).all() as { school: string }[]).map((r) => r.school),
    students,
    byGrade: [...byGradeMap.values()].sort((a, b) => gradeOrder(a.grade, b.grade)),
    sessionsPerMonth,
    interestAreas: AREAS.map((area) => ({ area, students: areaCounts.get(area) ?? 0 })),
    withoutProfile: Math.max(0, students.total - profiled),
    topCareers: saved
      .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title))
      .slice(0, 10)
      .map((s) => ({ code: s.code, title: s.title, students: s.n })),
    topClusters: [...clusterCounts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([cluster, saves]) => ({ cluster, saves })),
    savedWithoutCluster,
    goals,
    overdueByGrade: overdueByGrade
      .map((g) => ({ grade: g.grade, overdue: g.n }))
      .sort((a, b) => gradeOrder(a.grade, b.grade)),
  }
}
