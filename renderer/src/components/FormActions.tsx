/**
 * A form's Save and Cancel. Save says it is saving and cannot be pressed twice meanwhile;
 * Cancel (when offered) runs `onCancel`, which forgets the form's draft before closing it.
 */
export function FormActions({
  className,
  label,
  busy,
  onCancel,
}: {
  /** The feature's own layout class for the row of buttons. */
  className: string
  label: string
  busy: boolean
  onCancel?: () => void
}) {
  return (
    <div className={className}>
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : label}
      </button>
      {onCancel ? (
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  )
}
