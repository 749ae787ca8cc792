import { platform } from '../../api'
import { useDraft } from '../../hooks/drafts'

/**
 * A file or folder chosen with the system dialog. In the desktop app the field only shows the
 * chosen name (the value is an opaque grant id; nothing can be typed). The browser harness, a
 * development tool without folder dialogs, still takes a typed path.
 */
export function PathField(props: {
  id: string
  label: string
  hint: string
  value: string
  onChange: (v: string) => void
  extensions?: string[]
  folder?: boolean
  disabled?: boolean
  /** The contract's message for this file, shown under it and read with it. */
  error?: string | undefined
}) {
  const { id, label, hint, value, onChange, extensions, folder, disabled, error } = props
  const typed = platform().kind === 'web'
  // The name shown for a chosen file, kept by its grant (the value) so it survives an auto-lock.
  const [chosen, setChosen] = useDraft<{ ref: string; name: string } | null>(`data.path.${id}`, null)
  const name = chosen?.ref === value ? chosen.name : value ? 'Chosen' : ''
  const choose = async () => {
    const p = platform()
    const picked = folder
      ? await p.pickFolder({ title: label })
      : await p.pickFile({ title: label, extensions: extensions ?? [] })
    if (!picked) return
    setChosen({ ref: picked.ref, name: picked.name })
    onChange(picked.ref)
  }
  return (
    <div className="dt-path">
      <label htmlFor={id}>{label}</label>
      <div className="dt-path-row">
        <input
          id={id}
          value={typed ? value : value ? name : ''}
          readOnly={!typed}
          onChange={(e) => onChange(e.target.value)}
          placeholder={typed ? (folder ? '/path/to/db_30_3_text' : '') : 'Not chosen'}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          disabled={disabled}
          spellCheck={false}
        />
        {folder && platform().kind === 'web' ? null : (
          <button type="button" className="secondary" onClick={choose} disabled={disabled}>
            Choose…<span className="sr-only"> {label}</span>
          </button>
        )}
      </div>
      {error ? (
        <div id={`${id}-error`} className="dt-field-error">
          {error}
        </div>
      ) : null}
      <div id={`${id}-hint`} className="dt-hint">
        {hint}
      </div>
    </div>
  )
}
