import { z } from 'zod'
import type { Consent } from '../domain/students'
import { byStudent, id, realDate, requiredText } from './common'
import { method } from './define'

export const consentsApi = {
  'consents.list': method<Consent[]>()(byStudent),
  'consents.create': method<Consent>()(
    z
      .object({
        studentId: id,
        signedBy: requiredText('Signed by', 160),
        signedOn: realDate,
        records: requiredText('Records', 500),
        purpose: requiredText('Purpose', 500),
        recipient: requiredText('Recipient', 200),
      })
      .strict(),
  ),
}
