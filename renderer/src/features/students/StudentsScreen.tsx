import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react'
import type { InputOf } from '../../../../shared/api'
import { displayName } from '../../../../shared/domain/students'
import { BatchReportActions } from '../../components/reports/ReportActions'
import { Alert, formatDay, gradeLabel, StatusBadge, toFormError } from '../../components/ui'
import { useApiQuery } from '../../hooks/api'
import { useDraft } from '../../hooks/drafts'
import { navigate, useAddressFlag } from '../../router'
import { ImportStudents } from './ImportStudents'
import { RecordKeeping } from './RecordKeeping'
import { StudentForm } from './StudentForm'
import './students.css'

type Filters = { q: string; grade: string; status: string; school: string; seen: string; archived: boolean }
const EMPTY: Filters = { q: '', grade: '', status: '', school: '', seen: '', archived: false }
const LIMIT = 500

function toInput(f: Filters): InputOf<'students.list'> {
  return {
    q: f.q || undefined,
    grade: f.grade ? Number(f.grade) : undefined,
    status: (f.status || undefined) as InputOf<'students.list'>['status'],
    school: f.school || undefined,
    notSeenDays: f.seen === '' ? undefined : f.seen === 'never' ? 'never' : Number(f.seen),
    archived: f.archived,
    limit: LIMIT,
  }
}

