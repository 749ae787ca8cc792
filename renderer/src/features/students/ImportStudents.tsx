import { useState } from 'react'
import type { ImportReport } from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, useAction } from './ui'

/**
 * Import a student list exported from the student information system: a CSV with name, grade
 * and student number columns. A file with any bad row imports nothing and lists every problem.
 */
export function ImportStudents({ schools, onDone }: { schools: string[]; onDone: () => void }) {
  const [fileName, setFileName] = useState('')
  const [csv, setCsv] = useState<string | null>(null)
  const [school, setSchool] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  const { busy, error, setError, run } = useAction()

  const pick = async (f: File | undefined) => {
    setReport(null)
    setError(null)
    if (!f) return
    if (f.size > 2_000_000) {
      setError({ message: 'The file is over 2 MB.', fix: 'Split the list into smaller files.', fields: {} })
      return
    }
    setFileName(f.name)
    setCsv(await f.text())
  }

  const submit = async () => {
    if (csv == null) return
    const r = await run(() => call('students.import', { csv, school: school || null }))
    if (r) setReport(r)
  }

  return (
    <div className="panel st-import">
      <h2>Import a student list</h2>
      <p className="muted">
        A CSV file whose first line names the columns <code>name</code>, <code>grade</code> and{' '}
        <code>student number</code> (optional: <code>preferred name</code>, <code>school</code>). If any row
        has a problem, nothing is imported and each problem is listed by its line.
      </p>
      <div className="st-import-row">
        <div className="st-field">
          <label htmlFor="import-file">CSV file</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => pick(e.target.files?.[0])}
          />
        </div>
        <div className="st-field">
          <label htmlFor="import-school">School for these students</label>
          <input
            id="import-school"
            list="import-schools"
            value={school}
            onChange={(e) => setSchool(e.target.value)}
          />
          <datalist id="import-schools">
            {schools.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <button type="button" onClick={submit} disabled={busy || csv == null}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      <Alert error={error} />
      {report && report.problems.length > 0 ? (
        <div className="error-box" role="alert">
          <strong>
            Nothing was imported from {fileName}: {report.problems.length}{' '}
            {report.problems.length === 1 ? 'row needs' : 'rows need'} correcting.
          </strong>
          <ul className="st-problems">
            {report.problems.slice(0, 50).map((p) => (
              <li key={`${p.line}-${p.message}`}>
                <span className="st-mono">Line {p.line}</span> {p.message}
              </li>
            ))}
          </ul>
          {report.problems.length > 50 ? <p>…and {report.problems.length - 50} more.</p> : null}
          <div>Correct these rows in your spreadsheet, save as CSV again and import the file.</div>
        </div>
      ) : null}
      {report && report.problems.length === 0 ? (
        <div className="st-success" role="status">
          Imported {report.imported} {report.imported === 1 ? 'student' : 'students'} from {fileName}.{' '}
          <button type="button" className="secondary" onClick={onDone}>
            Done
          </button>
        </div>
      ) : null}
    </div>
  )
}
