import type { PackSummary } from '../../../../shared/domain/packs'
import { formatNumber } from '../../../../shared/format'
import { formatWhen, TABLE_LABELS } from './labels'

/** The installed pack as a counselor (or IT person) checks it: what, from which releases, how much. */
export function InstalledPack({ pack }: { pack: PackSummary }) {
  const sources = new Map(pack.tables.map((t) => [t.table, t]))
  const rows = Object.entries(TABLE_LABELS).filter(([t]) => t in pack.counts)
  return (
    <section className="panel dt-installed" aria-labelledby="dt-installed-title">
      <h2 id="dt-installed-title">Installed data pack</h2>
      <p className="dt-pack-name">{pack.name}</p>
      <dl className="dt-facts">
        <div>
          <dt>Occupations</dt>
          <dd>{formatNumber(pack.occupations)}</dd>
        </div>
        <div>
          <dt>Built</dt>
          <dd>{formatWhen(pack.builtAt)}</dd>
        </div>
        <div>
          <dt>Installed</dt>
          <dd>{pack.installedAt ? formatWhen(pack.installedAt) : 'when Career Atlas was set up'}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>{(pack.byteLength / 1e6).toFixed(1)} MB</dd>
        </div>
      </dl>
      <table className="dt-tables">
        <caption className="sr-only">What the pack holds, and which release each part came from</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Release</th>
            <th scope="col">Source file</th>
            <th scope="col" className="dt-num">
              Rows
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([table, label]) => {
            const src = sources.get(table)
            const n = pack.counts[table] ?? 0
            return (
              <tr key={table} className={n === 0 ? 'dt-empty' : undefined}>
                <th scope="row">{label}</th>
                <td>
                  {n === 0 ? (
                    <span className="muted">not in this pack</span>
                  ) : table === 'ratings' ? (
                    <RatingReleases pack={pack} />
                  ) : (
                    (src?.release ?? '—')
                  )}
                </td>
                <td className="dt-file">{src?.file ?? ''}</td>
                <td className="dt-num">{formatNumber(n)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="figure-source">
        Content checksum <code>{pack.contentChecksum.slice(0, 16)}</code>, checked when the pack was
        installed.
      </p>
    </section>
  )
}

/** Ratings mix releases (e.g. skills from 29.0, work styles from 30.1): one line per domain. */
function RatingReleases({ pack }: { pack: PackSummary }) {
  if (!pack.ratingDomains.length) return <>—</>
  return (
    <ul className="dt-domains">
      {pack.ratingDomains.map((d) => (
        <li key={d.domain}>
          {d.domain.replace(/_/g, ' ')}: {d.release}{' '}
          <span className="muted">({formatNumber(d.occupationsRated)} occupations)</span>
        </li>
      ))}
    </ul>
  )
}
