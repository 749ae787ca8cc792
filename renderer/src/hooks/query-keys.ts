import type { InputOf, MethodName } from '../../../shared/api'

/** Every query is keyed by its method and its input, so equal calls share one cache entry. */
export type ApiKey<M extends MethodName = MethodName> = readonly [M, InputOf<M>]

export const apiKey = <M extends MethodName>(method: M, input: InputOf<M>): ApiKey<M> => [method, input]

/** The slice of the contract a method belongs to: `students.update` → `students`. */
export const sliceOf = (method: string): string => method.slice(0, method.indexOf('.'))

/*
 * What a successful mutation can change, by slice. Records are small and local, so any change to
 * a student's records refreshes every records query on screen (a saved career shows up in the
 * caseload count, a deleted session in the disclosure log...) rather than keeping a fragile
 * per-method list. The catalog only changes with a pack (and then the services say so with a
 * `catalog.changed` event), and the home area changes the figures of every catalog answer.
 */
const RECORDS = [
  'students',
  'sessions',
  'goals',
  'saved',
  'interests',
  'consents',
  'disclosures',
  'records',
  'caseload',
  'retention',
  'backups',
  'reports',
]
const EVERYTHING = ['*']
const EFFECTS: Record<string, readonly string[]> = {
  students: RECORDS,
  sessions: RECORDS,
  goals: RECORDS,
  saved: RECORDS,
  interests: RECORDS,
  consents: RECORDS,
  disclosures: RECORDS,
  records: RECORDS,
  retention: RECORDS,
  reports: ['reports', 'disclosures', 'records'],
  backups: EVERYTHING,
  packs: EVERYTHING,
  settings: EVERYTHING,
}

/*
 * Methods of a slice that change less than the slice rule says. A build only starts a job (its
 * pack.done and catalog.changed events refresh what it changes); an export or a look at dropped
 * files changes nothing, nor does the activity heartbeat; the lock settings change only the lock status.
 */
const METHOD_EFFECTS: Partial<Record<MethodName, readonly string[]>> = {
  // The auto-lock heartbeat: refreshing on it would refetch everything every few seconds.
  'settings.activity': [],
  'packs.build': [],
  'packs.cancel': [],
  'packs.export': [],
  'packs.detect': [],
  'settings.setPasscode': ['settings'],
  'settings.removePasscode': ['settings'],
  'settings.setAutoLock': ['settings'],
  'settings.lock': ['settings'],
}

/** Whether a query (by its key) may have changed after `method` succeeded. */
export function affectedBy(method: MethodName): (key: readonly unknown[]) => boolean {
  const slices = METHOD_EFFECTS[method] ?? EFFECTS[sliceOf(method)] ?? [sliceOf(method)]
  if (slices.includes('*')) return () => true
  return (key) => typeof key[0] === 'string' && slices.includes(sliceOf(key[0]))
}

/**
 * Whether a failed call of `method` may still have changed records: a report or record export
 * about a student logs its disclosure before the file is made (it was asked for), and a record
 * export that makes no file says so in the record activity.
 */
export const changesEvenWhenFailing = (method: MethodName): boolean =>
  sliceOf(method) === 'reports' || method === 'records.export'
