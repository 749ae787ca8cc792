import { useCallback, useId } from 'react'
import { BASIS_LABEL, type DisclosureBasis } from '../../../../shared/domain/students'
import { clearDrafts, useDraft } from '../../hooks/drafts'

export interface DisclosureChoice {
  recipient: string
  purpose: string
  basis: Exclude<DisclosureBasis, 'consent'>
}

export const DEFAULT_DISCLOSURE: DisclosureChoice = {
  recipient: '',
  purpose: '',
  basis: 'parent_or_eligible_student',
}

const RECIPIENTS = [
  'The student',
  'The student and parents',
  'Parent or guardian',
  'College admissions office',
]
const PURPOSES = [
  'Career planning',
  'Course selection',
  'Parent–teacher conference',
  'Post-secondary planning',
]

/** Who receives the report and why: entered in the disclosure log before the PDF is made. */
export function DisclosureFields({
  value,
  onChange,
}: {
  value: DisclosureChoice
  onChange: (v: DisclosureChoice) => void
}) {
  const id = useId()
  return (
    <fieldset className="report-disclosure">
      <legend>Who is this report for?</legend>
      <div className="report-field">
        <label htmlFor={`${id}-r`}>Recipient</label>
        <input
          id={`${id}-r`}
          list={`${id}-rl`}
          value={value.recipient}
          maxLength={120}
          required
          placeholder="e.g. The student and parents"
          onChange={(e) => onChange({ ...value, recipient: e.target.value })}
        />
        <datalist id={`${id}-rl`}>
          {RECIPIENTS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </div>
      <div className="report-field">
        <label htmlFor={`${id}-p`}>Purpose</label>
        <input
          id={`${id}-p`}
          list={`${id}-pl`}
          value={value.purpose}
          maxLength={200}
          required
          placeholder="e.g. Course selection"
          onChange={(e) => onChange({ ...value, purpose: e.target.value })}
        />
        <datalist id={`${id}-pl`}>
          {PURPOSES.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </div>
      <div className="report-field">
        <label htmlFor={`${id}-b`}>Basis for sharing</label>
        <select
          id={`${id}-b`}
          value={value.basis}
          onChange={(e) => onChange({ ...value, basis: e.target.value as DisclosureChoice['basis'] })}
        >
          {(['parent_or_eligible_student', 'school_official', 'directory_information'] as const).map((b) => (
            <option key={b} value={b}>
              {BASIS_LABEL[b]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  )
}

/*
 * Recipient and purpose typed for a student stay until a report carrying them leaves the app:
 * leaving the Reports tab, or the student, and coming back keeps them. Kept with the other form
 * drafts (state/drafts.ts), in memory only.
 */
export function useDisclosureDraft(
  studentId: number,
): [DisclosureChoice, (d: DisclosureChoice) => void, () => void] {
  const key = `report-disclosure:${studentId}`
  const [d, set] = useDraft<DisclosureChoice>(key, DEFAULT_DISCLOSURE)
  const used = useCallback(() => clearDrafts(key), [key])
  return [d, set, used]
}

export const disclosureReady = (d: DisclosureChoice) => d.recipient.trim() !== '' && d.purpose.trim() !== ''
