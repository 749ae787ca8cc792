import { type KeyboardEvent, useRef } from 'react'
import { displayName, type Student } from '../../../../shared/domain/students'
import { StudentReportActions } from '../../components/reports/ReportActions'
import { Alert, gradeLabel, StatusBadge, toFormError } from '../../components/ui'
import { useApiQuery } from '../../hooks/api'
import { navigate } from '../../router'
import { GoalsTab } from './GoalsTab'
import { InterestsTab } from './interests/InterestsTab'
import { OverviewTab } from './OverviewTab'
import { RecordsTab } from './RecordsTab'
import { SavedTab } from './SavedTab'
import { SessionsTab } from './SessionsTab'
import './students.css'

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'sessions', label: 'Sessions & notes' },
  { id: 'goals', label: 'Goals' },
  { id: 'saved', label: 'Saved careers' },
  { id: 'interests', label: 'Interests' },
  { id: 'reports', label: 'Reports' },
  { id: 'records', label: 'Record safeguards' },
] as const

/** One student's record, a tab per part; the tab is in the address (#/students/<id>/<tab>). */
export function StudentScreen({ id, tab }: { id: number; tab: string }) {
  // Any change to the record (a session, a goal, a saved career...) invalidates this query, so
  // the counts on the tabs follow without the tabs telling anyone.
  const student = useApiQuery('students.get', { id })
  const current = TABS.some((t) => t.id === tab) ? tab : 'overview'
  const tabRefs = useRef<(HTMLAnchorElement | null)[]>([])

  if (student.error)
    return (
      <section className="screen st-root">
        <h1>Student</h1>
        <Alert error={toFormError(student.error)} />
        <a href="#/students">Back to students</a>
      </section>
    )
  const s = student.data
  if (!s || s.id !== id)
    return (
      <section className="screen st-root" aria-busy="true">
        <p className="muted">Loading the record…</p>
      </section>
    )

  // The tab strip's keys (WAI-ARIA tabs, automatic activation): arrows move and open, Home and End
  // jump to the ends. Each tab is a link too, so the tab is in the address and survives a reload.
  const onTabKey = (e: KeyboardEvent, i: number) => {
    const n = TABS.length
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null
    if (next == null) return
    e.preventDefault()
    navigate(`/students/${id}/${TABS[next]!.id}`)
    tabRefs.current[next]?.focus()
  }

  return (
    <article className="screen st-root st-record" aria-labelledby="student-name">
      <p className="st-crumb">
        <a href="#/students">Students</a> <span aria-hidden="true">›</span>
      </p>
      <header className="st-student-head">
        <div className="st-avatar" aria-hidden="true">
          {initials(s.preferredName ?? s.name)}
        </div>
        <div>
          <h1 id="student-name">{displayName(s)}</h1>
          <p className="st-meta">
            <span>{gradeLabel(s.grade)}</span>
            {s.school ? <span>{s.school}</span> : null}
            {s.studentNumber ? <span className="st-mono">No. {s.studentNumber}</span> : null}
            <StatusBadge status={s.status} archived={s.archived} />
            {s.directoryOptOut ? (
              <span
                className="st-badge st-optout"
                title="Do not disclose directory information without consent"
              >
                Directory opt-out
              </span>
            ) : null}
          </p>
        </div>
      </header>
      <div className="st-tabs" role="tablist" aria-label="Student record">
        {TABS.map((t, i) => (
          <a
            key={t.id}
            ref={(el) => {
              tabRefs.current[i] = el
            }}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === current}
            aria-controls="student-tabpanel"
            tabIndex={t.id === current ? 0 : -1}
            href={`#/students/${id}/${t.id}`}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
            {t.id === 'sessions' && s.counts.sessions ? (
              <span className="st-count-pill">{s.counts.sessions}</span>
            ) : null}
            {t.id === 'goals' && s.counts.openGoals ? (
              <span className="st-count-pill">{s.counts.openGoals}</span>
            ) : null}
            {t.id === 'saved' && s.counts.savedCareers ? (
              <span className="st-count-pill">{s.counts.savedCareers}</span>
            ) : null}
          </a>
        ))}
      </div>
      <div id="student-tabpanel" role="tabpanel" aria-labelledby={`tab-${current}`} className="st-tabpanel">
        {/* Keyed by student: a tab never shows the previous student's answer while the next loads. */}
        <Tab key={s.id} tab={current} student={s} />
      </div>
    </article>
  )
}

function Tab({ tab, student }: { tab: string; student: Student }) {
  switch (tab) {
    case 'sessions':
      return <SessionsTab studentId={student.id} />
    case 'goals':
      return <GoalsTab studentId={student.id} />
    case 'saved':
      return <SavedTab studentId={student.id} />
    case 'interests':
      return <InterestsTab studentId={student.id} />
    case 'reports':
      return (
        <div className="panel">
          <h2>Reports</h2>
          <p className="muted">
            Every printed or saved report about a student is a disclosure of the education record and is
            entered in the disclosure log.
          </p>
          <StudentReportActions studentId={student.id} />
        </div>
      )
    case 'records':
      return <RecordsTab student={student} />
    default:
      return <OverviewTab student={student} />
  }
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/)
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase()
}
