import { useEffect, useId, useState } from 'react'
import type { PaperSize } from '../../../../shared/api/reports'
import { call } from '../../api'
import { CounselorName } from './CounselorName'
import {
  DEFAULT_DISCLOSURE,
  type DisclosureChoice,
  DisclosureFields,
  disclosureReady,
  useDisclosureDraft,
} from './DisclosureFields'
import { PaperChoice } from './PaperChoice'
import { ReportButtons } from './ReportButtons'
import { useReport } from './useReport'
import './reports.css'

/**
 * Preview / Save as / Print for each report. Screens embed these so every report is produced
 * the same way; student reports first ask who receives them and why (the disclosure log).
 */
export function StudentReportActions({ studentId }: { studentId: number }) {
  const id = useId()
  const [kind, setKind] = useState<'full' | 'one'>('full')
  const [d, setD, used] = useDisclosureDraft(studentId)
  const [paper, setPaper] = useState<PaperSize | undefined>()
  const key = JSON.stringify([studentId, kind, d, paper])
  const state = useReport(
    key,
    (preview) =>
      kind === 'full'
        ? call('reports.student', { studentId, ...d, paper, preview })
        : call('reports.studentOnePage', { studentId, ...d, paper, preview }),
    used,
  )
  const ready = disclosureReady(d)
  return (
    <section className="report-actions" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Print a report</h3>
      <fieldset className="report-kind">
        <legend>Report</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'full'}
            onChange={() => setKind('full')}
          />{' '}
          Career plan (2–8 pages: interests, saved careers, shortlist, goals, signatures)
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'one'} onChange={() => setKind('one')} />{' '}
          Saved careers on one page
        </label>
      </fieldset>
      <DisclosureFields value={d} onChange={setD} />
      <PaperChoice onChange={setPaper} />
      {kind === 'full' && <CounselorName />}
      {!ready && (
        <p className="muted report-hint">
          Fill in the recipient and the purpose: they are written to the disclosure log.
        </p>
      )}
      <ReportButtons
        state={state}
        disabled={!ready}
        what={kind === 'full' ? 'career plan' : 'one-page summary'}
      />
    </section>
  )
}

export function ProfileReportActions({ code }: { code: string }) {
  const state = useReport(code, () => call('reports.profile', { code }))
  return (
    <div className="report-actions compact">
      <ReportButtons state={state} what="profile" compact />
    </div>
  )
}

export function CompareReportActions({ codes }: { codes: string[] }) {
  const state = useReport(codes.join(','), () => call('reports.compare', { codes }))
  return (
    <div className="report-actions compact">
      <ReportButtons state={state} disabled={codes.length < 2} what="comparison" compact />
    </div>
  )
}

/** Caseload statistics for the screen's current filter (aggregates only). */
export function CaseloadReportActions({ from, to, school }: { from?: string; to?: string; school?: string }) {
  const state = useReport(JSON.stringify([from, to, school]), () =>
    call('reports.caseload', {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(school ? { school } : {}),
    }),
  )
  return (
    <div className="report-actions compact">
      <ReportButtons state={state} what="caseload statistics" compact />
    </div>
  )
}

/** The career plan of every student in a filtered list, as one PDF, with a progress bar. */
export function BatchReportActions({ studentIds }: { studentIds: number[] }) {
  const id = useId()
  const [d, setD] = useState<DisclosureChoice>(DEFAULT_DISCLOSURE)
  const [jobId] = useState(() => `batch-${Math.random().toString(36).slice(2)}`)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  useEffect(
    () =>
      window.api.onEvent((e) => {
        if (e.type === 'report.progress' && e.jobId === jobId) setProgress({ done: e.done, total: e.total })
      }),
    [jobId],
  )
  const [layout, setLayout] = useState<'pdf' | 'zip'>('pdf')
  const state = useReport(JSON.stringify([studentIds, d, layout]), (preview) =>
    call('reports.batch', { studentIds, jobId, layout, ...d, preview }),
  )
  const ready = disclosureReady(d) && studentIds.length > 0
  return (
    <section className="report-actions" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Print career plans for {studentIds.length} students</h3>
      <fieldset className="report-kind">
        <legend>Output</legend>
        <label>
          <input
            type="radio"
            name={`${id}-layout`}
            checked={layout === 'pdf'}
            onChange={() => setLayout('pdf')}
          />{' '}
          One PDF for the whole list (to print)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-layout`}
            checked={layout === 'zip'}
            onChange={() => setLayout('zip')}
          />{' '}
          One PDF per student, in a zip file (to hand out or email each family its own)
        </label>
      </fieldset>
      <DisclosureFields value={d} onChange={setD} />
      <PaperChoice />
      {state.busy && progress && (
        <div className="report-progress">
          <progress max={progress.total} value={progress.done} aria-label="Reports printed" />
          <span>
            {progress.done} of {progress.total}
          </span>
        </div>
      )}
      <ReportButtons
        state={state}
        disabled={!ready}
        what={layout === 'zip' ? 'career plans (zip)' : 'career plans'}
        actions={layout === 'zip' ? ['save'] : undefined}
      />
    </section>
  )
}
