import type { ReactNode } from 'react'
import type { FieldError } from 'react-hook-form'
import './field.css'

/**
 * A labelled control of a form, with its message tied to it for screen readers. The message is
 * the schema's own (shared/api) or the services' (applyApiError), on this field.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
  wide,
}: {
  id: string
  label: ReactNode
  error?: FieldError | string | undefined
  hint?: string
  children: ReactNode
  wide?: boolean
}) {
  const message = typeof error === 'string' ? error : error?.message
  return (
    <div className={`ui-field${wide ? ' ui-field-wide' : ''}${message ? ' ui-field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !message ? (
        <span className="ui-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {message ? (
        <span className="ui-field-error" id={`${id}-error`}>
          {message}
        </span>
      ) : null}
    </div>
  )
}

/** aria attributes that connect an input to its field's message (or its hint). */
export function invalid(id: string, error?: FieldError | string, hint?: boolean) {
  const message = typeof error === 'string' ? error : error?.message
  if (message) return { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` }
  return hint ? { 'aria-describedby': `${id}-hint` } : {}
}
