import { randomUUID } from 'node:crypto'
import type { HandlersFor } from '../../../shared/api/define'
import type { reportsApi } from '../../../shared/api/reports'
import { UserError } from '../../../shared/errors'
import { caseloadStats } from '../caseload/stats'
import { buildComparison } from '../catalog/compare'
import { buildProfile } from '../catalog/profile'
import { ratingLookup } from '../catalog/ratings'
import type { ServiceContext } from '../context'
import { homeAreaFor } from '../settings/home-area'
import { chainHead, recordDisclosure } from '../students/disclosures'
import { runBatchInChild } from './batch/job'
import { loadStudent } from './data/student'
import { gatherStudentReport } from './data/studentReport'
import { renderCaseload } from './docs/caseload'
import { renderComparison } from './docs/compare'
import { renderOnePage } from './docs/onePage'
import { renderProfile } from './docs/profile'
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
      // A preview stays on screen: only the copy made to save or print leaves the app.
      if (!input.preview) logDisclosure(ctx, input, 'Saved careers summary, one page (PDF)')
      const env = { ...envFor(ctx, paperFor(ctx.clients, input.paper)), preview: input.preview }
      const careers = student.saved
        .filter((s) => s.status !== 'set_aside')
        .map((s) => ({ title: s.title, code: s.code, profile: profileOrNull(ctx, s.code) }))
      const { bytes, pages } = await renderOnePage(env, student, careers, chainHead(ctx.clients, student.id))
      return saveReport(
        ctx,
        bytes,
        fileNameFor(input.preview ? 'Saved careers (preview)' : 'Saved careers', student.name, env.now),
        pages,
      )
    },
    'reports.student': async (input) => {
      const data = gatherStudentReport(ctx, { ...input, counselor: readSettings(ctx.clients).counselorName })
      if (!input.preview) logDisclosure(ctx, input, 'Career plan report (PDF)')
      // Printed after the disclosure is logged, so the paper anchors the chain including itself.
      data.chainHead = chainHead(ctx.clients, input.studentId)
      const env = { ...envFor(ctx, paperFor(ctx.clients, input.paper)), preview: input.preview }
      const { bytes, pages } = await renderStudentReport(env, data)
      return saveReport(
        ctx,
        bytes,
        fileNameFor(input.preview ? 'Career plan (preview)' : 'Career plan', data.student.name, env.now),
        pages,
      )
    },
    'reports.profile': async (input) => {
      const profile = buildProfile(ctx.catalog.get(), input.code, homeAreaFor(ctx))
      const env = envFor(ctx, paperFor(ctx.clients, input.paper))
      const { bytes, pages } = await renderProfile(env, profile)
      return saveReport(ctx, bytes, fileNameFor('Career profile', profile.title, env.now), pages)
    },
    'reports.compare': async (input) => {
      const codes = [...new Set(input.codes)]
      if (codes.length < 2)
        throw new UserError(
          'VALIDATION',
          'Choose two different careers to compare.',
          'Add another career to the comparison.',
        )
      const db = ctx.catalog.get()
      const home = homeAreaFor(ctx)
      const comparison = buildComparison(
        codes.map((c) => buildProfile(db, c, home)),
        ratingLookup(db),
      )
      const env = envFor(ctx, paperFor(ctx.clients, input.paper))
      const { bytes, pages } = await renderComparison(env, comparison)
      return saveReport(
        ctx,
        bytes,
        fileNameFor(
          'Career comparison',
          comparison.columns
            .map((c) => c.title)
            .join(', ')
            .slice(0, 80),
          env.now,
        ),
        pages,
      )
    },
    'reports.caseload': async (input) => {
      const { paper, ...filter } = input
      const stats = caseloadStats(ctx, filter)
      const env = envFor(ctx, paperFor(ctx.clients, paper))
      const { bytes, pages } = await renderCaseload(env, stats)
      return saveReport(
        ctx,
        bytes,
        fileNameFor('Caseload statistics', filter.school ?? 'all schools', env.now),
        pages,
      )
    },
    'reports.batch': async (input) => {
      const ids = [...new Set(input.studentIds)]
      const names = ids.map((id) => loadStudent(ctx.clients, id).name)
      // All entries or none: a batch that names one unknown student logs nothing.
      ctx.clients.transaction(() => {
        if (input.preview) return
        for (const studentId of ids)
          logDisclosure(ctx, { ...input, studentId }, 'Career plan report (PDF, printed in a batch)')
      })()
      const jobId = input.jobId ?? randomUUID()
      const now = ctx.now()
      const zip = input.layout === 'zip'
      const out = ctx.files.newPath(zip ? 'zip' : 'pdf')
      ctx.events.emit({ type: 'report.progress', jobId, done: 0, total: ids.length })
      const { pages } = await runBatchInChild(
        {
          dataDir: ctx.dataDir,
          resourcesDir: ctx.resourcesDir,
          clientsKey: ctx.clientsKey?.toString('hex') ?? null,
          studentIds: ids,
          recipient: input.recipient,
          purpose: input.purpose,
          counselor: readSettings(ctx.clients).counselorName,
          paper: paperFor(ctx.clients, input.paper),
          now: now.toISOString(),
          out,
          layout: input.layout,
          preview: input.preview,
        },
        (done, total) => ctx.events.emit({ type: 'report.progress', jobId, done, total }),
      )
      const who = ids.length === 1 ? names[0]! : `${ids.length} students`
      const pdfName = fileNameFor(input.preview ? 'Career plans (preview)' : 'Career plans', who, now)
      const fileName = zip ? pdfName.replace(/\.pdf$/, '.zip') : pdfName
      const { fileId, byteLength } = ctx.files.register(
        out,
        fileName,
        zip ? 'application/zip' : 'application/pdf',
      )
      return { fileId, fileName, byteLength, pageCount: pages, students: ids.length }
    },
    'reports.settings': () => readSettings(ctx.clients),
    'reports.setSettings': (input) => writeSettings(ctx.clients, input),
  }
}
