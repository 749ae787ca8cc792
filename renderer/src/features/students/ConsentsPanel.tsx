import type { FormEvent } from 'react'
import { call } from '../../api'
import { Alert, described, Field, formatDay, today, useAction, useLoad } from '../../components/ui'
import { clearDrafts, useDraft } from '../../hooks/drafts'

/** Signed consents to disclose: who signed, when, which records, for what, to whom. */
export function ConsentsPanel({ studentId }: { studentId: number }) {
  const consents = useLoad('consents.list', { studentId })
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
      <Alert error={consents.error} />
      {adding ? (
        <NewConsent
          studentId={studentId}
          onDone={(saved) => {
            clearDrafts(`consent:${studentId}:new:`)
            setAdding(false)
            if (saved) consents.reload()
          }}
        />
      ) : null}
      {consents.value && consents.value.length === 0 ? (
        <p className="muted">No signed consents on file.</p>
      ) : null}
      {consents.value && consents.value.length > 0 ? (
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
            {consents.value.map((c) => (
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

function NewConsent({ studentId, onDone }: { studentId: number; onDone: (saved: boolean) => void }) {
  const [v, setV] = useDraft(`consent:${studentId}:new:values`, {
    signedBy: '',
    signedOn: today(),
    records: '',
    purpose: '',
    recipient: '',
  })
  const { busy, error, run } = useAction()
  const fe = (k: string) => error?.fields[k]
  const field = (k: keyof typeof v, label: string, type = 'text') => (
    <Field id={`c-${k}`} label={label} error={fe(k)}>
      <input
        id={`c-${k}`}
        type={type}
        value={v[k]}
        onChange={(e) => setV((o) => ({ ...o, [k]: e.target.value }))}
        {...described(`c-${k}`, fe(k))}
      />
    </Field>
  )
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (await run(() => call('consents.create', { studentId, ...v }))) onDone(true)
  }
  return (
    <form className="st-form st-subform" onSubmit={submit} noValidate aria-label="Record a signed consent">
      <Alert error={error} />
      <div className="st-grid">
        {field('signedBy', 'Signed by')}
        {field('signedOn', 'Date signed', 'date')}
        {field('records', 'Records covered')}
        {field('purpose', 'Purpose')}
        {field('recipient', 'Recipient')}
      </div>
      <div className="st-actions">
        <button type="submit" disabled={busy}>
          Save consent
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
