import { type FormEvent, useState } from 'react'
import {
  BASIS_LABEL,
  DISCLOSURE_BASES,
  type DisclosureBasis,
  type DisclosureVerification,
} from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, described, Field, useAction, useLoad } from '../../components/ui'
import { clearDrafts, useDraft } from '../../hooks/drafts'
import { VerifyResult } from './RecordsTab'

/** The disclosure log of one student: read it, verify it, add an entry by hand. */
export function DisclosuresPanel({
  studentId,
  tick,
  onChanged,
}: {
  studentId: number
  tick: number
  onChanged: () => void
}) {
  const log = useLoad('disclosures.list', { studentId }, [tick])
  const consents = useLoad('consents.list', { studentId }, [tick])
  const [adding, setAdding] = useDraft(`disclosure:${studentId}:new:open`, false)
  const [verify, setVerify] = useState<DisclosureVerification | null>(null)
  const act = useAction()
  return (
    <section className="panel" aria-labelledby="disc-h">
      <div className="st-panel-head">
        <h2 id="disc-h">Disclosure log</h2>
        <div className="st-actions">
          <button
            type="button"
            className="secondary"
            disabled={act.busy}
            onClick={async () => {
              const v = await act.run(() => call('disclosures.verify', { studentId }))
              if (v) setVerify(v)
            }}
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
      {verify ? <VerifyResult v={verify} /> : null}
      <Alert error={act.error ?? log.error} />
      {adding ? (
        <NewDisclosure
          studentId={studentId}
          consents={(consents.value ?? []).map((c) => ({
            id: c.id,
            label: `${c.signedBy}, ${c.signedOn} — ${c.purpose}`,
          }))}
          onDone={(saved) => {
            clearDrafts(`disclosure:${studentId}:new:`)
            setAdding(false)
            setVerify(null)
            if (saved) onChanged()
          }}
        />
      ) : null}
      {log.value && log.value.length === 0 ? <p>Nothing from this record has been disclosed.</p> : null}
      {log.value && log.value.length > 0 ? (
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
            {log.value.map((d) => (
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

function NewDisclosure({
  studentId,
  consents,
  onDone,
}: {
  studentId: number
  consents: { id: number; label: string }[]
  onDone: (saved: boolean) => void
}) {
  const d = `disclosure:${studentId}:new:`
  const [recipient, setRecipient] = useDraft(`${d}recipient`, '')
  const [what, setWhat] = useDraft(`${d}what`, '')
  const [purpose, setPurpose] = useDraft(`${d}purpose`, '')
  const [basis, setBasis] = useDraft<DisclosureBasis>(`${d}basis`, 'parent_or_eligible_student')
  const [consentId, setConsentId] = useDraft(`${d}consent`, '')
  const { busy, error, run } = useAction()
  const fe = (k: string) => error?.fields[k]
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const r = await run(() =>
      call('disclosures.record', {
        studentId,
        recipient,
        what,
        purpose,
        basis,
        consentId: basis === 'consent' && consentId ? Number(consentId) : null,
      }),
    )
    if (r) onDone(true)
  }
  return (
    <form className="st-form st-subform" onSubmit={submit} noValidate aria-label="Record a disclosure">
      <Alert error={error} />
      <div className="st-grid">
        <Field id="d-recipient" label="Recipient" error={fe('recipient')}>
          <input
            id="d-recipient"
            value={recipient}
            onChange={(e) => setRecipient(e.target.value)}
            {...described('d-recipient', fe('recipient'))}
          />
        </Field>
        <Field id="d-what" label="What was disclosed" error={fe('what')}>
          <input
            id="d-what"
            value={what}
            onChange={(e) => setWhat(e.target.value)}
            {...described('d-what', fe('what'))}
          />
        </Field>
        <Field id="d-purpose" label="Purpose" error={fe('purpose')}>
          <input
            id="d-purpose"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            {...described('d-purpose', fe('purpose'))}
          />
        </Field>
        <Field id="d-basis" label="Basis" error={fe('basis')}>
          <select id="d-basis" value={basis} onChange={(e) => setBasis(e.target.value as DisclosureBasis)}>
            {DISCLOSURE_BASES.map((b) => (
              <option key={b} value={b}>
                {BASIS_LABEL[b]}
              </option>
            ))}
          </select>
        </Field>
        {basis === 'consent' ? (
          <Field id="d-consent" label="Signed consent" error={fe('consentId')} wide>
            <select id="d-consent" value={consentId} onChange={(e) => setConsentId(e.target.value)}>
              <option value="">Choose the consent…</option>
              {consents.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      <div className="st-actions">
        <button type="submit" disabled={busy}>
          Add to log
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
