import { z } from 'zod'
import type { SavedCareer, Student, StudentSummary } from '../domain/students'
import { id, onetCode, requiredText, shortText } from './common'
import { method } from './define'

export const studentInput = z
  .object({
    name: requiredText('Name', 120),
    preferredName: shortText(120).optional(),
    grade: z.number().int().min(6, 'Grade is 6 to 12.').max(12, 'Grade is 6 to 12.').nullable().optional(),
    school: shortText(160).optional(),
    studentNumber: shortText(40).optional(),
  })
  .strict()

export const studentsApi = {
  'students.create': method<Student>()(studentInput),
  'students.list': method<StudentSummary[]>()(
    z
      .object({ q: shortText(120).optional(), limit: z.number().int().min(1).max(1000).default(200) })
      .strict(),
  ),
  'students.get': method<Student>()(z.object({ id }).strict()),
  'saved.add': method<SavedCareer>()(
    z.object({ studentId: id, code: onetCode, note: shortText(2000).optional() }).strict(),
  ),
  'saved.list': method<SavedCareer[]>()(z.object({ studentId: id }).strict()),
}
