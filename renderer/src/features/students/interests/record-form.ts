import { z } from 'zod'
import { api, type InputOf } from '../../../../../shared/api'
import {
  AREA_INFO,
  AREAS,
  type Area,
  type InventoryAnswer,
  parseHollandCode,
} from '../../../../../shared/riasec'
import { today } from '../../../components/ui'

export type Mode = InputOf<'interests.add'>['source']

/**
 * What the record form holds: every route's fields at once, so switching between scores, a code
 * and the quick check (or locking the app) loses nothing typed. Scores stay as typed text.
 */
export interface RecordValues {
  source: Mode
  takenOn: string
  note: string
  scores: Record<Area, string>
  code: string
  answers: Record<string, InventoryAnswer | null | undefined>
}

export const emptyRecord = (): RecordValues => ({
  source: 'profiler',
  takenOn: today(),
  note: '',
  scores: { R: '', I: '', A: '', S: '', E: '', C: '' },
  code: '',
  answers: {},
})

/** The chosen route's fields as `interests.add` takes them (the others stay in the form). */
function toInput(studentId: number, v: RecordValues): unknown {
  const note = v.note.trim()
  const base = { studentId, takenOn: v.takenOn, ...(note ? { note } : {}) }
  switch (v.source) {
    case 'profiler':
      return {
        ...base,
        source: 'profiler',
        // An empty box is not a zero: the contract's own message asks for a number.
        scores: Object.fromEntries(
          AREAS.map((a) => [a, v.scores[a] === '' ? Number.NaN : Number(v.scores[a])]),
        ),
      }
    case 'holland':
      return { ...base, source: 'holland', code: v.code }
    case 'quick':
      return {
        ...base,
        source: 'quick',
        answers: Object.fromEntries(Object.entries(v.answers).filter(([, a]) => a)),
      }
  }
}

/**
 * The contract's schema for `interests.add`, read through the form's shape. A mistyped Holland
 * code is caught here with the services' own words (shared/riasec), on the code field, before a
 * round trip.
 */
export function recordSchema(studentId: number) {
  return z.preprocess(
    (v) => toInput(studentId, v as RecordValues),
    api['interests.add'].input.superRefine((input, ctx) => {
      if (input.source !== 'holland') return
      const parsed = parseHollandCode(input.code)
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', path: ['code'], message: parsed })
    }),
  )
}

/** Field names as the counselor sees them, for the list of what to correct. */
export function fieldLabel(path: string): string {
  const [head, area] = path.split('.')
  if (head === 'scores' && area && area in AREA_INFO) return AREA_INFO[area as Area].name
  return (
    { takenOn: 'Date recorded', note: 'Note', code: 'Holland code', answers: 'Quick interest check' }[
      head ?? ''
    ] ?? 'Form'
  )
}
