import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../../../../shared/api'
import type { Student } from '../../../../shared/domain/students'
import { Field, invalid } from '../../components/Field'
import { FormActions } from '../../components/FormActions'
import { Alert, type FormError } from '../../components/ui'
import { apiKey, useApiMutation } from '../../hooks/api'
import { clearDrafts, draftValues, useFormDraft } from '../../hooks/drafts'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'

// The fields of a student, as the services check them on create and on update.
const schema = api['students.create'].input
type Values = {
  name: string
  preferredName: string | null
  grade: number | null
  school: string | null
  studentNumber: string | null
  guardianContact: string | null
  directoryOptOut: boolean
  status: 'active' | 'graduated' | 'transferred'
  graduatedOn: string | null
}

const fromStudent = (s?: Student): Values => ({
  name: s?.name ?? '',
  preferredName: s?.preferredName ?? null,
  grade: s?.grade ?? null,
  school: s?.school ?? null,
  studentNumber: s?.studentNumber ?? null,
  guardianContact: s?.guardianContact ?? null,
  directoryOptOut: s?.directoryOptOut ?? false,
  status: s?.status ?? 'active',
  graduatedOn: s?.graduatedOn ?? null,
})

// An empty box means "not recorded" (null), as the services store it.
const orNull = (v: unknown) => (v === '' || v == null ? null : v)
const gradeOrNull = (v: unknown) => (v === '' || v == null ? null : Number(v))

/**
 * Create or edit a student. Edits carry the version they were loaded with, so a save after
 * another window's save is refused with "reload and try again" instead of overwriting it.
 */
export function StudentForm({
  student,
  schools = [],
  onSaved,
  onCancel,
  compact = false,
}: {
  student?: Student
  schools?: string[]
  onSaved: (s: Student) => void
  onCancel?: () => void
  compact?: boolean
}) {
  // A draft, so an auto-lock in the middle of an edit loses nothing.
  const draft = student ? `student:${student.id}:v${student.version}:` : 'student:new:'
  const form = useSchemaForm(schema, { defaultValues: draftValues(`${draft}values`, fromStudent(student)) })
  useFormDraft(`${draft}values`, form)
  const { register, handleSubmit, watch, formState } = form
  const errors = formState.errors
  const [banner, setBanner] = useState<FormError | null>(null)
  const create = useApiMutation('students.create')
  const update = useApiMutation('students.update')
  const client = useQueryClient()
  const p = student ? `edit-${student.id}` : 'new'
  const status = watch('status')

  const submit = handleSubmit(async (v) => {
    setBanner(null)
    const fields = { ...v, graduatedOn: v.status === 'graduated' ? (v.graduatedOn ?? null) : null }
    try {
      const saved = student
        ? await update.mutateAsync({ id: student.id, version: student.version, ...fields })
        : await create.mutateAsync(fields)
      clearDrafts(draft)
      onSaved(saved)
    } catch (e) {
      setBanner(applyApiError(form, e))
    }
  })

  // Another window saved first: drop this stale draft and load the newest version; the form
  // opens again on it (its key is the version).
  const reload = student
    ? () => {
        clearDrafts(draft)
        setBanner(null)
        void client.invalidateQueries({ queryKey: apiKey('students.get', { id: student.id }) })
      }
    : undefined

  return (
    <form
      className="st-form"
      onSubmit={submit}
      noValidate
      aria-label={student ? 'Edit student' : 'New student'}
    >
      {/* Reload answers "changed in another window"; a clash on one field is fixed in that field. */}
      <Alert
        error={banner}
        onReload={banner && Object.keys(banner.fields).length === 0 ? reload : undefined}
      />
      <div className="st-grid">
        <Field id={`${p}-name`} label="Legal name" error={errors.name}>
          <input
            id={`${p}-name`}
            autoComplete="off"
            aria-required="true"
            {...register('name')}
            {...invalid(`${p}-name`, errors.name)}
          />
        </Field>
        <Field id={`${p}-preferred`} label="Preferred name" error={errors.preferredName}>
          <input
            id={`${p}-preferred`}
            autoComplete="off"
            {...register('preferredName', { setValueAs: orNull })}
            {...invalid(`${p}-preferred`, errors.preferredName)}
          />
        </Field>
        <Field id={`${p}-grade`} label="Grade" error={errors.grade}>
          <select
            id={`${p}-grade`}
            {...register('grade', { setValueAs: gradeOrNull })}
            {...invalid(`${p}-grade`, errors.grade)}
          >
            <option value="">Not set</option>
            {[6, 7, 8, 9, 10, 11, 12].map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </Field>
        {compact ? null : (
          <>
            <Field id={`${p}-school`} label="School" error={errors.school}>
              <input
                id={`${p}-school`}
                list={`${p}-schools`}
                {...register('school', { setValueAs: orNull })}
                {...invalid(`${p}-school`, errors.school)}
              />
              <datalist id={`${p}-schools`}>
                {schools.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </Field>
            <Field
              id={`${p}-number`}
              label="Student number"
              error={errors.studentNumber}
              hint="Unique within a school"
            >
              <input
                id={`${p}-number`}
                {...register('studentNumber', { setValueAs: orNull })}
                {...invalid(`${p}-number`, errors.studentNumber, true)}
              />
            </Field>
            <Field id={`${p}-status`} label="Status" error={errors.status}>
              <select id={`${p}-status`} {...register('status')}>
                <option value="active">Active</option>
                <option value="graduated">Graduated</option>
                <option value="transferred">Transferred</option>
              </select>
            </Field>
            {status === 'graduated' ? (
              <Field
                id={`${p}-graduated`}
                label="Graduated on"
                error={errors.graduatedOn}
                hint="Retention counts from this date"
              >
                <input
                  id={`${p}-graduated`}
                  type="date"
                  {...register('graduatedOn', { setValueAs: orNull })}
                  {...invalid(`${p}-graduated`, errors.graduatedOn, true)}
                />
              </Field>
            ) : null}
            <Field
              id={`${p}-guardian`}
              label="Parent or guardian contact"
              error={errors.guardianContact}
              wide
            >
              <input
                id={`${p}-guardian`}
                placeholder="Name, phone or email"
                {...register('guardianContact', { setValueAs: orNull })}
                {...invalid(`${p}-guardian`, errors.guardianContact)}
              />
            </Field>
            <div className="ui-field ui-field-wide st-check">
              <input id={`${p}-optout`} type="checkbox" {...register('directoryOptOut')} />
              <label htmlFor={`${p}-optout`}>
                Opted out of directory information{' '}
                <span className="muted">(do not disclose name, grade or school without consent)</span>
              </label>
            </div>
          </>
        )}
      </div>
      <FormActions
        className="st-actions"
        label={student ? 'Save changes' : 'Create student'}
        busy={formState.isSubmitting}
        onCancel={
          onCancel &&
          (() => {
            clearDrafts(draft)
            onCancel()
          })
        }
      />
    </form>
  )
}
