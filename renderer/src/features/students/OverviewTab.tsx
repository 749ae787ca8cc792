import type { Student } from '../../../../shared/domain/students'
import { Alert, formatDay, today, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { useDraft } from '../../hooks/drafts'
import { StudentForm } from './StudentForm'

/** At a glance: what is open, what the student is considering, and the student's details. */
export function OverviewTab({ student }: { student: Student }) {
  const [editing, setEditing] = useDraft(`student:${student.id}:editing`, false)
  const goals = useApiQuery('goals.list', { studentId: student.id })
  const saved = useApiQuery('saved.list', { studentId: student.id })
  const schools = useApiQuery('students.schools', {})
  const archive = useApiMutation('students.archive')
  const open = (goals.data ?? []).filter((g) => g.status === 'open')
  const t = today()
  const overdue = open.filter((g) => g.dueDate && g.dueDate < t).length

  return (
    <div className="st-overview">
      <div className="st-cards">
        <Card
          label="Sessions"
          value={String(student.counts.sessions)}
          href={`#/students/${student.id}/sessions`}
        />
        <Card label="Last seen" value={student.lastSeen ? formatDay(student.lastSeen) : 'Never'} />
        <Card
          label="Open goals"
          value={String(student.counts.openGoals)}
          note={overdue ? `${overdue} overdue` : undefined}
          href={`#/students/${student.id}/goals`}
        />
        <Card
          label="Saved careers"
          value={String(student.counts.savedCareers)}
          href={`#/students/${student.id}/saved`}
        />
      </div>

      <div className="st-two">
        <section className="panel" aria-labelledby="ov-goals">
          <h2 id="ov-goals">Next steps</h2>
          {open.length === 0 ? (
            <p className="muted">No open goals.</p>
          ) : (
            <ul className="st-plain">
              {open.slice(0, 5).map((g) => (
                <li key={g.id}>
                  {g.text}{' '}
                  {g.dueDate ? (
                    <span className={g.dueDate < t ? 'st-overdue' : 'muted'}>
                      {g.dueDate < t ? 'overdue since' : 'due'} {formatDay(g.dueDate)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="ov-saved">
          <h2 id="ov-saved">Careers being considered</h2>
          {(saved.data ?? []).length === 0 ? (
            <p className="muted">
              None saved yet. Open a career’s profile from <a href="#/">Search</a> and choose “Save to a
              student”.
            </p>
          ) : (
            <ol className="st-plain">
              {(saved.data ?? []).slice(0, 5).map((c) => (
                <li key={c.id}>
                  <a href={`#/occupation/${c.code}`}>{c.title}</a>{' '}
                  <span className="muted">{c.status === 'set_aside' ? 'set aside' : c.status}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <section className="panel" aria-labelledby="ov-details">
        <div className="st-panel-head">
          <h2 id="ov-details">Details</h2>
          {editing ? null : (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit details
            </button>
          )}
        </div>
        {editing ? (
          <StudentForm
            key={student.version}
            student={student}
            schools={schools.data ?? []}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <dl className="st-details">
            <dt>Legal name</dt>
            <dd>{student.name}</dd>
            <dt>Preferred name</dt>
            <dd>{student.preferredName ?? '—'}</dd>
            <dt>Parent or guardian</dt>
            <dd>{student.guardianContact ?? '—'}</dd>
            <dt>Directory information</dt>
            <dd>{student.directoryOptOut ? 'Opted out — disclose only with consent' : 'May be disclosed'}</dd>
            {student.graduatedOn ? (
              <>
                <dt>Graduated</dt>
                <dd>{formatDay(student.graduatedOn)}</dd>
              </>
            ) : null}
            <dt>Record created</dt>
            <dd>{formatDay(student.createdAt)}</dd>
            <dt>Last changed</dt>
            <dd>{formatDay(student.updatedAt)}</dd>
          </dl>
        )}
        <Alert error={archive.error ? toFormError(archive.error) : null} />
        <div className="st-actions st-archive">
          <button
            type="button"
            className="secondary"
            disabled={archive.isPending}
            onClick={() => archive.mutate({ id: student.id, archived: !student.archived })}
          >
            {student.archived ? 'Restore from archive' : 'Archive student'}
          </button>
          <span className="muted">
            {student.archived
              ? 'Archived students are hidden from the list but kept in full.'
              : 'Archiving hides the student from the list; nothing is deleted.'}
          </span>
        </div>
      </section>
    </div>
  )
}

function Card({
  label,
  value,
  note,
  href,
}: {
  label: string
  value: string
  note?: string | undefined
  href?: string
}) {
  const body = (
    <>
      <span className="st-card-label">{label}</span>
      <span className="st-card-value">{value}</span>
      {note ? <span className="st-card-note">{note}</span> : null}
    </>
  )
  return href ? (
    <a className="st-card" href={href}>
      {body}
    </a>
  ) : (
    <div className="st-card">{body}</div>
  )
}
