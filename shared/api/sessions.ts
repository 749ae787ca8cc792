import { z } from 'zod'
import type { Session } from '../domain/students'
import { byId, byStudent, id, realDate, requiredText, shortText, version } from './common'
import { method } from './define'

const sessionFields = {
  date: realDate,
  durationMin: z
    .number()
    .int()
    .min(1, 'A session lasts at least 1 minute.')
    .max(600, 'A session lasts at most 600 minutes.'),
  purpose: requiredText('Purpose', 200),
  recordNotes: shortText(20000).optional(),
  privateNotes: shortText(20000).optional(),
  /** A session dated after today must be saved as planned (the counselor's choice). */
  planned: z.boolean().optional(),
}

export const sessionsApi = {
  'sessions.list': method<Session[]>()(byStudent),
  'sessions.create': method<Session>()(z.object({ studentId: id, ...sessionFields }).strict()),
  'sessions.update': method<Session>()(z.object({ id, version, ...sessionFields }).strict()),
  'sessions.delete': method<{ deleted: true }>()(byId),
  /** Appends the private notes to the record notes (they become printable) and logs the move. */
  'sessions.movePrivateNote': method<Session>()(z.object({ id, version }).strict()),
}
