import { useId } from 'react'
import { api } from '../../../../shared/api'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'

const schema = api['reports.setSettings'].input.pick({ counselorName: true })

/** The counselor's name for the cover and signature line, kept in the report settings (saved on leaving the field). */
export function CounselorName() {
  const id = useId()
  const settings = useApiQuery('reports.settings', {})
  const save = useApiMutation('reports.setSettings')
  const form = useSchemaForm(schema, {
    // The stored name, unless the counselor is in the middle of changing it.
    values: settings.data ? { counselorName: settings.data.counselorName ?? '' } : undefined,
    resetOptions: { keepDirtyValues: true },
  })
  const error = form.formState.errors.counselorName?.message
  const store = form.handleSubmit(async ({ counselorName }) => {
    try {
      await save.mutateAsync({ counselorName: counselorName || null })
      form.reset({ counselorName: counselorName ?? '' })
    } catch (e) {
      const failed = applyApiError(form, e)
      if (!failed.fields.counselorName)
        form.setError('counselorName', { type: 'server', message: failed.message })
    }
  })
  return (
    <div className={`rp-field${error ? ' rp-invalid' : ''}`}>
      <label htmlFor={id}>Counselor on reports</label>
      <input
        id={id}
        disabled={!settings.data && !settings.isError}
        maxLength={120}
        placeholder="Your name, as it should print"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...form.register('counselorName', { onBlur: () => void store() })}
      />
      {error ? (
        <span className="rp-field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
