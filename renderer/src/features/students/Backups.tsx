import { useState } from 'react'
import { ConfirmDialog } from '../../components/Dialog'
import { Alert, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'

const kb = (n: number) =>
  n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1048576).toFixed(1)} MB`

/** The day and time of a backup, restore or deletion, as the record-keeping lists show it. */
export const formatWhen = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })

export function Backups() {
  const list = useApiQuery('backups.list', {})
  const [done, setDone] = useState<string | null>(null)
  // The backup the counselor is being asked about (the restore dialog is open while it is set).
  const [asking, setAsking] = useState<{ fileName: string; createdAt: string } | null>(null)
  const create = useApiMutation('backups.create', { onSuccess: () => setDone('Backup made.') })
  const setKeep = useApiMutation('backups.setKeep', { onSuccess: () => setDone('Setting saved.') })
  const restore = useApiMutation('backups.restore', {
    onSuccess: () => {
      setAsking(null)
      setDone(
        'Restored. A copy of the records as they were was kept; the logs, passcode and deletions were kept as they are now.',
      )
    },
  })
  const failed = create.error ?? setKeep.error ?? list.error
  return (
    <section aria-labelledby="backups-h">
      <h3 id="backups-h">Backups</h3>
      <p className="muted">
        Made automatically when Career Atlas starts and once a day. The newest {list.data?.keep ?? 10} are
        kept.
      </p>
      <div className="st-actions">
        <button
          type="button"
          disabled={create.isPending}
          onClick={() => {
            setDone(null)
            create.mutate({})
          }}
        >
          Back up now
        </button>
        <label className="st-inline">
          Keep
          <select
            aria-label="How many backups to keep"
            value={list.data?.keep ?? 10}
            disabled={setKeep.isPending}
            onChange={(e) => {
              setDone(null)
              setKeep.mutate({ keep: Number(e.target.value) })
            }}
          >
            {[3, 5, 7, 10, 14, 30].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Alert error={failed ? toFormError(failed) : null} />
      {done ? (
        <p role="status" className="st-success">
          {done}
        </p>
      ) : null}
      <ul className="st-backups">
        {(list.data?.backups ?? []).map((b) => (
          <li key={b.fileName}>
            <span>
              {formatWhen(b.createdAt)}
              {b.fileName.includes('prerestore') ? (
                <span className="st-badge st-badge-muted">before a restore</span>
              ) : null}
              <span className="muted"> · {kb(b.byteLength)}</span>
            </span>
            <button
              type="button"
              className="secondary"
              aria-label={`Restore… the backup of ${formatWhen(b.createdAt)}`}
              onClick={() => {
                restore.reset()
                setAsking({ fileName: b.fileName, createdAt: b.createdAt })
              }}
            >
              Restore…
            </button>
          </li>
        ))}
        {list.data && list.data.backups.length === 0 ? <li className="muted">No backups yet.</li> : null}
      </ul>
      {list.data?.restores?.length ? (
        <>
          <h4>Restores</h4>
          <ul className="st-restores">
            {list.data.restores.map((r) => (
              <li key={r.id}>
                {formatWhen(r.at)} <span className="muted">· {r.summary}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ConfirmDialog
        open={asking != null}
        options={{
          title: 'Restore this backup?',
          message: asking ? (
            <>
              <RestoreWhat fileName={asking.fileName} createdAt={asking.createdAt} />
              <p>Replace the current records with this backup?</p>
            </>
          ) : null,
          confirmLabel: 'Restore',
          danger: true,
        }}
        busy={restore.isPending}
        error={restore.error ? <Alert error={toFormError(restore.error)} /> : null}
        onConfirm={() => asking && restore.mutate({ fileName: asking.fileName })}
        onCancel={() => setAsking(null)}
      />
    </section>
  )
}

const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`

/** Before a restore runs: what comes back (with the backup's counts against today's) and what is kept. */
function RestoreWhat({ fileName, createdAt }: { fileName: string; createdAt: string }) {
  const p = useApiQuery('backups.preview', { fileName })
  const counts = (c: { students: number; sessions: number; goals: number }) =>
    `${n(c.students, 'student', 'students')}, ${n(c.sessions, 'session', 'sessions')}, ${n(c.goals, 'goal', 'goals')}`
  return (
    <span className="st-restore-what">
      <strong>Brought back as of {formatWhen(createdAt)}:</strong> students, sessions and notes, goals, saved
      careers, consents, interests and report settings; work since then is replaced.
      {p.data ? (
        <>
          {' '}
          The backup holds {counts(p.data.backup)} (now: {counts(p.data.now)}).
        </>
      ) : null}{' '}
      <strong>Kept as they are now:</strong> the disclosure log
      {p.data?.newerDisclosures
        ? ` (with the ${n(p.data.newerDisclosures, 'entry', 'entries')} made since the backup)`
        : ''}
      , the deletion log and the restore log, your passcode and auto-lock; students deleted since stay deleted
      {p.data?.deletedSince ? ` (${n(p.data.deletedSince, 'student', 'students')} in this backup)` : ''}. A
      copy of the current records is kept first, and the restore is logged.
      {p.error ? <span className="error-box"> {p.error.message}</span> : null}
    </span>
  )
}
