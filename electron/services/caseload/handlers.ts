import type { caseloadApi } from '../../../shared/api/caseload'
import type { HandlersFor } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { caseloadStats } from './stats'

export function caseloadHandlers(ctx: ServiceContext): HandlersFor<typeof caseloadApi> {
  return {
    'caseload.stats': (input) => caseloadStats(ctx, input),
  }
}
