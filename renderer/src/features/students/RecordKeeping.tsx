import { useApiQuery } from '../../hooks/api'
import { Backups, formatWhen } from './Backups'
import { Retention } from './Retention'

/** Backups, the retention rule and the deletion log: the care of the records as a whole. */
export function RecordKeeping() {
  return (
    <details className="panel st-keeping">
      <summary>
        <h2>Record keeping: backups, retention and deletions</h2>
      </summary>
      <div className="st-keeping-grid">
        <Backups />
        <Retention />
      </div>
      <DeletionLog />
    </details>
  )
}

function DeletionLog() {
  const log = useApiQuery('records.deletionLog', {})
  if (!log.data || log.data.length === 0) return null
  return (
    <section aria-labelledby="deletions-h" className="st-deletions">
      <h3 id="deletions-h">Deletion log</h3>
      <p className="muted">
        What was deleted and when — without names, so the log itself holds no student’s information.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Why</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {log.data.slice(0, 20).map((d) => (
            <tr key={d.id}>
              <td>{formatWhen(d.at)}</td>
              <td>{d.reason === 'retention' ? 'Retention rule' : 'Deleted by counselor'}</td>
              <td>{d.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
