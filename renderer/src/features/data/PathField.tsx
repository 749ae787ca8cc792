import { platform } from '../../api'

/** A path typed or chosen with the system dialog (Electron); the harness has no folder dialog. */
export function PathField(props: {
  id: string
  label: string
  hint: string
  value: string
  onChange: (v: string) => void
  extensions?: string[]
  folder?: boolean
  disabled?: boolean
}) {
  const { id, label, hint, value, onChange, extensions, folder, disabled } = props
  const choose = async () => {
    const p = platform()
    const picked = folder
      ? await p.pickFolder({ title: label })
      : await p.pickFile({ title: label, extensions: extensions ?? [] })
    if (picked) onChange(picked)
  }
  return (
    <div className="dt-path">
      <label htmlFor={id}>{label}</label>
      <div className="dt-path-row">
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={folder ? '/path/to/db_30_3_text' : ''}
          aria-describedby={`${id}-hint`}
          disabled={disabled}
          spellCheck={false}
        />
        {folder && platform().kind === 'web' ? null : (
          <button type="button" className="secondary" onClick={choose} disabled={disabled}>
            Choose…<span className="sr-only"> {label}</span>
          </button>
        )}
      </div>
      <div id={`${id}-hint`} className="dt-hint">
        {hint}
      </div>
    </div>
  )
}
