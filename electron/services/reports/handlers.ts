import type { HandlersFor } from '../../../shared/api/define'
import type { reportsApi } from '../../../shared/api/reports'
import type { ServiceContext } from '../context'
import { notYet } from '../notYet'
import { recordDisclosure } from '../students/disclosures'
import { loadStudent } from './data/student'
import { renderOnePage } from './docs/onePage'
import { envFor, fileNameFor, profileOrNull, saveReport } from './output'
import { paperFor, readSettings, writeSettings } from './settings'

export function reportsHandlers(ctx: ServiceContext): HandlersFor<typeof reportsApi> {
  return {
    'reports.studentOnePage': async (input) => {
      const student = loadStudent(ctx.clients, input.studentId)
      // The disclosure is logged before the PDF exists: a report that fails half-way was still asked for.
      recordDisclosure(ctx, {
        studentId: student.id,
        recipient: input.recipient,
        purpose: input.purpose,
        what: 'One-page saved careers summary (PDF)',
        basis: input.basis,
        consentId: input.consentId ?? null,
      })
      const env = envFor(ctx, paperFor(ctx.clients, input.paper))
      const careers = student.saved
        .filter((s) => s.status !== 'set_aside')
        .map((s) => ({ title: s.title, code: s.code, profile: profileOrNull(ctx, s.code) }))
      const { bytes, pages } = await renderOnePage(env, student, careers)
      return saveReport(ctx, bytes, fileNameFor('Saved careers', student.name, env.now), pages)
    },
    'reports.student': () => notYet('The career report'),
    'reports.profile': () => notYet('The profile PDF'),
    'reports.compare': () => notYet('The comparison PDF'),
    'reports.caseload': () => notYet('The caseload PDF'),
    'reports.batch': () => notYet('Batch printing'),
    'reports.settings': () => readSettings(ctx.clients),
    'reports.setSettings': (input) => writeSettings(ctx.clients, input),
  }
}
