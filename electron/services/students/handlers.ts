import type { HandlersFor } from '../../../shared/api/define'
import type { studentsApi } from '../../../shared/api/students'
import type { ServiceContext } from '../context'
import { notYet } from '../notYet'

export function studentsHandlers(_ctx: ServiceContext): HandlersFor<typeof studentsApi> {
  return {
    'students.create': () => notYet('Students'),
    'students.list': () => notYet('Students'),
    'students.get': () => notYet('Students'),
    'saved.add': () => notYet('Saved careers'),
    'saved.list': () => notYet('Saved careers'),
  }
}
