import { z } from 'zod'
import type { Goal } from '../domain/students'
import { byId, byStudent, id, realDate, requiredText, version } from './common'
import { method } from './define'

const goalStatus = z.enum(['open', 'done', 'dropped'], 'Status is open, done or dropped.')

export const goalsApi = {
  'goals.list': method<Goal[]>()(byStudent),
  'goals.create': method<Goal>()(
    z
      .object({
        studentId: id,
        sessionId: id.nullable().optional(),
        text: requiredText('Goal', 500),
        dueDate: realDate.nullable().optional(),
      })
      .strict(),
  ),
  'goals.update': method<Goal>()(
    z
      .object({
        id,
        version,
        text: requiredText('Goal', 500),
        dueDate: realDate.nullable().optional(),
        status: goalStatus,
      })
      .strict(),
  ),
  'goals.delete': method<{ deleted: true }>()(byId),
}
