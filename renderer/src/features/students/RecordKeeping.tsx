import { useRef, useState } from 'react'
import type { RetentionPreview } from '../../../../shared/domain/students'
import { ConfirmDialog, Dialog } from '../../components/Dialog'
import { Alert, formatDay, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'

const kb = (n: number) =>
  n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1048576).toFixed(1)} MB`
const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })

/** Backups, the retention rule and the deletion log: the care of the records as a whole. */
export function RecordKeeping() {
  return (
    <details className="panel st-keeping">
      <summary>
        <h2>Record keeping: backups, retention and deletions</h2>
      </summary>
      <div className="st-keeping-grid">
        <Backups />
        <Retention />
      </div>
      <DeletionLog />
    </details>
  )
}

function Backups() {
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
              {when(b.createdAt)}
              {b.fileName.includes('prerestore') ? (
                <span className="st-badge st-badge-muted">before a restore</span>
              ) : null}
              <span className="muted"> · {kb(b.byteLength)}</span>
            </span>
            <button
              type="button"
              className="secondary"
              aria-label={`Restore… the backup of ${when(b.createdAt)}`}
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
                {when(r.at)} <span className="muted">· {r.summary}</span>
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

function Retention() {
  const setting = useApiQuery('retention.get', {})
  const [previewing, setPreviewing] = useState(false)
  const [msg, setMsg] = useState<string | null>(null)
  // Read while the question is open; a change to the rule refetches it (query-keys.ts).
  const preview = useApiQuery('retention.preview', previewing ? {} : null)
  const set = useApiMutation('retention.set')
  const apply = useApiMutation('retention.apply', {
    onSuccess: (r) => {
      setPreviewing(false)
      setMsg(`${r.deleted} ${r.deleted === 1 ? 'record' : 'records'} deleted.`)
    },
  })
  const years = setting.data?.years ?? null
  const p = preview.data
  // While the deletion runs (and the queries it changed refetch) the dialog keeps showing the list
  // the counselor agreed to, not the emptier one that follows.
  const agreed = useRef<RetentionPreview | null>(null)
  const shown = apply.isPending ? agreed.current : p
  const failed = set.error ?? setting.error
  return (
    <section aria-labelledby="retention-h">
      <h3 id="retention-h">Retention</h3>
      <p className="muted">
        Delete a graduated student’s record a set number of years after graduation, as your district’s
        schedule requires. A deleted record is removed from every backup at the same time, and a later restore
        never brings it back.
      </p>
      <div className="st-actions">
        <label className="st-inline" htmlFor="retention-years">
          Keep records after graduation for
        </label>
        <select
          id="retention-years"
          value={years ?? ''}
          disabled={set.isPending}
          onChange={(e) => {
            setMsg(null)
            set.mutate({ years: e.target.value === '' ? null : Number(e.target.value) })
          }}
        >
          <option value="">No automatic rule</option>
          {[1, 2, 3, 4, 5, 6, 7, 10].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? 'year' : 'years'}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={years == null}
          onClick={() => {
            setMsg(null)
            apply.reset()
            setPreviewing(true)
          }}
        >
          Preview…
        </button>
      </div>
      <Alert error={failed ? toFormError(failed) : null} />
      {msg ? (
        <p className="st-success" role="status">
          {msg}
        </p>
      ) : null}
      {shown && shown.students.length === 0 ? (
        <Dialog open={previewing} title="Records due for deletion" onClose={() => setPreviewing(false)}>
          <div className="ui-dialog-body">
            <RetentionList preview={shown} />
          </div>
          <div className="ui-dialog-actions">
            <button type="button" className="secondary" onClick={() => setPreviewing(false)}>
              Close
            </button>
          </div>
        </Dialog>
      ) : (
        <ConfirmDialog
          open={previewing && shown != null}
          options={{
            title: 'Records due for deletion',
            message: shown ? <RetentionList preview={shown} /> : null,
            confirmLabel:
              shown?.students.length === 1
                ? 'Delete this record'
                : `Delete these ${shown?.students.length ?? 0} records`,
            danger: true,
          }}
          busy={apply.isPending || preview.isFetching}
          error={
            apply.error || preview.error ? <Alert error={toFormError(apply.error ?? preview.error)} /> : null
          }
          onConfirm={() => {
            if (!p) return
            agreed.current = p
            apply.mutate({ expectCount: p.students.length })
          }}
          onCancel={() => setPreviewing(false)}
        />
      )}
    </section>
  )
}

/** Who the rule would delete now: the list the counselor agrees to, and nothing beyond it. */
function RetentionList({ preview }: { preview: RetentionPreview }) {
  if (preview.students.length === 0)
    return (
      <div className="st-preview">
        <p>No records are due: nobody graduated before {formatDay(preview.cutoff)}.</p>
      </div>
    )
  return (
    <div className="st-preview">
      <p>
        <strong>
          {preview.students.length} {preview.students.length === 1 ? 'record' : 'records'}
        </strong>{' '}
        of students who graduated before {formatDay(preview.cutoff)} would be deleted with everything in them:
      </p>
      <ul>
        {preview.students.slice(0, 20).map((s) => (
          <li key={s.id}>
            {s.name} <span className="muted">— graduated {formatDay(s.graduatedOn)}</span>
          </li>
        ))}
      </ul>
      {preview.students.length > 20 ? (
        <p className="muted">…and {preview.students.length - 20} more.</p>
      ) : null}
    </div>
  )
}

function DeletionLog() {
  const log = useApiQuery('records.deletionLog', {})
  if (!log.data || log.data.length === 0) return null
  return (
    <section aria-labelledby="deletions-h" className="st-deletions">
      <h3 id="deletions-h">Deletion log</h3>
      <p className="muted">
        What was deleted and when — without names, so the log itself holds no student’s information.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Why</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {log.data.slice(0, 20).map((d) => (
            <tr key={d.id}>
              <td>{when(d.at)}</td>
              <td>{d.reason === 'retention' ? 'Retention rule' : 'Deleted by counselor'}</td>
              <td>{d.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
      <strong>Brought back as of {when(createdAt)}:</strong> students, sessions and notes, goals, saved
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
