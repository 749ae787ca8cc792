import type { ReactNode } from 'react'

/** A labelled settings control with its message under it, tied to it for screen readers. */
export function SettingsField({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: string
  error?: string | undefined
  hint?: string
  children: ReactNode
}) {
  return (
    <div className={`se-field${error ? ' se-has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error ? (
        <span className="se-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="se-field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
