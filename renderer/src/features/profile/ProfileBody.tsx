import type { OccupationProfile, WageFigures } from '../../../../shared/domain/catalog'
import { formatEmployment, formatFigure, formatPercent } from '../../../../shared/format'
import { jobZoneTitle } from '../../../../shared/jobzone'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { LocalWageSections } from './LocalWages'
import { ProfileDetails } from './ProfileDetails'
import { Section, Sourced } from './Section'

export function ProfileBody({ p }: { p: OccupationProfile }) {
  const core = p.tasks.filter((t) => t.type === 'Core')
  const supplemental = p.tasks.filter((t) => t.type !== 'Core')
  return (
    <div className="pf-body">
      <Section
        id="summary"
        title="Summary"
        source={`description: ${p.sources.find((s) => s.table === 'occupations')?.release ?? p.packName}. Each fact names its source when you point at it.`}
      >
        <p className="pf-lede">{p.description}</p>
        {p.keyFacts.length ? (
          <ul className="pf-key-facts">
            {p.keyFacts.map((f) => (
              <li key={f.id} title={`Source: ${f.source}`}>
                {f.text}
              </li>
            ))}
          </ul>
        ) : null}
      </Section>

      {p.overview.length ? (
        <section id="overview" className="pf-section" aria-labelledby="overview-h" tabIndex={-1}>
          <h2 id="overview-h">Overview</h2>
          <dl className="pf-overview">
            {p.overview.map((o) => (
              <div key={o.id} className="pf-overview-item" title={`Source: ${o.source}`}>
                <dt>{o.label}</dt>
                <dd>{o.text}</dd>
              </div>
            ))}
          </dl>
          <p className="figure-source">Sources: {[...new Set(p.overview.map((o) => o.source))].join('; ')}</p>
        </section>
      ) : null}

      <Section
        id="titles"
        title="Sample job titles"
        source={p.sampleTitles.source}
        missing={p.sampleTitles.items.length ? null : 'No sample job titles in this data pack.'}
      >
        <ul className="pf-chips">
          {p.sampleTitles.items.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </Section>

      <Section
        id="training"
        title="Training"
        source={p.jobZone?.source}
        missing={p.jobZone ? null : 'No job zone for this occupation in this data pack.'}
      >
        {p.jobZone ? (
          <>
            <p className="pf-jz-name">
              {p.jobZone.label}: {jobZoneTitle(p.jobZone.name)}
            </p>
            {p.jobZone.mergedNote ? <p className="pf-note">{p.jobZone.mergedNote}</p> : null}
            <dl className="pf-jz">
              <dt>Education</dt>
              <dd>{p.jobZone.education}</dd>
              <dt>Experience</dt>
              <dd>{p.jobZone.experience}</dd>
              <dt>On-the-job training</dt>
              <dd>{p.jobZone.training}</dd>
              <dt>Similar occupations</dt>
              <dd>{p.jobZone.examples}</dd>
            </dl>
          </>
        ) : null}
        {p.projections ? (
          <p className="pf-note">
            <Sourced
              source={p.projections.source}
              text={`BLS typical path: ${p.projections.entryEducation ?? 'entry education not available'}; work experience: ${p.projections.workExperience ?? 'not available'}; on-the-job training: ${p.projections.onTheJobTraining ?? 'not available'}.`}
            />
          </p>
        ) : null}
      </Section>

      <Section
        id="tasks"
        title="Tasks"
        source={p.tasksSource}
        missing={p.tasks.length ? null : 'No tasks in this data pack.'}
      >
        {core.length ? (
          <>
            <h3>Core tasks</h3>
            <ul className="pf-tasks">
              {core.map((t) => (
                <li key={t.id}>{t.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        {supplemental.length ? (
          <>
            <h3>Supplemental tasks</h3>
            <ul className="pf-tasks">
              {supplemental.map((t) => (
                <li key={t.id}>{t.text}</li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      <Section
        id="wages"
        title="Wages"
        missing={p.wages ? null : 'BLS publishes no wages for this occupation in this data pack.'}
      >
        {p.wages ? <Wages w={p.wages} p={p} /> : null}
      </Section>

      <LocalWageSections p={p} />

      <Section
        id="outlook"
        title="Job outlook"
        source={p.projections?.source}
        missing={p.projections ? null : 'No BLS projections for this occupation in this data pack.'}
      >
        {p.projections ? (
          <>
            <p>
              Employment {p.projections.baseYear}:{' '}
              <strong>{formatEmployment(p.projections.employmentBase)}</strong>
              {' · '}projected {p.projections.projYear}:{' '}
              <strong>{formatEmployment(p.projections.employmentProjected)}</strong>
              {' · '}change <strong>{formatPercent(p.projections.changePercent, { signed: true })}</strong>
              {p.outlook.phrase ? ` (${p.outlook.phrase})` : ''}
              {' · '}openings a year <strong>{formatEmployment(p.projections.openingsPerYear)}</strong>
            </p>
            {p.projections.basisNote ? <p className="pf-note">{p.projections.basisNote}</p> : null}
            <p className="pf-note">
              {p.outlook.brightOutlook ? '☀ Bright Outlook. ' : 'Not a Bright Outlook occupation. '}
              {p.outlook.brightRule}
            </p>
          </>
        ) : null}
      </Section>

      <ProfileDetails p={p} />
    </div>
  )
}

function Wages({ w, p }: { w: WageFigures; p: OccupationProfile }) {
  const cols = ['p10', 'p25', 'median', 'p75', 'p90'] as const
  const names = ['10th', '25th', 'Median', '75th', '90th']
  return (
    <>
      {p.charts.wagesAnnual ? <ChartFigure model={p.charts.wagesAnnual} /> : null}
      <table className="pf-wage-table">
        <caption className="sr-only">Wage percentiles, annual and hourly</caption>
        <thead>
          <tr>
            <th scope="col">Percentile</th>
            {names.map((n) => (
              <th scope="col" key={n}>
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {w.hourlyOnly ? null : (
            <tr>
              <th scope="row">Annual</th>
              {cols.map((c) => (
                <td key={c} title={`Source: ${w.source}`}>
                  {formatFigure(w.annual[c], 'annual')}
                </td>
              ))}
            </tr>
          )}
          <tr>
            <th scope="row">Hourly</th>
            {cols.map((c) => (
              <td key={c} title={`Source: ${w.source}`}>
                {formatFigure(w.hourly[c], 'hourly')}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="figure-source">
        Source: {w.source}. {w.basisNote ?? ''} Employment in this survey:{' '}
        {formatFigure(w.employment, 'number')}.
      </p>
    </>
  )
}
