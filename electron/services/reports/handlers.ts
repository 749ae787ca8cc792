import type { HandlersFor } from '../../../shared/api/define'
import type { reportsApi } from '../../../shared/api/reports'
import type { ServiceContext } from '../context'
import { notYet } from '../notYet'

export function reportsHandlers(_ctx: ServiceContext): HandlersFor<typeof reportsApi> {
  return {
    'reports.studentOnePage': () => notYet('Reports'),
  }
}
