import { useState } from 'react'
import type { RetentionPreview } from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, formatDay, useAction, useLoad } from '../../components/ui'

const kb = (n: number) =>
  n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1048576).toFixed(1)} MB`
const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })

/** Backups, the retention rule and the deletion log: the care of the records as a whole. */
export function RecordKeeping({ onChanged }: { onChanged: () => void }) {
  return (
    <details className="panel st-keeping">
      <summary>
        <h2>Record keeping: backups, retention and deletions</h2>
      </summary>
      <div className="st-keeping-grid">
        <Backups onChanged={onChanged} />
        <Retention onChanged={onChanged} />
      </div>
      <DeletionLog />
    </details>
  )
}

function Backups({ onChanged }: { onChanged: () => void }) {
  const list = useLoad('backups.list', {})
  const { busy, error, run } = useAction()
  const [done, setDone] = useState<string | null>(null)
  const [confirm, setConfirm] = useState<string | null>(null)
  const act = async (fn: () => Promise<unknown>, msg: string) => {
    setDone(null)
    if ((await run(fn)) !== undefined) {
      setDone(msg)
      list.reload()
      onChanged()
    }
  }
  return (
    <section aria-labelledby="backups-h">
      <h3 id="backups-h">Backups</h3>
      <p className="muted">
        Made automatically when Career Atlas starts and once a day. The newest {list.value?.keep ?? 10} are
        kept.
      </p>
      <div className="st-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => act(() => call('backups.create', {}), 'Backup made.')}
        >
          Back up now
        </button>
        <label className="st-inline">
          Keep
          <select
            aria-label="How many backups to keep"
            value={list.value?.keep ?? 10}
            onChange={(e) =>
              act(() => call('backups.setKeep', { keep: Number(e.target.value) }), 'Setting saved.')
            }
          >
            {[3, 5, 7, 10, 14, 30].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Alert error={error ?? list.error} />
      {done ? (
        <p role="status" className="st-success">
          {done}
        </p>
      ) : null}
      <ul className="st-backups">
        {(list.value?.backups ?? []).map((b) => (
          <li key={b.fileName}>
            <span>
              {when(b.createdAt)}
              {b.fileName.includes('prerestore') ? (
                <span className="st-badge st-archived">before a restore</span>
              ) : null}
              <span className="muted"> · {kb(b.byteLength)}</span>
            </span>
            {confirm === b.fileName ? (
              <span className="st-confirm">
                <RestoreWhat fileName={b.fileName} createdAt={b.createdAt} />
                Replace the current records with this backup?{' '}
                <button
                  type="button"
                  className="danger"
                  disabled={busy}
                  onClick={() =>
                    act(
                      () => call('backups.restore', { fileName: b.fileName }),
                      'Restored. A copy of the records as they were was kept; the logs, passcode and deletions were kept as they are now.',
                    ).then(() => setConfirm(null))
                  }
                >
                  Restore
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setConfirm(null)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" className="secondary" onClick={() => setConfirm(b.fileName)}>
                Restore…
              </button>
            )}
          </li>
        ))}
        {list.value && list.value.backups.length === 0 ? <li className="muted">No backups yet.</li> : null}
      </ul>
      {list.value?.restores?.length ? (
        <>
          <h4>Restores</h4>
          <ul className="st-restores">
            {list.value.restores.map((r) => (
              <li key={r.id}>
                {when(r.at)} <span className="muted">· {r.summary}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

function Retention({ onChanged }: { onChanged: () => void }) {
  const setting = useLoad('retention.get', {})
  const [preview, setPreview] = useState<RetentionPreview | null>(null)
  const [msg, setMsg] = useState<string | null>(null)
  const { busy, error, run } = useAction()
  const years = setting.value?.years ?? null
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
          onChange={async (e) => {
            setPreview(null)
            setMsg(null)
            const v = e.target.value === '' ? null : Number(e.target.value)
            if ((await run(() => call('retention.set', { years: v }))) !== undefined) setting.reload()
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
          disabled={busy || years == null}
          onClick={async () => {
            setMsg(null)
            const p = await run(() => call('retention.preview', {}))
            if (p) setPreview(p)
          }}
        >
          Preview
        </button>
      </div>
      <Alert error={error} />
      {preview ? (
        <div className="st-preview" role="status">
          {preview.students.length === 0 ? (
            <p>No records are due: nobody graduated before {formatDay(preview.cutoff)}.</p>
          ) : (
            <>
              <p>
                <strong>
                  {preview.students.length} {preview.students.length === 1 ? 'record' : 'records'}
                </strong>{' '}
                of students who graduated before {formatDay(preview.cutoff)} would be deleted with everything
                in them:
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
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={async () => {
                  const r = await run(() => call('retention.apply', { expectCount: preview.students.length }))
                  if (r) {
                    onChanged()
                    setPreview(null)
                    setMsg(`${r.deleted} ${r.deleted === 1 ? 'record' : 'records'} deleted.`)
                  }
                }}
              >
                {preview.students.length === 1
                  ? 'Delete this record'
                  : `Delete these ${preview.students.length} records`}
              </button>
            </>
          )}
        </div>
      ) : null}
      {msg ? (
        <p className="st-success" role="status">
          {msg}
        </p>
      ) : null}
    </section>
  )
}

function DeletionLog() {
  const log = useLoad('records.deletionLog', {})
  if (!log.value || log.value.length === 0) return null
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
          {log.value.slice(0, 20).map((d) => (
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
  const p = useLoad('backups.preview', { fileName })
  const counts = (c: { students: number; sessions: number; goals: number }) =>
    `${n(c.students, 'student', 'students')}, ${n(c.sessions, 'session', 'sessions')}, ${n(c.goals, 'goal', 'goals')}`
  return (
    <span className="st-restore-what">
      <strong>Brought back as of {when(createdAt)}:</strong> students, sessions and notes, goals, saved
      careers, consents, interests and report settings; work since then is replaced.
      {p.value ? (
        <>
          {' '}
          The backup holds {counts(p.value.backup)} (now: {counts(p.value.now)}).
        </>
      ) : null}{' '}
      <strong>Kept as they are now:</strong> the disclosure log
      {p.value?.newerDisclosures
        ? ` (with the ${n(p.value.newerDisclosures, 'entry', 'entries')} made since the backup)`
        : ''}
      , the deletion log and the restore log, your passcode and auto-lock; students deleted since stay deleted
      {p.value?.deletedSince ? ` (${n(p.value.deletedSince, 'student', 'students')} in this backup)` : ''}. A
      copy of the current records is kept first, and the restore is logged.
      {p.error ? <span className="error-box"> {p.error.message}</span> : null}
    </span>
  )
}
