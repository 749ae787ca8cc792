import { useRef, useState } from 'react'
import type { RetentionPreview } from '../../../../shared/domain/students'
import { ConfirmDialog, Dialog } from '../../components/Dialog'
import { Alert, formatDay, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'

export function Retention() {
  const setting = useApiQuery('retention.get', {})
  const [previewing, setPreviewing] = useState(false)
  const [msg, setMsg] = useState<string | null>(null)
  // Read while the question is open; a change to the rule refetches it (query-keys.ts).
  const preview = useApiQuery('retention.preview', previewing ? {} : null)
  const set = useApiMutation('retention.set')
  const apply = useApiMutation('retention.apply', {
    onSuccess: (r) => {
      setPreviewing(false)
      setMsg(`${r.deleted} ${r.deleted === 1 ? 'record' : 'records'} deleted.`)
    },
  })
  const years = setting.data?.years ?? null
  const p = preview.data
  // While the deletion runs (and the queries it changed refetch) the dialog keeps showing the list
  // the counselor agreed to, not the emptier one that follows.
  const agreed = useRef<RetentionPreview | null>(null)
  const shown = apply.isPending ? agreed.current : p
  const failed = set.error ?? setting.error
  return (
    <section aria-labelledby="retention-h">
      <h3 id="retention-h">Retention</h3>
      <p className="muted">
        Delete a graduated student’s record a set number of years after graduation, as your district’s
        schedule requires. A deleted record is removed from every backup at the same time, and a later restore
        never brings it back.
      </p>
      <div className="st-actions">
        <label className="st-inline" htmlFor="retention-years">
          Keep records after graduation for
        </label>
        <select
          id="retention-years"
          value={years ?? ''}
          disabled={set.isPending}
          onChange={(e) => {
            setMsg(null)
            set.mutate({ years: e.target.value === '' ? null : Number(e.target.value) })
          }}
        >
          <option value="">No automatic rule</option>
          {[1, 2, 3, 4, 5, 6, 7, 10].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? 'year' : 'years'}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={years == null}
          onClick={() => {
            setMsg(null)
            apply.reset()
            setPreviewing(true)
          }}
        >
          Preview…
        </button>
      </div>
      <Alert error={failed ? toFormError(failed) : null} />
      {msg ? (
        <p className="st-success" role="status">
          {msg}
        </p>
      ) : null}
      {shown && shown.students.length === 0 ? (
        <Dialog open={previewing} title="Records due for deletion" onClose={() => setPreviewing(false)}>
          <div className="ui-dialog-body">
            <RetentionList preview={shown} />
          </div>
          <div className="ui-dialog-actions">
            <button type="button" className="secondary" onClick={() => setPreviewing(false)}>
              Close
            </button>
          </div>
        </Dialog>
      ) : (
        <ConfirmDialog
          open={previewing && shown != null}
          options={{
            title: 'Records due for deletion',
            message: shown ? <RetentionList preview={shown} /> : null,
            confirmLabel:
              shown?.students.length === 1
                ? 'Delete this record'
                : `Delete these ${shown?.students.length ?? 0} records`,
            danger: true,
          }}
          busy={apply.isPending || preview.isFetching}
          error={
            apply.error || preview.error ? <Alert error={toFormError(apply.error ?? preview.error)} /> : null
          }
          onConfirm={() => {
            if (!p) return
            agreed.current = p
            apply.mutate({ expectCount: p.students.length })
          }}
          onCancel={() => setPreviewing(false)}
        />
      )}
    </section>
  )
}

/** Who the rule would delete now: the list the counselor agrees to, and nothing beyond it. */
function RetentionList({ preview }: { preview: RetentionPreview }) {
  if (preview.students.length === 0)
    return (
      <div className="st-preview">
        <p>No records are due: nobody graduated before {formatDay(preview.cutoff)}.</p>
      </div>
    )
  return (
    <div className="st-preview">
      <p>
        <strong>
          {preview.students.length} {preview.students.length === 1 ? 'record' : 'records'}
        </strong>{' '}
        of students who graduated before {formatDay(preview.cutoff)} would be deleted with everything in them:
      </p>
      <ul>
        {preview.students.slice(0, 20).map((s) => (
          <li key={s.id}>
            {s.name} <span className="muted">— graduated {formatDay(s.graduatedOn)}</span>
          </li>
        ))}
      </ul>
      {preview.students.length > 20 ? (
        <p className="muted">…and {preview.students.length - 20} more.</p>
      ) : null}
    </div>
  )
}
