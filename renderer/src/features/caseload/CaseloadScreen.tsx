import {
  goalsChart,
  interestAreasChart,
  sessionsPerMonthChart,
  studentsByGradeChart,
  suppressSmallCells,
  topCareersChart,
  topClustersChart,
} from '../../../../shared/charts/caseload'
import type { BarChartModel } from '../../../../shared/charts/model'
import type { CaseloadStats } from '../../../../shared/domain/caseload'
import { formatNumber } from '../../../../shared/format'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { CaseloadReportActions } from '../../components/reports/ReportActions'
import { Alert, formatDay, toFormError } from '../../components/ui'
import { useApiQuery } from '../../hooks/api'
import { useAddressState } from '../../router'
import { CaseloadFilters } from './CaseloadFilters'
import { caseloadQuery, readCaseloadView } from './caseload-url'
import './caseload.css'

/** Counts about the whole caseload (never names), filtered by school and date range. */
export function CaseloadScreen() {
  // Filters live in the address, so a reload or Back lands on the same selection.
  const [view, setView] = useAddressState(readCaseloadView, caseloadQuery)
  const { filter, hideSmall } = view
  const stats = useApiQuery('caseload.stats', filter, { keepPrevious: true })
  const st = stats.data
  const error = stats.error ? toFormError(stats.error) : null
  const show = (m: BarChartModel) => (hideSmall ? suppressSmallCells(m) : m)

  return (
    <section className="screen cl-root" aria-labelledby="cl-title">
      <header className="cl-head">
        <div>
          <h1 id="cl-title">Caseload statistics</h1>
          <p className="muted cl-lede">
            Counts only, no names: safe to share with a principal or put in an annual report. Archived records
            are left out.
          </p>
        </div>
        <CaseloadReportActions from={filter.from} to={filter.to} school={filter.school} />
      </header>
      <CaseloadFilters
        // Back/forward changes the applied dates under the form: a fresh form shows them.
        key={`${filter.from ?? ''}|${filter.to ?? ''}`}
        filter={filter}
        schools={st?.schools ?? []}
        onChange={(f) => setView({ ...view, filter: f })}
      />
      <label className="cl-suppress">
        <input
          type="checkbox"
          checked={hideSmall}
          onChange={(e) => setView({ ...view, hideSmall: e.target.checked }, { replace: true })}
        />
        Hide counts under 5, as on printed reports
      </label>
      <Alert error={error} />
      {st ? (
        <>
          <Tiles st={st} />
          {st.students.total === 0 ? (
            <div className="panel cl-empty">
              <h2>No students in this selection</h2>
              <p className="muted">Add students on the Students screen, or widen the filters.</p>
            </div>
          ) : (
            <div className="cl-grid">
              <div className="panel cl-panel cl-wide">
                <ChartFigure model={show(sessionsPerMonthChart(st))} />
              </div>
              <div className="panel cl-panel">
                <ChartFigure model={show(studentsByGradeChart(st))} />
              </div>
              <div className="panel cl-panel">
                <ChartFigure model={show(goalsChart(st))} />
              </div>
              <div className="panel cl-panel">
                <ChartFigure model={show(interestAreasChart(st))} />
                <p className="cl-foot">
                  {formatNumber(st.withoutProfile)} student{st.withoutProfile === 1 ? '' : 's'} with no
                  interest profile yet.
                </p>
              </div>
              <div className="panel cl-panel">
                {st.topClusters.length ? (
                  <ChartFigure model={show(topClustersChart(st))} />
                ) : (
                  <Empty
                    title="Saved careers by career cluster"
                    text="No saved careers with a cluster in this selection."
                  />
                )}
                {st.savedWithoutCluster > 0 ? (
                  <p className="cl-foot">
                    {formatNumber(st.savedWithoutCluster)} saved career
                    {st.savedWithoutCluster === 1 ? ' has' : 's have'} no cluster in the installed data pack.
                  </p>
                ) : null}
              </div>
              <div className="panel cl-panel cl-wide">
                {st.topCareers.length ? (
                  <ChartFigure model={show(topCareersChart(st))} />
                ) : (
                  <Empty title="Most-saved careers" text="No saved careers in this selection." />
                )}
              </div>
            </div>
          )}
          <p className="figure-source cl-source">
            As of {formatDay(st.asOf)}. Goals count as overdue when still open after their due date.
          </p>
        </>
      ) : (
        !error && (
          <p className="muted" aria-busy="true">
            Counting…
          </p>
        )
      )}
    </section>
  )
}

function Tiles({ st }: { st: CaseloadStats }) {
  const sessions = st.sessionsPerMonth.reduce((n, m) => n + m.sessions, 0)
  const tiles = [
    {
      label: 'Students in caseload',
      value: st.students.total,
      sub: `${formatNumber(st.students.active)} active`,
    },
    {
      label: 'Students seen',
      value: st.students.seenInRange,
      sub: st.filter.from || st.filter.to ? 'in this period' : 'ever',
    },
    {
      label: 'Sessions',
      value: sessions,
      sub: st.filter.from || st.filter.to ? 'in this period' : 'on record',
    },
    {
      label: 'Overdue goals',
      value: st.goals.overdue,
      sub: `of ${formatNumber(st.goals.open)} open`,
      warn: st.goals.overdue > 0,
    },
  ]
  return (
    <ul className="cl-tiles">
      {tiles.map((t) => (
        <li key={t.label} className={t.warn ? 'cl-warn' : ''}>
          <span className="cl-tile-value">{formatNumber(t.value)}</span>
          <span className="cl-tile-label">{t.label}</span>
          <span className="cl-tile-sub">{t.sub}</span>
        </li>
      ))}
    </ul>
  )
}

function Empty({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <p className="ch-title">{title}</p>
      <p className="muted">{text}</p>
    </div>
  )
}
