import { z } from 'zod'
import type { RetentionPreview } from '../domain/students'
import { method } from './define'

export const retentionApi = {
  'retention.get': method<{ years: number | null }>()(z.object({}).strict()),
  'retention.set': method<{ years: number | null }>()(
    z.object({ years: z.number().int().min(1, 'Keep records at least 1 year.').max(50).nullable() }).strict(),
  ),
  'retention.preview': method<RetentionPreview>()(z.object({}).strict()),
  /** expectCount must equal the preview's count, so nothing beyond what was shown is deleted. */
  'retention.apply': method<{ deleted: number }>()(
    z.object({ expectCount: z.number().int().min(0).max(100000) }).strict(),
  ),
}
