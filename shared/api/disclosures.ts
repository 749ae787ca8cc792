import { z } from 'zod'
import type { Disclosure, DisclosureVerification } from '../domain/students'
import { byStudent, id, requiredText } from './common'
import { method } from './define'

/** Why a record may leave the school (FERPA): also asked when a record is exported. */
export const basis = z.enum(
  ['consent', 'school_official', 'directory_information', 'parent_or_eligible_student'],
  'Choose the basis for the disclosure.',
)

export const disclosuresApi = {
  'disclosures.list': method<Disclosure[]>()(byStudent),
  'disclosures.record': method<Disclosure>()(
    z
      .object({
        studentId: id,
        recipient: requiredText('Recipient', 200),
        what: requiredText('What was disclosed', 500),
        purpose: requiredText('Purpose', 500),
        basis,
        consentId: id.nullable().optional(),
      })
      .strict(),
  ),
  'disclosures.verify': method<DisclosureVerification>()(z.object({ studentId: id.optional() }).strict()),
}
