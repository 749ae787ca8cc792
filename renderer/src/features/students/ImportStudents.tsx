import { useEffect, useRef, useState } from 'react'
import { api } from '../../../../shared/api'
import { decodeText } from '../../../../shared/decode-text'
import { IMPORT_FIELD_LABEL, IMPORT_FIELDS, type ImportReport } from '../../../../shared/domain/students'
import { Alert, type FormError, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'

// What the counselor chooses: the school for every row and what each column holds.
const schema = api['students.import'].input.pick({ school: true, mapping: true })
const orNull = (v: unknown) => (v === '' || v == null ? null : v)

/**
 * Import a student list exported from the student information system. The counselor sees each
 * column with a few of its values and what it will fill (common SIS headers are recognised) and
 * sets the rest. A file with any bad row imports nothing and lists every problem; a good import
 * shows in the list at once (the import invalidates the list's query).
 */
export function ImportStudents({ schools, onDone }: { schools: string[]; onDone: () => void }) {
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null)
  const [fileError, setFileError] = useState<FormError | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [banner, setBanner] = useState<FormError | null>(null)
  const form = useSchemaForm(schema, { defaultValues: { school: null, mapping: [] } })
  const { register, handleSubmit, setValue } = form
  // The file's columns, read once per file; the whole text is the key, so nothing is kept after.
  const columns = useApiQuery('students.importColumns', file ? { csv: file.csv } : null, {
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    placeholderData: undefined,
  })
  const cols = file ? columns.data : undefined
  // Each new file starts from what its headers suggest; the counselor's choices then stay, also
  // when the columns are read again (any save refreshes the students queries).
  const mappedFile = useRef<typeof file>(null)
  useEffect(() => {
    if (!cols || !file || mappedFile.current === file) return
    mappedFile.current = file
    setValue(
      'mapping',
      cols.columns.map((c) => c.field),
    )
  }, [cols, file, setValue])
  const importing = useApiMutation('students.import')

  const pick = async (f: File | undefined) => {
    setReport(null)
    setFileError(null)
    setBanner(null)
    setFile(null)
    if (!f) return
    if (f.size > 2_000_000) {
      setFileError({
        message: 'The file is over 2 MB.',
        fix: 'Split the list into smaller files.',
        fields: {},
      })
      return
    }
    setFile({ name: f.name, csv: decodeText(new Uint8Array(await f.arrayBuffer())) })
  }

  const submit = handleSubmit(async (v) => {
    if (!file) return
    setBanner(null)
    try {
      setReport(await importing.mutateAsync({ csv: file.csv, school: v.school ?? null, mapping: v.mapping }))
    } catch (e) {
      setBanner(applyApiError(form, e))
    }
  })
  const fileName = file?.name ?? ''
  const error = fileError ?? banner ?? (columns.error ? toFormError(columns.error) : null)
  const busy = importing.isPending || (file != null && columns.isFetching)

  return (
    <form className="panel st-import" onSubmit={submit} noValidate aria-labelledby="import-h">
      <h2 id="import-h">Import a student list</h2>
      <p className="muted">
        A CSV file exported from your student information system, with a first line naming the columns. You
        choose what each column holds: a name (or first and last name), the grade and the student number are
        needed. If any row has a problem, nothing is imported and each problem is listed by its line.
      </p>
      <div className="st-import-row">
        <div className="ui-field">
          <label htmlFor="import-file">CSV file</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => pick(e.target.files?.[0])}
          />
        </div>
        <div className="ui-field">
          <label htmlFor="import-school">School for these students</label>
          <input id="import-school" list="import-schools" {...register('school', { setValueAs: orNull })} />
          <datalist id="import-schools">
            {schools.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <button type="submit" disabled={busy || cols == null}>
          {importing.isPending ? 'Importing…' : 'Import'}
        </button>
      </div>
      {cols && cols.columns.length > 0 ? (
        <table className="st-import-map">
          <caption>
            Columns in {fileName} ({cols.rows} {cols.rows === 1 ? 'student' : 'students'})
          </caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First values</th>
              <th scope="col">Import as</th>
            </tr>
          </thead>
          <tbody>
            {cols.columns.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns never reorder; headers may repeat
              <tr key={j}>
                <th scope="row">{c.header || `Column ${j + 1}`}</th>
                <td className="muted">{c.samples.filter(Boolean).join(', ') || '—'}</td>
                <td>
                  <select
                    aria-label={`Import column ${c.header || j + 1} as`}
                    {...register(`mapping.${j}`, { setValueAs: orNull, onChange: () => setReport(null) })}
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
    </form>
  )
}
