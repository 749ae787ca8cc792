import { useState } from 'react'
import { api } from '../../../../shared/api'
import { BASIS_LABEL, DISCLOSURE_BASES } from '../../../../shared/domain/students'
import { Field, invalid } from '../../components/Field'
import { Alert, type FormError, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { clearDrafts, draftValues, useDraft, useFormDraft } from '../../hooks/drafts'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'
import { VerifyResult } from './VerifyResult'

const schema = api['disclosures.record'].input.omit({ studentId: true })
const idOrNull = (v: unknown) => (v === '' || v == null ? null : Number(v))

/** The disclosure log of one student: read it, verify it, add an entry by hand. */
export function DisclosuresPanel({ studentId }: { studentId: number }) {
  const log = useApiQuery('disclosures.list', { studentId })
  const [adding, setAdding] = useDraft(`disclosure:${studentId}:new:open`, false)
  // Checked on request; a new entry in the log refetches it, so the answer never goes stale.
  const [verifying, setVerifying] = useState(false)
  const verify = useApiQuery('disclosures.verify', verifying ? { studentId } : null)
  const failed = verify.error ?? log.error
  return (
    <section className="panel" aria-labelledby="disc-h">
      <div className="st-panel-head">
        <h2 id="disc-h">Disclosure log</h2>
        <div className="st-actions">
          <button
            type="button"
            className="secondary"
            disabled={verify.isFetching}
            onClick={() => (verifying ? void verify.refetch() : setVerifying(true))}
          >
            Verify log
          </button>
          {adding ? null : (
            <button type="button" className="secondary" onClick={() => setAdding(true)}>
              Record a disclosure
            </button>
          )}
        </div>
      </div>
      <p className="muted">
        Every time information from this record is shared: who received it, what, when, why and on what basis.
        Entries cannot be changed or removed, and each is sealed to the one before it so any tampering shows.
      </p>
      {verifying && verify.data ? <VerifyResult v={verify.data} /> : null}
      <Alert error={failed ? toFormError(failed) : null} />
      {adding ? (
        <NewDisclosure
          studentId={studentId}
          onDone={() => {
            clearDrafts(`disclosure:${studentId}:new:`)
            setAdding(false)
          }}
        />
      ) : null}
      {log.data && log.data.length === 0 ? <p>Nothing from this record has been disclosed.</p> : null}
      {log.data && log.data.length > 0 ? (
        <table className="st-disclosures">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Recipient</th>
              <th scope="col">What</th>
              <th scope="col">Purpose</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {log.data.map((d) => (
              <tr key={d.id}>
                <td>{d.seq}</td>
                <td>
                  {new Date(d.disclosedAt).toLocaleString('en-US', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                </td>
                <td>{d.recipient}</td>
                <td>{d.what}</td>
                <td>{d.purpose}</td>
                <td>{BASIS_LABEL[d.basis]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

function NewDisclosure({ studentId, onDone }: { studentId: number; onDone: () => void }) {
  const key = `disclosure:${studentId}:new:values`
  const consents = useApiQuery('consents.list', { studentId })
  const form = useSchemaForm(schema, {
    defaultValues: draftValues(key, {
      recipient: '',
      what: '',
      purpose: '',
      basis: 'parent_or_eligible_student' as const,
      consentId: null,
    }),
  })
  useFormDraft(key, form)
  const { register, handleSubmit, formState, watch } = form
  const errors = formState.errors
  const [banner, setBanner] = useState<FormError | null>(null)
  const record = useApiMutation('disclosures.record')
  const basis = watch('basis')
  const submit = handleSubmit(async (v) => {
    setBanner(null)
    try {
      await record.mutateAsync({
        studentId,
        ...v,
        consentId: v.basis === 'consent' ? (v.consentId ?? null) : null,
      })
      onDone()
    } catch (e) {
      setBanner(applyApiError(form, e))
    }
  })
  return (
    <form className="st-form st-subform" onSubmit={submit} noValidate aria-label="Record a disclosure">
      <Alert error={banner} />
      <div className="st-grid">
        <Field id="d-recipient" label="Recipient" error={errors.recipient}>
          <input id="d-recipient" {...register('recipient')} {...invalid('d-recipient', errors.recipient)} />
        </Field>
        <Field id="d-what" label="What was disclosed" error={errors.what}>
          <input id="d-what" {...register('what')} {...invalid('d-what', errors.what)} />
        </Field>
        <Field id="d-purpose" label="Purpose" error={errors.purpose}>
          <input id="d-purpose" {...register('purpose')} {...invalid('d-purpose', errors.purpose)} />
        </Field>
        <Field id="d-basis" label="Basis" error={errors.basis}>
          <select id="d-basis" {...register('basis')} {...invalid('d-basis', errors.basis)}>
            {DISCLOSURE_BASES.map((b) => (
              <option key={b} value={b}>
                {BASIS_LABEL[b]}
              </option>
            ))}
          </select>
        </Field>
        {basis === 'consent' ? (
          <Field id="d-consent" label="Signed consent" error={errors.consentId} wide>
            <select
              id="d-consent"
              {...register('consentId', { setValueAs: idOrNull })}
              {...invalid('d-consent', errors.consentId)}
            >
              <option value="">Choose the consent…</option>
              {(consents.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.signedBy}, ${c.signedOn} — ${c.purpose}`}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      <div className="st-actions">
        <button type="submit" disabled={formState.isSubmitting}>
          Add to log
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
