import { useState } from 'react'
import { decodeText } from '../../../../shared/decode-text'
import {
  IMPORT_FIELD_LABEL,
  IMPORT_FIELDS,
  type ImportColumns,
  type ImportField,
  type ImportReport,
} from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, useAction } from '../../components/ui'

/**
 * Import a student list exported from the student information system. The counselor sees each
 * column with a few of its values and what it will fill (common SIS headers are recognised) and
 * sets the rest. A file with any bad row imports nothing and lists every problem; a good import
 * shows in the list at once (`onImported`).
 */
export function ImportStudents({
  schools,
  onImported,
  onDone,
}: {
  schools: string[]
  onImported: () => void
  onDone: () => void
}) {
  const [fileName, setFileName] = useState('')
  const [csv, setCsv] = useState<string | null>(null)
  const [columns, setColumns] = useState<ImportColumns | null>(null)
  const [mapping, setMapping] = useState<(ImportField | null)[]>([])
  const [school, setSchool] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  const { busy, error, setError, run } = useAction()

  const pick = async (f: File | undefined) => {
    setReport(null)
    setError(null)
    setColumns(null)
    if (!f) return
    if (f.size > 2_000_000) {
      setError({ message: 'The file is over 2 MB.', fix: 'Split the list into smaller files.', fields: {} })
      return
    }
    const text = decodeText(new Uint8Array(await f.arrayBuffer()))
    setFileName(f.name)
    setCsv(text)
    const cols = await run(() => call('students.importColumns', { csv: text }))
    if (cols) {
      setColumns(cols)
      setMapping(cols.columns.map((c) => c.field))
    }
  }

  const submit = async () => {
    if (csv == null) return
    const r = await run(() => call('students.import', { csv, school: school || null, mapping }))
    if (r) setReport(r)
    if (r && r.imported > 0) onImported()
  }

  return (
    <div className="panel st-import">
      <h2>Import a student list</h2>
      <p className="muted">
        A CSV file exported from your student information system, with a first line naming the columns. You
        choose what each column holds: a name (or first and last name), the grade and the student number are
        needed. If any row has a problem, nothing is imported and each problem is listed by its line.
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
        <button type="button" onClick={submit} disabled={busy || csv == null || columns == null}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      {columns && columns.columns.length > 0 ? (
        <table className="st-import-map">
          <caption>
            Columns in {fileName} ({columns.rows} {columns.rows === 1 ? 'student' : 'students'})
          </caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First values</th>
              <th scope="col">Import as</th>
            </tr>
          </thead>
          <tbody>
            {columns.columns.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns never reorder; headers may repeat
              <tr key={j}>
                <th scope="row">{c.header || `Column ${j + 1}`}</th>
                <td className="muted">{c.samples.filter(Boolean).join(', ') || '—'}</td>
                <td>
                  <select
                    aria-label={`Import column ${c.header || j + 1} as`}
                    value={mapping[j] ?? ''}
                    onChange={(e) => {
                      const next = [...mapping]
                      next[j] = (e.target.value || null) as ImportField | null
                      setMapping(next)
                      setReport(null)
                    }}
                  >
                    <option value="">Don’t import</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {IMPORT_FIELD_LABEL[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
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
