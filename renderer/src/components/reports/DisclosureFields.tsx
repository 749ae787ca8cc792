import { useId, useMemo } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import { api } from '../../../../shared/api'
import { BASIS_LABEL } from '../../../../shared/domain/students'
import { clearDrafts, draftValues, useFormDraft } from '../../hooks/drafts'
import { useSchemaForm } from '../../hooks/useApiForm'

/** Who receives a student report and why: the contract's own rules for the disclosure log. */
export const disclosureSchema = api['reports.student'].input.pick({
  recipient: true,
  purpose: true,
  basis: true,
})
export type DisclosureChoice = z.input<typeof disclosureSchema>
type DisclosureParsed = z.output<typeof disclosureSchema>
export type DisclosureForm = UseFormReturn<DisclosureChoice, unknown, DisclosureParsed>

export const DEFAULT_DISCLOSURE: DisclosureChoice = {
  recipient: '',
  purpose: '',
  basis: 'parent_or_eligible_student',
}

const BASES = ['parent_or_eligible_student', 'school_official', 'directory_information'] as const

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

/** The entered choice when it would be accepted, else null (the report buttons wait for it). */
export function readyDisclosure(values: DisclosureChoice): DisclosureParsed | null {
  const r = disclosureSchema.safeParse(values)
  return r.success ? r.data : null
}

/**
 * The disclosure form. A field left empty says so once the counselor leaves it; a refused
 * report puts the services' VALIDATION details on these fields (see useReport's onError).
 */
export function useDisclosureForm(initial: DisclosureChoice = DEFAULT_DISCLOSURE): DisclosureForm {
  return useSchemaForm(disclosureSchema, { defaultValues: initial, mode: 'onTouched' })
}

/*
 * Recipient and purpose typed for a student stay until a report carrying them leaves the app:
 * leaving the Reports tab, or the student, and coming back keeps them, as does an auto-lock.
 * Kept with the other form drafts (hooks/drafts.ts), in memory only. `used` forgets them.
 */
export function useDisclosureDraft(studentId: number): { form: DisclosureForm; used: () => void } {
  const key = `report-disclosure:${studentId}`
  const form = useDisclosureForm(draftValues(key, DEFAULT_DISCLOSURE))
  useFormDraft(key, form)
  const used = useMemo(() => () => clearDrafts(key), [key])
  return { form, used }
}

/** Who receives the report and why: entered in the disclosure log before the PDF is made. */
export function DisclosureFields({ form }: { form: DisclosureForm }) {
  const id = useId()
  const { errors } = form.formState
  return (
    <fieldset className="rp-disclosure" data-report-disclosure="">
      <legend>Who is this report for?</legend>
      <TextField
        id={`${id}-r`}
        label="Recipient"
        error={errors.recipient?.message}
        options={RECIPIENTS}
        maxLength={120}
        placeholder="e.g. The student and parents"
        {...form.register('recipient')}
      />
      <TextField
        id={`${id}-p`}
        label="Purpose"
        error={errors.purpose?.message}
        options={PURPOSES}
        maxLength={200}
        placeholder="e.g. Course selection"
        {...form.register('purpose')}
      />
      <div className="rp-field">
        <label htmlFor={`${id}-b`}>Basis for sharing</label>
        <select id={`${id}-b`} {...form.register('basis')}>
          {BASES.map((b) => (
            <option key={b} value={b}>
              {BASIS_LABEL[b]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  )
}

/** A required text input with suggestions, its message under it and tied to it. */
function TextField({
  id,
  label,
  error,
  options,
  ...input
}: {
  id: string
  label: string
  error: string | undefined
  options: string[]
} & React.InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> }) {
  return (
    <div className={`rp-field${error ? ' rp-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        list={`${id}-list`}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      <datalist id={`${id}-list`}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      {error ? (
        <span className="rp-field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
