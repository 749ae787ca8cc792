import type { PackList } from '../../../../shared/domain/packs'
import { formatNumber } from '../../../../shared/format'
import { formatWhen } from './labels'

/** Earlier installs on this computer; the one kept on disk can be restored with Roll back. */
export function History({ list }: { list: PackList }) {
  return (
    <section className="panel" aria-labelledby="dt-history-title">
      <h2 id="dt-history-title">Previous packs</h2>
      {list.previous ? (
        <p>
          Kept for roll back: <strong>{list.previous.name}</strong>, {formatNumber(list.previous.occupations)}{' '}
          occupations, built {formatWhen(list.previous.builtAt)}.
        </p>
      ) : (
        <p className="muted">No earlier pack is kept on this computer yet.</p>
      )}
      {list.history.length ? (
        <table className="dt-history">
          <caption className="sr-only">Installs and roll backs on this computer, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Pack</th>
              <th scope="col" className="dt-num">
                Occupations
              </th>
            </tr>
          </thead>
          <tbody>
            {list.history.map((h) => (
              <tr key={`${h.installedAt}-${h.contentChecksum}`}>
                <td>{formatWhen(h.installedAt)}</td>
                <td>{h.action === 'rollback' ? 'Roll back' : 'Install'}</td>
                <td>
                  {h.name}
                  {h.restorable ? <span className="dt-tag">kept</span> : null}
                </td>
                <td className="dt-num">{formatNumber(h.occupations)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
