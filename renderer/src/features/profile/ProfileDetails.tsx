import type { OccupationProfile, RatingSection, TechnologyItem } from '../../../../shared/domain/catalog'
import { formatMoney, formatScore } from '../../../../shared/format'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { Section } from './Section'

const notIn = (what: string) => `${what} are not in this data pack.`

export function ProfileDetails({ p }: { p: OccupationProfile }) {
  return (
    <>
      {p.ratings.map((r) => (
        <Ratings key={r.domain} r={r} />
      ))}
      <Section
        id="education"
        title="Education levels reported by workers"
        // The chart prints its own source line: one "Source:" per section.
        source={p.charts.education?.source ? null : p.education.source}
        missing={
          !p.education.available
            ? notIn('Education levels')
            : p.education.items.length === 0
              ? 'O*NET has no education survey for this occupation.'
              : null
        }
      >
        {p.charts.education ? <ChartFigure model={p.charts.education} /> : null}
      </Section>
      <Section
        id="interests"
        title="Interests"
        source={p.charts.interests?.source ? null : p.interests.source}
        missing={
          !p.interests.available
            ? notIn('Interest ratings')
            : p.interests.items.length
              ? null
              : 'O*NET has not rated the interests of this occupation.'
        }
      >
        {p.riasecCode ? (
          <p>
            Interest code: <strong>{p.riasecCode}</strong>
          </p>
        ) : null}
        {p.charts.interests ? <ChartFigure model={p.charts.interests} height={220} /> : null}
      </Section>
      <Section
        id="related"
        title="Related occupations"
        source={p.related.source}
        missing={
          !p.related.available ? notIn('Related occupations') : p.related.items.length ? null : 'None listed.'
        }
      >
        <ul className="pf-related">
          {p.related.items.map((r) => (
            <li key={r.code}>
              <a href={`#/occupation/${r.code}`}>{r.title}</a>{' '}
              <span className="muted">
                {r.code}
                {r.medianWage !== null ? ` · median ${formatMoney(r.medianWage)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="programs"
        title="Related college programs"
        source={p.programs.source}
        missing={
          !p.programs.available
            ? notIn('College programs (CIP)')
            : p.programs.items.length
              ? null
              : 'No related programs in the crosswalk.'
        }
      >
        <ul className="pf-programs">
          {p.programs.items.map((x) => (
            <li key={x.cip}>
              <span className="pf-cip">CIP {x.cip}</span> {x.title}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="clusters"
        title="Career cluster and pathway"
        source={p.clusters.source}
        missing={
          !p.clusters.available
            ? notIn('Career clusters')
            : p.clusters.items.length
              ? null
              : 'This occupation is not placed in a career cluster.'
        }
      >
        <ul>
          {p.clusters.items.map((c) => (
            <li key={`${c.cluster}/${c.pathway}`}>
              <strong>{c.cluster}</strong> — {c.pathway} pathway
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="technology"
        title="Technology"
        source={p.technology.source}
        missing={
          !p.technology.available
            ? notIn('Technology skills')
            : p.technology.items.length
              ? null
              : 'None listed.'
        }
      >
        <Technology items={p.technology.items} />
      </Section>
      <Section
        id="tools"
        title="Tools"
        source={p.tools.source}
        missing={!p.tools.available ? notIn('Tools') : p.tools.items.length ? null : 'None listed.'}
      >
        <ul className="pf-chips">
          {p.tools.items.slice(0, 40).map((t) => (
            <li key={`${t.category}/${t.name}`} title={t.category}>
              {t.name}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="sources" title="Sources">
        <table className="pf-sources">
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Release</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {p.sources.map((s) => (
              <tr key={s.table}>
                <td>{s.section}</td>
                <td>{s.release}</td>
                <td>{s.file}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="figure-source">Data pack: {p.packName}.</p>
      </Section>
    </>
  )
}

function Ratings({ r }: { r: RatingSection }) {
  return (
    <Section id={`rating-${r.domain}`} title={r.label} source={r.source} missing={r.message}>
      <ol className="pf-ratings">
        {r.items.map((i) => (
          <li key={i.id}>
            <span className="pf-rating-name">{i.name}</span>
            <span className="pf-rating-bar" aria-hidden="true">
              <span style={{ width: `${((i.importance ?? 0) / 5) * 100}%` }} />
            </span>
            <span className="pf-rating-value">
              importance {formatScore(i.importance)}
              {i.level !== null ? ` · level ${formatScore(i.level)}` : ''}
            </span>
          </li>
        ))}
      </ol>
      <p className="figure-source">
        Ranked by importance ({r.importanceScale ?? 'IM'}
        {r.levelScale ? `; level on the ${r.levelScale} scale` : ''}).{' '}
        {r.total > r.items.length ? `Top ${r.items.length} of ${r.total}.` : ''}
      </p>
    </Section>
  )
}

function Technology({ items }: { items: TechnologyItem[] }) {
  const groups = new Map<string, TechnologyItem[]>()
  for (const t of items) groups.set(t.category, [...(groups.get(t.category) ?? []), t])
  const hot = (list: TechnologyItem[]) => list.filter((t) => t.hot).length
  const ordered = [...groups].sort((a, b) => hot(b[1]) - hot(a[1]) || a[0].localeCompare(b[0]))
  const list = (rows: typeof ordered) => (
    <dl className="pf-tech">
      {rows.map(([cat, xs]) => (
        <div key={cat}>
          <dt>{cat}</dt>
          <dd>
            {xs.map((t, i) => (
              <span key={t.name}>
                {t.name}
                {t.hot ? <span className="pf-hot">Hot</span> : null}
                {i < xs.length - 1 ? ', ' : ''}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  )
  return (
    <>
      <p className="pf-note">
        <span className="pf-hot">Hot</span> marks technology often named in employer job postings.
      </p>
      {list(ordered.slice(0, 12))}
      {ordered.length > 12 ? (
        <details className="pf-more">
          <summary>Show {ordered.length - 12} more categories</summary>
          {list(ordered.slice(12))}
        </details>
      ) : null}
    </>
  )
}
