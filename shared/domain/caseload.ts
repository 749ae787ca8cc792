import type { Area } from '../riasec'

/**
 * Caseload statistics: counts only, never names, so they can be shown to a principal or printed.
 * Population = students not archived (optionally one school). The date range limits activity:
 * sessions by date, saved careers by the day they were saved, goals by due date, and the
 * interest profile counted is each student's latest one taken on or before the range's end.
 */
export interface CaseloadFilter {
  from?: string
  to?: string
  school?: string
}

export interface CaseloadStats {
  filter: CaseloadFilter
  /** "Today" used for overdue goals (YYYY-MM-DD). */
  asOf: string
  schools: string[]
  students: { total: number; active: number; graduated: number; transferred: number; seenInRange: number }
  /** One row per grade (null = grade not recorded), counts by status. */
  byGrade: { grade: number | null; active: number; graduated: number; transferred: number }[]
  /** Every month in range, including months without sessions. */
  sessionsPerMonth: { month: string; sessions: number; students: number; minutes: number }[]
  /** Students by the first letter of their latest profile's high-point code. */
  interestAreas: { area: Area; students: number }[]
  withoutProfile: number
  topCareers: { code: string; title: string; students: number }[]
  /** Saved careers per career cluster (a career in two clusters counts in both). */
  topClusters: { cluster: string; saves: number }[]
  /** Saved careers whose code is not in the installed pack's cluster list. */
  savedWithoutCluster: number
  goals: { open: number; overdue: number; done: number; dropped: number }
  overdueByGrade: { grade: number | null; overdue: number }[]
}
