import { useMemo, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { api } from '../../../../shared/api'
import type { LockStatus } from '../../../../shared/api/settings'
import { Dialog } from '../../components/Dialog'
import { Field, invalid } from '../../components/Field'
import { Alert, type FormError } from '../../components/ui'
import { useApiMutation } from '../../hooks/api'
import { applyApiError, useApiForm, useSchemaForm } from '../../hooks/useApiForm'

/**
 * The services refuse a wrong current passcode as VALIDATION without naming the field (it is the
 * only thing they check besides the schema): put it on the current-passcode field.
 */
function showError<T extends { current?: string }>(
  form: UseFormReturn<T, unknown, T>,
  e: unknown,
): FormError | null {
  const error = applyApiError(form as never, e)
  if (error.code === 'VALIDATION' && !Object.keys(error.fields).length) {
    form.setError('current' as never, { type: 'server', message: error.message }, { shouldFocus: true })
    return null
  }
  return Object.keys(error.fields).length ? null : error
}

/** Set or change the passcode (the current one is asked for once one is set), lock now, or remove it. */
export function PasscodePanel({ status }: { status: LockStatus }) {
  const passcodeSet = status.passcodeSet
  // The contract's schema, plus the second copy of the new passcode this form asks for. The form
  // keeps its first resolver, so whether a passcode is set is read through a ref, not captured.
  const isSet = useRef(passcodeSet)
  isSet.current = passcodeSet
  const schema = useMemo(
    () =>
      api['settings.setPasscode'].input
        .extend({ confirm: z.string() })
        .refine((v) => v.next === v.confirm, {
          path: ['confirm'],
          message: 'The two new passcodes do not match.',
        })
        .refine((v) => !isSet.current || !!v.current, {
          path: ['current'],
          message: 'Enter the passcode you use now.',
        }),
    [],
  )
  const form = useSchemaForm(schema, { defaultValues: { current: '', next: '', confirm: '' } })
  const errors = form.formState.errors
  const [banner, setBanner] = useState<FormError | null>(null)
  const [saved, setSaved] = useState('')
  const [removing, setRemoving] = useState(false)
  const save = useApiMutation('settings.setPasscode', {
    onSuccess: () => {
      form.reset({ current: '', next: '', confirm: '' })
      setSaved('Passcode saved. Career Atlas will ask for it when it starts and after it locks.')
    },
    onError: (e) => setBanner(showError(form as never, e)),
  })
  const lock = useApiMutation('settings.lock')
  const submit = form.handleSubmit(({ current, next }) => {
    setBanner(null)
    setSaved('')
    save.mutate(passcodeSet ? { current, next } : { next })
  })
  const title = passcodeSet ? 'Change passcode' : 'Set a passcode'
  return (
    <section className="panel se-panel" aria-labelledby="se-passcode-title">
      <h2 id="se-passcode-title">{title}</h2>
      <form className="se-form" onSubmit={submit} noValidate aria-labelledby="se-passcode-title">
        {passcodeSet ? (
          <Field id="se-current" label="Current passcode" error={errors.current?.message}>
            <input
              id="se-current"
              type="password"
              autoComplete="current-password"
              {...invalid('se-current', errors.current?.message)}
              {...form.register('current')}
            />
          </Field>
        ) : null}
        <Field id="se-next" label="New passcode (at least 6 characters)" error={errors.next?.message}>
          <input
            id="se-next"
            type="password"
            autoComplete="new-password"
            {...invalid('se-next', errors.next?.message)}
            {...form.register('next')}
          />
        </Field>
        <Field id="se-confirm" label="New passcode again" error={errors.confirm?.message}>
          <input
            id="se-confirm"
            type="password"
            autoComplete="new-password"
            {...invalid('se-confirm', errors.confirm?.message)}
            {...form.register('confirm')}
          />
        </Field>
        <Alert error={banner} />
        <p role="status" className={saved ? 'se-ok' : 'sr-only'}>
          {saved}
        </p>
        <div className="se-buttons">
          <button type="submit" disabled={save.isPending}>
            Save passcode
          </button>
          {passcodeSet ? (
            <>
              <button type="button" className="secondary" onClick={() => lock.mutate({})}>
                Lock now
              </button>
              <button
                type="button"
                className="secondary"
                aria-haspopup="dialog"
                onClick={() => {
                  setSaved('')
                  setRemoving(true)
                }}
              >
                Remove passcode…
              </button>
            </>
          ) : null}
        </div>
      </form>
      {passcodeSet ? (
        <RemovePasscodeDialog
          open={removing}
          onClose={() => setRemoving(false)}
          onRemoved={() => {
            setRemoving(false)
            setSaved('Passcode removed. Career Atlas no longer locks.')
          }}
        />
      ) : null}
    </section>
  )
}

/** Removing the passcode leaves the records open to anyone at this computer: asked, with the passcode. */
function RemovePasscodeDialog({
  open,
  onClose,
  onRemoved,
}: {
  open: boolean
  onClose: () => void
  onRemoved: () => void
}) {
  const form = useApiForm('settings.removePasscode', { defaultValues: { current: '' } })
  const [banner, setBanner] = useState<FormError | null>(null)
  const remove = useApiMutation('settings.removePasscode', {
    onSuccess: () => {
      form.reset({ current: '' })
      onRemoved()
    },
    onError: (e) => setBanner(showError(form as never, e)),
  })
  const close = () => {
    form.reset({ current: '' })
    setBanner(null)
    onClose()
  }
  const error = form.formState.errors.current?.message
  return (
    <Dialog open={open} title="Remove the passcode?" onClose={close} role="alertdialog">
      <form
        noValidate
        onSubmit={form.handleSubmit((input) => {
          setBanner(null)
          remove.mutate(input)
        })}
      >
        <p className="ui-dialog-body">
          Career Atlas will no longer lock, and anyone at this computer can open the student records. Enter
          the passcode you use now to remove it.
        </p>
        <Field id="se-remove-current" label="Current passcode" error={error}>
          <input
            id="se-remove-current"
            type="password"
            autoComplete="current-password"
            {...invalid('se-remove-current', error)}
            {...form.register('current')}
          />
        </Field>
        <Alert error={banner} />
        <div className="ui-dialog-actions">
          <button type="button" className="secondary" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="danger" disabled={remove.isPending}>
            Remove passcode
          </button>
        </div>
      </form>
    </Dialog>
  )
}
