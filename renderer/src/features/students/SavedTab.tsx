import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { SAVED_STATUS_LABEL, type SavedCareer, type SavedStatus } from '../../../../shared/domain/students'
import { AddToCompareButton } from '../../components/AddToCompareButton'
import { Alert, formatDay, toFormError } from '../../components/ui'
import { apiKey, useApiMutation, useApiQuery } from '../../hooks/api'

const STATUS = SAVED_STATUS_LABEL

/** The student's saved careers in rank order: move up/down, set status and a note, compare. */
export function SavedTab({ studentId }: { studentId: number }) {
  const saved = useApiQuery('saved.list', { studentId })
  const client = useQueryClient()
  const reload = () => void client.invalidateQueries({ queryKey: apiKey('saved.list', { studentId }) })
  const reorder = useApiMutation('saved.reorder')
  const list = saved.data ?? []
  const move = (i: number, delta: number) => {
    const ids = list.map((c) => c.id)
    const j = i + delta
    if (j < 0 || j >= ids.length) return
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
    const moved = list[i]!.id
    reorder.mutate(
      { studentId, ids },
      {
        // The list has its new order by now; keep the keyboard on the moved career's arrow (or
        // the other one once it reached an end and this one is disabled).
        onSuccess: () => {
          const ahead = document.getElementById(
            `saved-${moved}-${delta < 0 ? 'up' : 'down'}`,
          ) as HTMLButtonElement
          const back = document.getElementById(`saved-${moved}-${delta < 0 ? 'down' : 'up'}`)
          ;(ahead && !ahead.disabled ? ahead : back)?.focus()
        },
      },
    )
  }
  const failed = reorder.error ?? saved.error
  return (
    <div>
      <h2 className="st-tab-title">Saved careers</h2>
      <p className="muted">
        Careers saved from their profiles, in the student’s order of preference. Each keeps the title it was
        saved with, even if a later data pack renames it.
      </p>
      <Alert error={failed ? toFormError(failed) : null} onReload={reload} />
      {saved.data && list.length === 0 ? (
        <p className="st-empty">
          None yet. Find a career with <a href="#/">Search</a>, open its profile and choose “Save to a
          student”.
        </p>
      ) : null}
      <ol className="st-saved">
        {list.map((c, i) => (
          <SavedRow
            key={c.id}
            career={c}
            first={i === 0}
            last={i === list.length - 1}
            busy={reorder.isPending}
            onMove={(d) => move(i, d)}
            onReload={reload}
          />
        ))}
      </ol>
    </div>
  )
}

function SavedRow({
  career: c,
  first,
  last,
  busy,
  onMove,
  onReload,
}: {
  career: SavedCareer
  first: boolean
  last: boolean
  busy: boolean
  onMove: (delta: number) => void
  onReload: () => void
}) {
  const [note, setNote] = useState(c.note ?? '')
  const update = useApiMutation('saved.update')
  const remove = useApiMutation('saved.remove')
  const pending = update.isPending || remove.isPending
  const failed = update.error ?? remove.error
  const save = (status: SavedStatus, n: string | null) =>
    update.mutate({ id: c.id, version: c.version, status, note: n })
  return (
    <li className={`panel st-saved-row st-saved-${c.status}`}>
      <span className="st-rank">
        <span className="sr-only">Rank </span>
        {c.rank}
      </span>
      <div className="st-saved-main">
        <div className="st-saved-title">
          <a href={`#/occupation/${c.code}`}>{c.title}</a> <span className="st-mono muted">{c.code}</span>
        </div>
        <div className="muted st-small">Saved {formatDay(c.savedAt)}</div>
        <div className="st-saved-controls">
          <label className="st-inline">
            <span className="sr-only">Status of {c.title}</span>
            <select
              value={c.status}
              disabled={pending}
              onChange={(e) => save(e.target.value as SavedStatus, c.note)}
            >
              {(Object.keys(STATUS) as SavedStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS[s]}
                </option>
              ))}
            </select>
          </label>
          <input
            className="st-note-input"
            aria-label={`Note on ${c.title}`}
            placeholder="Add a note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== (c.note ?? '') && save(c.status, note || null)}
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
          />
          <AddToCompareButton code={c.code} title={c.title} compact />
        </div>
        <Alert
          error={failed ? toFormError(failed) : null}
          onReload={() => {
            update.reset()
            onReload()
          }}
        />
      </div>
      <div className="st-saved-order">
        <button
          id={`saved-${c.id}-up`}
          type="button"
          className="secondary"
          disabled={first || busy}
          aria-label={`Move ${c.title} up`}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          id={`saved-${c.id}-down`}
          type="button"
          className="secondary"
          disabled={last || busy}
          aria-label={`Move ${c.title} down`}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`Remove ${c.title}`}
          disabled={pending}
          onClick={() => remove.mutate({ id: c.id })}
        >
          Remove
        </button>
      </div>
    </li>
  )
}
