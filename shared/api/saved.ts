import { z } from 'zod'
import type { SavedCareer } from '../domain/students'
import { byId, byStudent, id, onetCode, shortText, version } from './common'
import { method } from './define'

const savedStatus = z.enum(
  ['exploring', 'shortlisted', 'set_aside'],
  'Status is exploring, shortlisted or set aside.',
)

export const savedApi = {
  'saved.add': method<SavedCareer & { alreadySaved: boolean }>()(
    z.object({ studentId: id, code: onetCode, note: shortText(2000).optional() }).strict(),
  ),
  'saved.list': method<SavedCareer[]>()(byStudent),
  'saved.update': method<SavedCareer>()(
    z.object({ id, version, status: savedStatus, note: shortText(2000).nullable().optional() }).strict(),
  ),
  /** ids: the student's saved careers in their new order (all of them). */
  'saved.reorder': method<SavedCareer[]>()(
    z.object({ studentId: id, ids: z.array(id).min(1).max(500) }).strict(),
  ),
  'saved.remove': method<{ deleted: true }>()(byId),
}
