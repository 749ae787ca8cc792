import { z } from 'zod'
import type { PackSummary } from '../domain/packs'
import { method } from './define'

export const packsApi = {
  'packs.current': method<PackSummary | null>()(z.object({}).strict().optional()),
}
