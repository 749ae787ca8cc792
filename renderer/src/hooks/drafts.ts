import { useEffect, useMemo, useRef, useState } from 'react'
import type { FieldValues, UseFormGetValues, UseFormWatch } from 'react-hook-form'

/*
 * Drafts of open forms, kept in the window's memory (never on disk) under a key per form. When
 * the app locks, everything but the lock screen unmounts so no record stays in the page; forms
 * that keep their fields and their open/closed state here come back as they were after unlock.
 * A form clears its draft when it is saved or cancelled.
 */
const drafts = new Map<string, unknown>()

/**
 * useState that survives the form being unmounted (by a lock) and mounted again. The draft is
 * written when `set` is called, not when React gets round to the update, so a clearDrafts right
 * after it (a save that closes the form) is never undone by a late write.
 */
export function useDraft<T>(key: string, initial: T): [T, (value: T | ((old: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => (drafts.has(key) ? (drafts.get(key) as T) : initial))
  const current = useRef(value)
  const set = useMemo(
    () => (v: T | ((old: T) => T)) => {
      const next = typeof v === 'function' ? (v as (old: T) => T)(current.current) : v
      current.current = next
      drafts.set(key, next)
      setValue(next)
    },
    [key],
  )
  return [value, set]
}

/** The values a form left behind under `key` (a lock unmounted it), or `initial` for a fresh one. */
export function draftValues<T>(key: string, initial: T): T {
  return drafts.has(key) ? (drafts.get(key) as T) : initial
}

/**
 * Keeps a react-hook-form's values in the draft store as they are typed, so a form built with
 * `defaultValues: draftValues(key, …)` comes back as it was after an auto-lock. The one way every
 * form binds its draft: it re-renders nothing while typing, and keeps a copy (react-hook-form
 * changes nested values such as answer lists and file rows in place).
 */
export function useFormDraft<T extends FieldValues>(
  key: string,
  form: { watch: UseFormWatch<T>; getValues: UseFormGetValues<T> },
): void {
  const { watch, getValues } = form
  useEffect(() => {
    const sub = watch(() => drafts.set(key, structuredClone(getValues())))
    return () => sub.unsubscribe()
  }, [key, watch, getValues])
}

/** Forgets every draft whose key starts with prefix (after a save or a cancel). */
export function clearDrafts(prefix: string): void {
  for (const k of [...drafts.keys()]) if (k.startsWith(prefix)) drafts.delete(k)
}

/** Drafts about one student's records: `<form>:<student id>:…` (the new-student form is not one). */
const STUDENT_DRAFT = /^(student|session|goal|interests|disclosure|consent|report-disclosure):(\d+)(:|$)/

/**
 * Forgets what was typed about a student (every student when no id is given) once the records it
 * was typed against are gone: a deleted student's notes leave memory with the record, and after a
 * restore or a retention run, a draft could otherwise come back under another student, since a
 * restore frees the numbers of the students it takes away.
 */
export function forgetStudentDrafts(studentId?: number): void {
  for (const k of [...drafts.keys()]) {
    const m = STUDENT_DRAFT.exec(k)
    if (m && (studentId == null || Number(m[2]) === studentId)) drafts.delete(k)
  }
}
