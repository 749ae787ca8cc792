import { useState } from 'react'
import type { Session } from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, formatDay, useAction, useLoad } from '../../components/ui'
import { useDraft } from '../../hooks/drafts'
import { SessionForm } from './SessionForm'

/** Sessions newest first, with the record notes shown and the private notes kept apart. */
export function SessionsTab({ studentId, onChanged }: { studentId: number; onChanged: () => void }) {
  const sessions = useLoad('sessions.list', { studentId })
  const [adding, setAdding] = useDraft(`session:${studentId}:new:open`, false)
  const changed = () => {
    sessions.reload()
    onChanged()
  }
  return (
    <div>
      <div className="st-panel-head">
        <h2 className="st-tab-title">Sessions &amp; notes</h2>
        {adding ? null : (
          <button type="button" onClick={() => setAdding(true)}>
            New session
          </button>
        )}
      </div>
      {adding ? (
        <div className="panel">
          <h3>New session</h3>
          <SessionForm
            studentId={studentId}
            onSaved={() => {
              setAdding(false)
              changed()
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      ) : null}
      <Alert error={sessions.error} />
      {sessions.value && sessions.value.length === 0 && !adding ? (
        <p className="st-empty">No sessions recorded yet.</p>
      ) : null}
      <ol className="st-sessions">
        {(sessions.value ?? []).map((s) => (
          <SessionCard key={s.id} session={s} studentId={studentId} onChanged={changed} />
        ))}
      </ol>
    </div>
  )
}

function SessionCard({
  session: s,
  studentId,
  onChanged,
}: {
  session: Session
  studentId: number
  onChanged: () => void
}) {
  const [editing, setEditing] = useDraft(`session:${studentId}:${s.id}:v${s.version}:open`, false)
  const [confirm, setConfirm] = useState<'move' | 'delete' | null>(null)
  // Private notes stay folded: the student often sits beside the screen. Shown on request, and
  // folded again whenever the list is left (the state lives and dies with this card).
  const [showPrivate, setShowPrivate] = useState(false)
  const { busy, error, run } = useAction()
  if (editing)
    return (
      <li className="panel">
        <SessionForm
          key={s.version}
          studentId={studentId}
          session={s}
          onReload={onChanged}
          onSaved={() => {
            setEditing(false)
            onChanged()
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  return (
    <li className="panel st-session">
      <header>
        <h3>
          {formatDay(s.date)} <span className="muted">· {s.durationMin} min</span>
        </h3>
        {s.planned ? <span className="st-badge st-planned">Planned — not held yet</span> : null}
        <span className="st-session-purpose">{s.purpose}</span>
        <span className="st-spacer" />
        <button
          type="button"
          className="secondary"
          onClick={() => setEditing(true)}
          aria-label={`Edit session of ${formatDay(s.date)}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setConfirm('delete')}
          aria-label={`Delete session of ${formatDay(s.date)}`}
        >
          Delete
        </button>
      </header>
      {s.recordNotes ? (
        <p className="st-notes">{s.recordNotes}</p>
      ) : (
        <p className="muted">No record notes.</p>
      )}
      {s.privateNotes ? (
        <div className="st-private-box">
          <div className="st-private-label">
            <span>🔒 Private note — not part of the record, never printed or exported</span>
            <button
              type="button"
              className="st-private-toggle"
              aria-label={`${showPrivate ? 'Hide' : 'Show'} private note of ${formatDay(s.date)}`}
              aria-expanded={showPrivate}
              aria-controls={`private-${s.id}`}
              onClick={() => setShowPrivate(!showPrivate)}
            >
              {showPrivate ? 'Hide' : 'Show'}
            </button>
          </div>
          {showPrivate ? (
            <p className="st-notes" id={`private-${s.id}`}>
              {s.privateNotes}
            </p>
          ) : null}
          {confirm === 'move' || !showPrivate ? null : (
            <button type="button" className="secondary" onClick={() => setConfirm('move')}>
              Move into the record…
            </button>
          )}
        </div>
      ) : null}
      <Alert error={error} onReload={onChanged} />
      {confirm === 'move' ? (
        <div className="st-confirm-box" role="alertdialog" aria-label="Move private notes into the record">
          <p>
            These notes will become part of the education record: parents may inspect them and reports will
            print them. The move is logged and cannot be undone.
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              if (await run(() => call('sessions.movePrivateNote', { id: s.id, version: s.version }))) {
                setConfirm(null)
                onChanged()
              }
            }}
          >
            Move into the record
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirm(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {confirm === 'delete' ? (
        <div className="st-confirm-box" role="alertdialog" aria-label="Delete session">
          <p>Delete the session of {formatDay(s.date)} and its notes? Goals set in it are kept.</p>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={async () => {
              if (await run(() => call('sessions.delete', { id: s.id }))) onChanged()
            }}
          >
            Delete session
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirm(null)}>
            Cancel
          </button>
        </div>
      ) : null}
    </li>
  )
}
