import { z } from 'zod'
import type { CaseloadStats } from '../domain/caseload'
import { isoDate, shortText } from './common'
import { method } from './define'

export const caseloadApi = {
  /** Counts over the counselor's students and sessions (dates and school narrow them). */
  'caseload.stats': method<CaseloadStats>()(
    z
      .object({ from: isoDate.optional(), to: isoDate.optional(), school: shortText(160).optional() })
      .strict(),
  ),
}
