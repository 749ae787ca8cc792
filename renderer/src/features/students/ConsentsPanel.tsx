import { useState } from 'react'
import { api } from '../../../../shared/api'
import { Field, invalid } from '../../components/Field'
import { Alert, type FormError, formatDay, today, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { clearDrafts, draftValues, useDraft, useFormDraft } from '../../hooks/drafts'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'

const schema = api['consents.create'].input.omit({ studentId: true })
type Key = keyof typeof schema.shape

/** Signed consents to disclose: who signed, when, which records, for what, to whom. */
export function ConsentsPanel({ studentId }: { studentId: number }) {
  const consents = useApiQuery('consents.list', { studentId })
  const [adding, setAdding] = useDraft(`consent:${studentId}:new:open`, false)
  return (
    <section className="panel" aria-labelledby="consent-h">
      <div className="st-panel-head">
        <h2 id="consent-h">Consents</h2>
        {adding ? null : (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Record a signed consent
          </button>
        )}
      </div>
      <Alert error={consents.error ? toFormError(consents.error) : null} />
      {adding ? (
        <NewConsent
          studentId={studentId}
          onDone={() => {
            clearDrafts(`consent:${studentId}:new:`)
            setAdding(false)
          }}
        />
      ) : null}
      {consents.data && consents.data.length === 0 ? (
        <p className="muted">No signed consents on file.</p>
      ) : null}
      {consents.data && consents.data.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Signed by</th>
              <th scope="col">Date</th>
              <th scope="col">Records</th>
              <th scope="col">Purpose</th>
              <th scope="col">Recipient</th>
            </tr>
          </thead>
          <tbody>
            {consents.data.map((c) => (
              <tr key={c.id}>
                <td>{c.signedBy}</td>
                <td>{formatDay(c.signedOn)}</td>
                <td>{c.records}</td>
                <td>{c.purpose}</td>
                <td>{c.recipient}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

function NewConsent({ studentId, onDone }: { studentId: number; onDone: () => void }) {
  const key = `consent:${studentId}:new:values`
  const form = useSchemaForm(schema, {
    defaultValues: draftValues(key, {
      signedBy: '',
      signedOn: today(),
      records: '',
      purpose: '',
      recipient: '',
    }),
  })
  useFormDraft(key, form)
  const { register, handleSubmit, formState } = form
  const [banner, setBanner] = useState<FormError | null>(null)
  const create = useApiMutation('consents.create')
  const field = (k: Key, label: string, type = 'text') => (
    <Field id={`c-${k}`} label={label} error={formState.errors[k]}>
      <input id={`c-${k}`} type={type} {...register(k)} {...invalid(`c-${k}`, formState.errors[k])} />
    </Field>
  )
  const submit = handleSubmit(async (v) => {
    setBanner(null)
    try {
      await create.mutateAsync({ studentId, ...v })
      onDone()
    } catch (e) {
      setBanner(applyApiError(form, e))
    }
  })
  return (
    <form className="st-form st-subform" onSubmit={submit} noValidate aria-label="Record a signed consent">
      <Alert error={banner} />
      <div className="st-grid">
        {field('signedBy', 'Signed by')}
        {field('signedOn', 'Date signed', 'date')}
        {field('records', 'Records covered')}
        {field('purpose', 'Purpose')}
        {field('recipient', 'Recipient')}
      </div>
      <div className="st-actions">
        <button type="submit" disabled={formState.isSubmitting}>
          Save consent
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