/** The value after a short pause in its changes: one query per burst of keys, not one per key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return settled
}

/** The caseload: instant search and filters, arrow keys to move, Enter to open. */
export function StudentsScreen() {
  const [filters, setFilters] = useState<Filters>(EMPTY)
  const asked = useSettled(filters, 80)
  // Any save, import, restore or deletion invalidates this query (hooks/query-keys.ts): the
  // list is always the services' answer, never patched by hand.
  const list = useApiQuery('students.list', toInput(asked), { keepPrevious: true })
  const rows = list.data ?? null
  const [active, setActive] = useState(0)
  // The new-student form's being open is a draft (its fields are too): a half-typed student is
  // still there after an auto-lock. The import starts over (the file is not kept).
  const [creating, setCreating] = useDraft('student:new:open', false)
  const [importing, setImporting] = useState(false)
  const panel = creating ? 'new' : importing ? 'import' : 'none'
  const setPanel = (next: 'none' | 'new' | 'import') => {
    setCreating(next === 'new')
    setImporting(next === 'import')
  }
  // File › New Student (Ctrl+N) lands here as #/students?new=1, also when this screen shows already.
  useAddressFlag('new', () => setPanel('new'))
  const schools = useApiQuery('students.schools', {})
  const search = useRef<HTMLInputElement>(null)
  const set = (k: keyof Filters, v: string | boolean) => setFilters((f) => ({ ...f, [k]: v }))

  // A new answer to a new question starts the keyboard at its first row.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the question changes, not the rows
  useEffect(() => setActive(0), [asked])

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (
        e.key === '/' &&
        document.activeElement?.tagName !== 'INPUT' &&
        document.activeElement?.tagName !== 'TEXTAREA'
      ) {
        e.preventDefault()
        search.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const onListKey = (e: KeyboardEvent) => {
    if (!rows || rows.length === 0) return
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setActive((i) => Math.min(rows.length - 1, i + 1))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((i) => Math.max(0, i - 1))
    } else if (e.key === 'Enter' && rows[active]) {
      e.preventDefault()
      navigate(`/students/${rows[active].id}/overview`)
    }
  }

  useEffect(() => {
    document.getElementById(`student-row-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [active])

  const filtered =
    JSON.stringify({ ...filters, q: '' }) !== JSON.stringify({ ...EMPTY, q: '' }) || filters.q !== ''

  return (
    <section className="screen st-root st-list" aria-labelledby="students-title">
      <header className="st-head">
        <div>
          <h1 id="students-title">Students</h1>
          <p className="muted">Your caseload: records, sessions, goals and saved careers.</p>
        </div>
        <div className="st-head-actions">
          <button
            type="button"
            onClick={() => setPanel(panel === 'new' ? 'none' : 'new')}
            aria-expanded={panel === 'new'}
          >
            New student
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}
            aria-expanded={panel === 'import'}
          >
            Import list (CSV)
          </button>
        </div>
      </header>

      {panel === 'new' ? (
        <div className="panel st-new">
          <h2>New student</h2>
          <StudentForm
            schools={schools.data ?? []}
            onSaved={(s) => {
              setPanel('none')
              navigate(`/students/${s.id}/overview`)
            }}
            onCancel={() => setPanel('none')}
          />
        </div>
      ) : null}
      {panel === 'import' ? (
        <ImportStudents schools={schools.data ?? []} onDone={() => setPanel('none')} />
      ) : null}

      <search className="st-filters" aria-label="Find students">
        <div className="st-search">
          <label htmlFor="student-search" className="sr-only">
            Search students by name or number
          </label>
          <input
            id="student-search"
            ref={search}
            type="search"
            placeholder="Search name or student number  ( / )"
            value={filters.q}
            onChange={(e) => set('q', e.target.value)}
            onKeyDown={onListKey}
            aria-controls="students-table"
            autoComplete="off"
          />
        </div>
        <FilterSelect id="f-grade" label="Grade" value={filters.grade} onChange={(v) => set('grade', v)}>
          <option value="">All grades</option>
          {[6, 7, 8, 9, 10, 11, 12].map((g) => (
            <option key={g} value={g}>
              Grade {g}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-status" label="Status" value={filters.status} onChange={(v) => set('status', v)}>
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="graduated">Graduated</option>
          <option value="transferred">Transferred</option>
        </FilterSelect>
        <FilterSelect id="f-school" label="School" value={filters.school} onChange={(v) => set('school', v)}>
          <option value="">All schools</option>
          {(schools.data ?? []).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-seen" label="Last seen" value={filters.seen} onChange={(v) => set('seen', v)}>
          <option value="">Any time</option>
          <option value="30">Not seen in 30 days</option>
          <option value="90">Not seen in 90 days</option>
          <option value="180">Not seen in 6 months</option>
          <option value="never">Never seen</option>
        </FilterSelect>
        <label className="st-archived-toggle">
          <input
            type="checkbox"
            checked={filters.archived}
            onChange={(e) => set('archived', e.target.checked)}
          />{' '}
          Archived
        </label>
        {filtered ? (
          <button type="button" className="secondary st-clear" onClick={() => setFilters(EMPTY)}>
            Clear
          </button>
        ) : null}
      </search>

      <Alert error={list.error ? toFormError(list.error) : null} />
      <p className="st-count muted" role="status" aria-live="polite">
        {rows == null
          ? 'Loading…'
          : rows.length === LIMIT
            ? `Showing the first ${LIMIT} students — search or filter to narrow the list.`
            : `${rows.length} ${rows.length === 1 ? 'student' : 'students'}${filters.archived ? ' (archived)' : ''}`}
      </p>
      {rows && rows.length === 0 ? (
        <div className="st-empty">
          {filtered ? (
            <p>No students match. Check the spelling, or clear the filters.</p>
          ) : (
            <p>
              No students yet. Choose <strong>New student</strong> to add one, or import your list from a CSV
              file.
            </p>
          )}
        </div>
      ) : (
        <div className="st-table-wrap">
          <table id="students-table" className="st-table" aria-label="Students">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Grade</th>
                <th scope="col">School</th>
                <th scope="col">Student no.</th>
                <th scope="col">Status</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {(rows ?? []).map((s, i) => (
                <tr
                  key={s.id}
                  id={`student-row-${i}`}
                  className={i === active ? 'st-row-active' : undefined}
                  onClick={() => navigate(`/students/${s.id}/overview`)}
                >
                  <td>
                    <a href={`#/students/${s.id}/overview`} className="st-name">
                      {displayName(s)}
                    </a>
                  </td>
                  <td>{gradeLabel(s.grade)}</td>
                  <td>{s.school ?? '—'}</td>
                  <td className="st-mono">{s.studentNumber ?? '—'}</td>
                  <td>
                    <StatusBadge status={s.status} archived={s.archived} />
                  </td>
                  <td>{s.lastSeen ? formatDay(s.lastSeen) : <span className="muted">Never</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows && rows.length > 0 ? (
        <details className="panel st-batch">
          <summary>
            <h2>Career plans for every student listed ({rows.length}): one PDF or one per student</h2>
          </summary>
          <BatchReportActions studentIds={rows.map((s) => s.id)} />
        </details>
      ) : null}
      <RecordKeeping />
    </section>
  )
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  children: ReactNode
}) {
  return (
    <div className="st-filter">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={value ? 'st-filter-set' : undefined}
      >
        {children}
      </select>
    </div>
  )
}
