import { z } from 'zod'
import type { GeneratedFile } from './common'
import { id } from './common'
import { method } from './define'

export const reportsApi = {
  'reports.studentOnePage': method<GeneratedFile>()(z.object({ studentId: id }).strict()),
}
