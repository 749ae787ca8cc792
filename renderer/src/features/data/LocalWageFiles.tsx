import { PathField } from './PathField'

export interface FileRow {
  key: number
  path: string
}
let nextKey = 1
export const fileRow = (path = ''): FileRow => ({ key: nextKey++, path })

/**
 * A list of OEWS files beyond the national one: state / metro / nonmetro / all-data workbooks
 * (area wages for the home area) or the national industry workbooks ("Where they work").
 */
export function LocalWageFiles(props: {
  kind: 'area' | 'industry'
  files: FileRow[]
  onChange: (files: FileRow[]) => void
}) {
  const { kind, files, onChange } = props
  const label =
    kind === 'area' ? 'BLS wages by area (OEWS state, metro or all-data)' : 'BLS wages by industry'
  const hint =
    kind === 'area'
      ? 'state_M2025_dl.xlsx, MSA_M2025_dl.xlsx, BOS_M2025_dl.xlsx or all_data_M_2025.xlsx (or the .zip) from bls.gov/oes'
      : 'nat3d_M2025_dl.xlsx or nat4d_M2025_dl.xlsx (or the .zip) from bls.gov/oes'
  const rows = files.length ? files : [fileRow()]
  const set = (i: number, v: string) => onChange(rows.map((f, k) => (k === i ? { ...f, path: v } : f)))
  return (
    <div className="dt-local-files">
      {rows.map((f, i) => (
        <div className="dt-local-row" key={f.key}>
          <PathField
            id={`dt-oews-${kind}-${i}`}
            label={rows.length > 1 ? `${label} ${i + 1}` : label}
            hint={hint}
            extensions={['xlsx', 'csv', 'zip']}
            value={f.path}
            onChange={(v) => set(i, v)}
          />
          {rows.length > 1 ? (
            <button
              type="button"
              className="secondary dt-remove"
              onClick={() => onChange(rows.filter((_, k) => k !== i))}
            >
              Remove
              <span className="sr-only">
                {' '}
                {label} {i + 1}
              </span>
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, fileRow()])}>
        Add another {kind === 'area' ? 'area' : 'industry'} file
      </button>
    </div>
  )
}
