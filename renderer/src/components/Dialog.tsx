import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from 'react'
import './dialog.css'

/**
 * The one modal of the app, on the native `<dialog>`: the browser traps focus, Escape cancels,
 * focus returns to what opened it, and the page behind is inert for screen readers.
 */
export function Dialog({
  open,
  title,
  children,
  onClose,
  role = 'dialog',
  className,
}: {
  open: boolean
  title: string
  children: ReactNode
  /** Escape or a Cancel button: the caller decides what closing means. */
  onClose: () => void
  /** `alertdialog` for a question that must be answered (delete, restore...). */
  role?: 'dialog' | 'alertdialog'
  className?: string
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    else if (!open && d.open) d.close()
  }, [open])
  // Closing (rather than just removing) an open dialog hands focus back to what opened it.
  useLayoutEffect(() => {
    const d = ref.current
    return () => {
      if (d?.open) d.close()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={`ui-dialog${className ? ` ${className}` : ''}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="ui-dialog-title">
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  )
}

export interface ConfirmOptions {
  title: string
  message: ReactNode
  /** The verb on the button that goes ahead ("Delete session"); Cancel is always offered. */
  confirmLabel: string
  /** Red button for what cannot be undone. */
  danger?: boolean
}

/** A question with Cancel and one action; Cancel comes first, so showModal focuses it and Enter never destroys. */
export function ConfirmDialog({
  open,
  options,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean
  options: ConfirmOptions
  busy?: boolean
  error?: ReactNode
  onConfirm: () => void
  onCancel: () => void
}) {
  return (
    <Dialog open={open} title={options.title} onClose={onCancel} role="alertdialog">
      <div className="ui-dialog-body">{options.message}</div>
      {error}
      <div className="ui-dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={options.danger ? 'danger' : undefined}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {options.confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
