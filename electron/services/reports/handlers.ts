import type { HandlersFor } from '../../../shared/api/define'
import type { reportsApi } from '../../../shared/api/reports'
import type { ServiceContext } from '../context'
import { notYet } from '../notYet'
import { recordDisclosure } from '../students/disclosures'
import { loadStudent } from './data/student'
import { gatherStudentReport } from './data/studentReport'
import { renderOnePage } from './docs/onePage'
import { renderStudentReport } from './docs/studentReport'
import { envFor, fileNameFor, profileOrNull, saveReport } from './output'
import { paperFor, readSettings, writeSettings } from './settings'

interface DisclosureAsk {
  studentId: number
  recipient: string
  purpose: string
  basis: 'consent' | 'school_official' | 'directory_information' | 'parent_or_eligible_student'
  consentId?: number | undefined
}

/** Every report about a student is logged before it is produced: a failed print was still asked for. */
export function logDisclosure(ctx: ServiceContext, ask: DisclosureAsk, what: string): void {
  recordDisclosure(ctx, {
    studentId: ask.studentId,
    recipient: ask.recipient,
    purpose: ask.purpose,
    what,
    basis: ask.basis,
    consentId: ask.consentId ?? null,
  })
}

export function reportsHandlers(ctx: ServiceContext): HandlersFor<typeof reportsApi> {
  return {
    'reports.studentOnePage': async (input) => {
      const student = loadStudent(ctx.clients, input.studentId)
      logDisclosure(ctx, input, 'Saved careers summary, one page (PDF)')
      const env = envFor(ctx, paperFor(ctx.clients, input.paper))
      const careers = student.saved
        .filter((s) => s.status !== 'set_aside')
        .map((s) => ({ title: s.title, code: s.code, profile: profileOrNull(ctx, s.code) }))
      const { bytes, pages } = await renderOnePage(env, student, careers)
      return saveReport(ctx, bytes, fileNameFor('Saved careers', student.name, env.now), pages)
    },
    'reports.student': async (input) => {
      const data = gatherStudentReport(ctx, { ...input, counselor: readSettings(ctx.clients).counselorName })
      logDisclosure(ctx, input, 'Career plan report (PDF)')
      const env = envFor(ctx, paperFor(ctx.clients, input.paper))
      const { bytes, pages } = await renderStudentReport(env, data)
      return saveReport(ctx, bytes, fileNameFor('Career plan', data.student.name, env.now), pages)
    },
    'reports.profile': () => notYet('The profile PDF'),
    'reports.compare': () => notYet('The comparison PDF'),
    'reports.caseload': () => notYet('The caseload PDF'),
    'reports.batch': () => notYet('Batch printing'),
    'reports.settings': () => readSettings(ctx.clients),
    'reports.setSettings': (input) => writeSettings(ctx.clients, input),
  }
}
