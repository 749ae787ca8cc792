import { useEffect, useId, useState } from 'react'
import { useApiQuery } from '../../hooks/api'
import { applyApiError } from '../../hooks/useApiForm'
import { CounselorName } from './CounselorName'
import {
  DEFAULT_DISCLOSURE,
  DisclosureFields,
  type DisclosureForm,
  readyDisclosure,
  useDisclosureDraft,
  useDisclosureForm,
} from './DisclosureFields'
import { PaperChoice } from './PaperChoice'
import { ReportButtons } from './ReportButtons'
import { useReport } from './useReport'
import './reports.css'

/** The disclosure as entered (the services check it again), and whether the buttons may run. */
function useDisclosureInput(form: DisclosureForm) {
  const values = form.watch()
  const ready = readyDisclosure(values)
  return { disclosure: ready ?? { ...DEFAULT_DISCLOSURE, ...values }, ready: ready !== null }
}

/**
 * Preview / Save as / Print for each report. Screens embed these so every report is produced
 * the same way; student reports first ask who receives them and why (the disclosure log).
 */
export function StudentReportActions({ studentId }: { studentId: number }) {
  const id = useId()
  const [kind, setKind] = useState<'full' | 'one'>('full')
  const { form, used } = useDisclosureDraft(studentId)
  const { disclosure, ready } = useDisclosureInput(form)
  // The paper is part of what was made: a copy made on Letter is not reused after choosing A4.
  const paper = useApiQuery('reports.settings', {}).data?.paper
  const input = { studentId, ...disclosure, paper }
  const onError = (e: unknown) => void applyApiError(form, e)
  const full = useReport('reports.student', input, { onLeft: used, onError })
  const one = useReport('reports.studentOnePage', input, { onLeft: used, onError })
  return (
    <section className="rp-actions" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Print a report</h3>
      <fieldset className="rp-kind">
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
      <DisclosureFields form={form} />
      <PaperChoice />
      {kind === 'full' && <CounselorName />}
      {!ready && (
        <p className="muted rp-hint">
          Fill in the recipient and the purpose: they are written to the disclosure log.
        </p>
      )}
      <ReportButtons
        state={kind === 'full' ? full : one}
        disabled={!ready}
        what={kind === 'full' ? 'career plan' : 'one-page summary'}
      />
    </section>
  )
}

export function ProfileReportActions({ code }: { code: string }) {
  const state = useReport('reports.profile', { code })
  return (
    <div className="rp-actions rp-compact">
      <ReportButtons state={state} what="profile" compact />
    </div>
  )
}

export function CompareReportActions({ codes }: { codes: string[] }) {
  const state = useReport('reports.compare', { codes })
  return (
    <div className="rp-actions rp-compact">
      <ReportButtons state={state} disabled={codes.length < 2} what="comparison" compact />
    </div>
  )
}

/** Caseload statistics for the screen's current filter (aggregates only). */
export function CaseloadReportActions({ from, to, school }: { from?: string; to?: string; school?: string }) {
  const state = useReport('reports.caseload', {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(school ? { school } : {}),
  })
  return (
    <div className="rp-actions rp-compact">
      <ReportButtons state={state} what="caseload statistics" compact />
    </div>
  )
}

/** The career plan of every student in a filtered list, as one PDF, with a progress bar. */
export function BatchReportActions({ studentIds }: { studentIds: number[] }) {
  const id = useId()
  const form = useDisclosureForm()
  const { disclosure, ready } = useDisclosureInput(form)
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
  const state = useReport(
    'reports.batch',
    { studentIds, jobId, layout, ...disclosure },
    { onError: (e) => void applyApiError(form, e) },
  )
  return (
    <section className="rp-actions" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Print career plans for {studentIds.length} students</h3>
      <fieldset className="rp-kind">
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
      <DisclosureFields form={form} />
      <PaperChoice />
      {state.busy && progress && (
        <div className="rp-progress">
          <progress max={progress.total} value={progress.done} aria-label="Reports printed" />
          <span>
            {progress.done} of {progress.total}
          </span>
        </div>
      )}
      <ReportButtons
        state={state}
        disabled={!ready || studentIds.length === 0}
        what={layout === 'zip' ? 'career plans (zip)' : 'career plans'}
        actions={layout === 'zip' ? ['save'] : undefined}
      />
    </section>
  )
}
