import { useRef, useState } from 'react'
import { api } from '../../../../shared/api'
import type { GeneratedFile } from '../../../../shared/api/common'
import type { Student } from '../../../../shared/domain/students'
import { platform } from '../../api'
import { Dialog } from '../../components/Dialog'
import { Field, invalid } from '../../components/Field'
import { Alert, type FormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'
import { navigate } from '../../router'
import { ConsentsPanel } from './ConsentsPanel'
import { DisclosuresPanel } from './DisclosuresPanel'

const exportSchema = api['records.export'].input.pick({ recipient: true })
const deleteSchema = api['students.delete'].input.pick({ confirmName: true })

/** FERPA safeguards for one record: who received it, consents, inspection export, deletion. */
export function RecordsTab({ student }: { student: Student }) {
  return (
    <div className="st-records">
      <DisclosuresPanel studentId={student.id} />
      <ConsentsPanel studentId={student.id} />
      <ExportPanel student={student} />
      <RecordLog studentId={student.id} />
      <DeletePanel student={student} />
    </div>
  )
}

function ExportPanel({ student }: { student: Student }) {
  const form = useSchemaForm(exportSchema, { defaultValues: { recipient: student.guardianContact ?? '' } })
  const { register, handleSubmit, formState } = form
  const [saved, setSaved] = useState<string | null>(null)
  const [banner, setBanner] = useState<FormError | null>(null)
  const exporting = useApiMutation('records.export')
  // The export is logged when it is made. A save dialog closed without saving keeps that copy for
  // the next click (same requester and format), so trying again does not log a second export.
  const made = useRef<{ key: string; file: GeneratedFile } | null>(null)
  const exportAs = (format: 'pdf' | 'json') =>
    handleSubmit(async ({ recipient }) => {
      setSaved(null)
      setBanner(null)
      const key = JSON.stringify([recipient, format])
      let f: GeneratedFile
      try {
        f =
          made.current?.key === key
            ? made.current.file
            : await exporting.mutateAsync({ studentId: student.id, recipient, format })
      } catch (e) {
        setBanner(applyApiError(form, e))
        return
      }
      made.current = { key, file: f }
      const ok = await platform().saveFile(f.fileId)
      if (ok) made.current = null
      setSaved(
        ok
          ? `Saved ${f.fileName}.`
          : `Saving was cancelled. The export is in the disclosure log; export again to save this same copy.`,
      )
    })
  return (
    <section className="panel" aria-labelledby="export-h">
      <h2 id="export-h">Export the complete record</h2>
      <p className="muted">
        For a parent’s (or eligible student’s) request to inspect the education record: every session’s record
        notes, goals, saved careers, interests, consents and this log, as a PDF to read or a JSON data file.{' '}
        <strong>Private notes are not included</strong> — they are not part of the record unless you moved
        them into it. The export is entered in the disclosure log.
      </p>
      <form className="st-inline-form" onSubmit={exportAs('pdf')} noValidate aria-labelledby="export-h">
        <Field id="export-to" label="Requested by" error={formState.errors.recipient} wide>
          <input
            id="export-to"
            placeholder="e.g. Ana Núñez (mother)"
            {...register('recipient')}
            {...invalid('export-to', formState.errors.recipient)}
          />
        </Field>
        <button type="submit" disabled={formState.isSubmitting}>
          Export record (PDF, to read)
        </button>
        <button
          type="button"
          className="secondary"
          disabled={formState.isSubmitting}
          onClick={exportAs('json')}
        >
          Export record (JSON, data file)
        </button>
      </form>
      {banner && Object.keys(banner.fields).length === 0 ? <Alert error={banner} /> : null}
      {saved ? (
        <p className="st-success" role="status">
          {saved}
        </p>
      ) : null}
    </section>
  )
}

function RecordLog({ studentId }: { studentId: number }) {
  const log = useApiQuery('records.log', { studentId })
  if (!log.data || log.data.length === 0) return null
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
          {log.data.map((l) => (
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
  const form = useSchemaForm(deleteSchema, { defaultValues: { confirmName: '' } })
  const { register, handleSubmit, formState, watch, reset } = form
  const [banner, setBanner] = useState<FormError | null>(null)
  const remove = useApiMutation('students.delete')
  const typed = watch('confirmName')
  const matches = typed.trim() === student.name
  const close = () => {
    setOpen(false)
    setBanner(null)
    reset({ confirmName: '' })
  }
  const submit = handleSubmit(async ({ confirmName }) => {
    if (!matches) return
    setBanner(null)
    try {
      await remove.mutateAsync({ id: student.id, confirmName })
      navigate('/students')
    } catch (e) {
      setBanner(applyApiError(form, e))
    }
  })
  return (
    <section className="panel st-danger-zone" aria-labelledby="delete-h">
      <h2 id="delete-h">Delete this student</h2>
      <p>
        Deletes the whole record — sessions, notes, goals, saved careers, interests, consents and the
        disclosure log — and cannot be undone (except by restoring a backup). The deletion is logged without
        the student’s name.
      </p>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Delete student…
      </button>
      <Dialog open={open} title={`Delete ${student.name}’s record?`} onClose={close} role="alertdialog">
        <form onSubmit={submit} noValidate aria-label="Delete this student">
          <div className="ui-dialog-body">
            <p>
              Everything in this record is deleted, from this computer and from every backup. This cannot be
              undone.
            </p>
            <Field
              id="delete-confirm"
              label={`Type “${student.name}” to confirm`}
              error={formState.errors.confirmName}
            >
              <input
                id="delete-confirm"
                autoComplete="off"
                {...register('confirmName')}
                {...invalid('delete-confirm', formState.errors.confirmName)}
              />
            </Field>
          </div>
          {banner && Object.keys(banner.fields).length === 0 ? <Alert error={banner} /> : null}
          <div className="ui-dialog-actions">
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="danger" disabled={formState.isSubmitting || !matches}>
              Delete permanently
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  )
}
