import { useState } from 'react'
import { interestHistoryChart } from '../../../../../shared/charts/interests'
import { type InterestProfile, SOURCE_LABEL } from '../../../../../shared/domain/interests'
import { AREAS } from '../../../../../shared/riasec'
import { ChartFigure } from '../../../components/charts/ChartFigure'
import { ConfirmDialog } from '../../../components/Dialog'
import { Alert, formatDay, toFormError } from '../../../components/ui'
import { useApiMutation } from '../../../hooks/api'

/** Every profile on record, newest first, and how the six areas moved between them. */
export function ProfileHistory({
  profiles,
  current,
  onShow,
}: {
  profiles: InterestProfile[]
  current: number
  onShow: (id: number) => void
}) {
  // The profile whose deletion is being asked about; the list refreshes itself once it is gone.
  const [deleting, setDeleting] = useState<InterestProfile | null>(null)
  const remove = useApiMutation('interests.remove', { onSuccess: () => setDeleting(null) })
  const chart = profiles.length >= 2 ? interestHistoryChart(profiles) : null
  const ask = (p: InterestProfile) => {
    remove.reset()
    setDeleting(p)
  }
  return (
    <section className="panel" aria-labelledby="in-history-title">
      <h3 id="in-history-title">History</h3>
      {chart ? (
        <ChartFigure model={chart} height={240} />
      ) : (
        <p className="muted">
          Record interests again later (for example each school year) to see how they change.
        </p>
      )}
      <table className="in-history">
        <caption className="sr-only">Interest profiles on record</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col">Code</th>
            {AREAS.map((a) => (
              <th scope="col" key={a} className="in-num">
                {a}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...profiles].reverse().map((p) => (
            <tr
              key={p.id}
              className={p.id === current ? 'in-current' : ''}
              aria-current={p.id === current ? 'true' : undefined}
            >
              <td>{formatDay(p.takenOn)}</td>
              <td>{SOURCE_LABEL[p.source]}</td>
              <td className="in-mono">{p.enteredCode ?? (p.highPoint.join('') || '—')}</td>
              {p.scores.map((s, i) => (
                <td key={AREAS[i]} className="in-num">
                  {Math.round(s)}
                </td>
              ))}
              <td className="in-row-actions">
                {p.id !== current ? (
                  <button type="button" className="secondary in-small" onClick={() => onShow(p.id)}>
                    Show matches
                  </button>
                ) : (
                  <span className="in-badge">In view</span>
                )}
                <button
                  type="button"
                  className="in-link-danger in-small"
                  onClick={() => ask(p)}
                  aria-label={`Delete the profile of ${formatDay(p.takenOn)}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={deleting !== null}
        options={{
          title: 'Delete this interest profile?',
          message: deleting ? (
            <p>
              The profile of {formatDay(deleting.takenOn)} ({SOURCE_LABEL[deleting.source]}) leaves the
              student’s record, with its place in the history chart. This cannot be undone.
            </p>
          ) : null,
          confirmLabel: 'Delete profile',
          danger: true,
        }}
        busy={remove.isPending}
        error={remove.error ? <Alert error={toFormError(remove.error)} /> : null}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
        onCancel={() => setDeleting(null)}
      />
    </section>
  )
}
