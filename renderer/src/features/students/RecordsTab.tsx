import { useRef, useState } from 'react'
import type { GeneratedFile } from '../../../../shared/api/common'
import type { DisclosureVerification, Student } from '../../../../shared/domain/students'
import { call, platform } from '../../api'
import { Alert, described, Field, useAction, useLoad } from '../../components/ui'
import { navigate } from '../../router'
import { ConsentsPanel } from './ConsentsPanel'
import { DisclosuresPanel } from './DisclosuresPanel'

/** FERPA safeguards for one record: who received it, consents, inspection export, deletion. */
export function RecordsTab({ student, onChanged }: { student: Student; onChanged: () => void }) {
  const [tick, setTick] = useState(0)
  const bump = () => {
    setTick((t) => t + 1)
    onChanged()
  }
  return (
    <div className="st-records">
      <DisclosuresPanel studentId={student.id} tick={tick} onChanged={bump} />
      <ConsentsPanel studentId={student.id} />
      <ExportPanel student={student} onDone={bump} />
      <RecordLog studentId={student.id} tick={tick} />
      <DeletePanel student={student} />
    </div>
  )
}

export function VerifyResult({ v }: { v: DisclosureVerification }) {
  return v.ok ? (
    <p className="st-success" role="status">
      ✓ The log is intact:{' '}
      {v.checked === 0
        ? 'nothing has been disclosed yet.'
        : v.checked === 1
          ? 'its 1 entry checks out.'
          : `all ${v.checked} entries check out.`}
      {v.head ? (
        <>
          {' '}
          Newest link (printed on reports and exports):{' '}
          <code className="st-chain-head">{v.head.hash.match(/.{1,8}/g)?.join(' ')}</code>
        </>
      ) : null}
    </p>
  ) : (
    <div className="error-box" role="alert">
      <strong>The disclosure log was altered outside Career Atlas.</strong>
      <ul>
        {v.problems.map((p) => (
          <li key={`${p.studentId}-${p.seq}-${p.problem}`}>
            {p.seq > 0 ? `Entry ${p.seq}: ` : ''}
            {p.problem}
          </li>
        ))}
      </ul>
      <div>Restore the records from a backup made before the change, and tell your records officer.</div>
    </div>
  )
}

function ExportPanel({ student, onDone }: { student: Student; onDone: () => void }) {
  const [recipient, setRecipient] = useState(student.guardianContact ?? '')
  const [saved, setSaved] = useState<string | null>(null)
  const { busy, error, run } = useAction()
  // The export is logged when it is made. A save dialog closed without saving keeps that copy for
  // the next click (same requester and format), so trying again does not log a second export.
  const made = useRef<{ key: string; file: GeneratedFile } | null>(null)
  const exportAs = async (format: 'pdf' | 'json') => {
    setSaved(null)
    const key = JSON.stringify([recipient, format])
    const f =
      made.current?.key === key
        ? made.current.file
        : await run(() => call('records.export', { studentId: student.id, recipient, format }))
    if (!f) return
    made.current = { key, file: f }
    onDone()
    const ok = await platform().saveFile(f.fileId)
    if (ok) made.current = null
    setSaved(
      ok
        ? `Saved ${f.fileName}.`
        : `Saving was cancelled. The export is in the disclosure log; export again to save this same copy.`,
    )
  }
  return (
    <section className="panel" aria-labelledby="export-h">
      <h2 id="export-h">Export the complete record</h2>
      <p className="muted">
        For a parent’s (or eligible student’s) request to inspect the education record: every session’s record
        notes, goals, saved careers, interests, consents and this log, as a PDF to read or a JSON data file.{' '}
        <strong>Private notes are not included</strong> — they are not part of the record unless you moved
        them into it. The export is entered in the disclosure log.
      </p>
      <div className="st-inline-form">
        <Field id="export-to" label="Requested by" error={error?.fields.recipient} wide>
          <input
            id="export-to"
            value={recipient}
            placeholder="e.g. Ana Núñez (mother)"
            onChange={(e) => setRecipient(e.target.value)}
            {...described('export-to', error?.fields.recipient)}
          />
        </Field>
        {(['pdf', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={format === 'pdf' ? undefined : 'secondary'}
            disabled={busy}
            onClick={() => void exportAs(format)}
          >
            {format === 'pdf' ? 'Export record (PDF, to read)' : 'Export record (JSON, data file)'}
          </button>
        ))}
      </div>
      {error && !error.fields.recipient ? <Alert error={error} /> : null}
      {saved ? (
        <p className="st-success" role="status">
          {saved}
        </p>
      ) : null}
    </section>
  )
}

function RecordLog({ studentId, tick }: { studentId: number; tick: number }) {
  const log = useLoad('records.log', { studentId }, [tick])
  if (!log.value || log.value.length === 0) return null
  return (
    <section className="panel" aria-labelledby="log-h">
      <h2 id="log-h">Record activity</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {log.value.map((l) => (
            <tr key={l.id}>
              <td>{new Date(l.at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td>{l.action}</td>
              <td>{l.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function DeletePanel({ student }: { student: Student }) {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const { busy, error, run } = useAction()
  return (
    <section className="panel st-danger-zone" aria-labelledby="delete-h">
      <h2 id="delete-h">Delete this student</h2>
      <p>
        Deletes the whole record — sessions, notes, goals, saved careers, interests, consents and the
        disclosure log — and cannot be undone (except by restoring a backup). The deletion is logged without
        the student’s name.
      </p>
      {open ? (
        <div className="st-inline-form">
          <Field
            id="delete-confirm"
            label={`Type “${student.name}” to confirm`}
            error={error?.fields.confirmName}
            wide
          >
            <input
              id="delete-confirm"
              value={typed}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
              {...described('delete-confirm', error?.fields.confirmName)}
            />
          </Field>
          <button
            type="button"
            className="danger"
            disabled={busy || typed.trim() !== student.name}
            onClick={async () => {
              if (await run(() => call('students.delete', { id: student.id, confirmName: typed })))
                navigate('/students')
            }}
          >
            Delete permanently
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          Delete student…
        </button>
      )}
      {error && !error.fields.confirmName ? <Alert error={error} /> : null}
    </section>
  )
}
