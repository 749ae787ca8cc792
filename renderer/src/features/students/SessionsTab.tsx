import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Session } from '../../../../shared/domain/students'
import { ConfirmDialog } from '../../components/Dialog'
import { Alert, formatDay, toFormError } from '../../components/ui'
import { apiKey, useApiMutation, useApiQuery } from '../../hooks/api'
import { useDraft } from '../../hooks/drafts'
import { SessionForm } from './SessionForm'

/** Sessions newest first, with the record notes shown and the private notes kept apart. */
export function SessionsTab({ studentId }: { studentId: number }) {
  const sessions = useApiQuery('sessions.list', { studentId })
  const [adding, setAdding] = useDraft(`session:${studentId}:new:open`, false)
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
        <section className="panel" aria-labelledby="session-new-h">
          <h3 id="session-new-h">New session</h3>
          <SessionForm
            studentId={studentId}
            onSaved={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : null}
      <Alert error={sessions.error ? toFormError(sessions.error) : null} />
      {sessions.data && sessions.data.length === 0 && !adding ? (
        <p className="st-empty">No sessions recorded yet.</p>
      ) : null}
      <ol className="st-sessions">
        {(sessions.data ?? []).map((s) => (
          <SessionCard key={s.id} session={s} studentId={studentId} />
        ))}
      </ol>
    </div>
  )
}

function SessionCard({ session: s, studentId }: { session: Session; studentId: number }) {
  const [editing, setEditing] = useDraft(`session:${studentId}:${s.id}:v${s.version}:open`, false)
  const [asking, setAsking] = useState<'move' | 'delete' | null>(null)
  // Private notes stay folded: the student often sits beside the screen. Shown on request, and
  // folded again whenever the list is left (the state lives and dies with this card).
  const [showPrivate, setShowPrivate] = useState(false)
  const move = useApiMutation('sessions.movePrivateNote', { onSuccess: () => setAsking(null) })
  const remove = useApiMutation('sessions.delete')
  const client = useQueryClient()
  const day = formatDay(s.date)
  // Another window changed this session: show the newest version (this card's version is stale).
  const reload = () => {
    setAsking(null)
    void client.invalidateQueries({ queryKey: apiKey('sessions.list', { studentId }) })
  }
  if (editing)
    return (
      <li className="panel">
        <SessionForm
          key={s.version}
          studentId={studentId}
          session={s}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  const running = asking === 'move' ? move : remove
  return (
    <li className="panel st-session">
      <header>
        <h3>
          {day} <span className="muted">· {s.durationMin} min</span>
        </h3>
        {s.planned ? <span className="st-badge st-badge-planned">Planned — not held yet</span> : null}
        <span className="st-session-purpose">{s.purpose}</span>
        <span className="st-spacer" />
        <button
          type="button"
          className="secondary"
          onClick={() => setEditing(true)}
          aria-label={`Edit session of ${day}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            remove.reset()
            setAsking('delete')
          }}
          aria-label={`Delete session of ${day}`}
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
              aria-label={`${showPrivate ? 'Hide' : 'Show'} private note of ${day}`}
              aria-expanded={showPrivate}
              aria-controls={`private-${s.id}`}
              onClick={() => setShowPrivate(!showPrivate)}
            >
              {showPrivate ? 'Hide' : 'Show'}
            </button>
          </div>
          {showPrivate ? (
            <>
              <p className="st-notes" id={`private-${s.id}`}>
                {s.privateNotes}
              </p>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  move.reset()
                  setAsking('move')
                }}
              >
                Move into the record…
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={asking != null}
        options={
          asking === 'move'
            ? {
                title: 'Move the private notes into the record?',
                message: (
                  <p>
                    These notes of {day} will become part of the education record: parents may inspect them
                    and reports will print them. The move is logged and cannot be undone.
                  </p>
                ),
                confirmLabel: 'Move into the record',
              }
            : {
                title: 'Delete this session?',
                message: <p>Delete the session of {day} and its notes? Goals set in it are kept.</p>,
                confirmLabel: 'Delete session',
                danger: true,
              }
        }
        busy={running.isPending}
        error={running.error ? <Alert error={toFormError(running.error)} onReload={reload} /> : null}
        onConfirm={() =>
          asking === 'move' ? move.mutate({ id: s.id, version: s.version }) : remove.mutate({ id: s.id })
        }
        onCancel={() => setAsking(null)}
      />
    </li>
  )
}
