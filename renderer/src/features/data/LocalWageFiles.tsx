import { PathField } from './PathField'

/**
 * A list of OEWS files beyond the national one: state / metro / nonmetro / all-data workbooks
 * (area wages for the home area) or the national industry workbooks ("Where they work").
 */
export function LocalWageFiles(props: {
  kind: 'area' | 'industry'
  rows: { key: string; path: string; error?: string | undefined }[]
  onPath: (i: number, path: string) => void
  onAdd: () => void
  onRemove: (i: number) => void
}) {
  const { kind, rows, onPath, onAdd, onRemove } = props
  const label =
    kind === 'area' ? 'BLS wages by area (OEWS state, metro or all-data)' : 'BLS wages by industry'
  const hint =
    kind === 'area'
      ? 'state_M2025_dl.xlsx, MSA_M2025_dl.xlsx, BOS_M2025_dl.xlsx or all_data_M_2025.xlsx (or the .zip) from bls.gov/oes'
      : 'nat3d_M2025_dl.xlsx or nat4d_M2025_dl.xlsx (or the .zip) from bls.gov/oes'
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
            onChange={(v) => onPath(i, v)}
            error={f.error}
          />
          {rows.length > 1 ? (
            <button type="button" className="secondary dt-remove" onClick={() => onRemove(i)}>
              Remove
              <span className="sr-only">
                {' '}
                {label} {i + 1}
              </span>
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className="secondary" onClick={onAdd}>
        Add another {kind === 'area' ? 'area' : 'industry'} file
      </button>
    </div>
  )
}
