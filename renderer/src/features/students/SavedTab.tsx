import { useState } from 'react'
import type { SavedCareer, SavedStatus } from '../../../../shared/domain/students'
import { call } from '../../api'
import { AddToCompareButton } from '../../components/AddToCompareButton'
import { Alert, formatDay, useAction, useLoad } from '../../components/ui'

const STATUS: Record<SavedStatus, string> = {
  exploring: 'Exploring',
  shortlisted: 'Shortlisted',
  set_aside: 'Set aside',
}

/** The student's saved careers in rank order: move up/down, set status and a note, compare. */
export function SavedTab({ studentId, onChanged }: { studentId: number; onChanged: () => void }) {
  const saved = useLoad('saved.list', { studentId })
  const { busy, error, run } = useAction()
  const list = saved.value ?? []
  const changed = () => {
    saved.reload()
    onChanged()
  }
  const move = async (i: number, delta: number) => {
    const ids = list.map((c) => c.id)
    const j = i + delta
    if (j < 0 || j >= ids.length) return
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
    if (await run(() => call('saved.reorder', { studentId, ids }))) {
      saved.reload()
      // Keep the keyboard on the moved career's button.
      setTimeout(
        () => document.getElementById(`saved-${list[i]!.id}-${delta < 0 ? 'up' : 'down'}`)?.focus(),
        50,
      )
    }
  }
  return (
    <div>
      <h2 className="st-tab-title">Saved careers</h2>
      <p className="muted">
        Careers saved from their profiles, in the student’s order of preference. Each keeps the title it was
        saved with, even if a later data pack renames it.
      </p>
      <Alert error={error ?? saved.error} onReload={saved.reload} />
      {saved.value && list.length === 0 ? (
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
            busy={busy}
            onMove={(d) => move(i, d)}
            onChanged={changed}
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
  onChanged,
}: {
  career: SavedCareer
  first: boolean
  last: boolean
  busy: boolean
  onMove: (delta: number) => void
  onChanged: () => void
}) {
  const [note, setNote] = useState(c.note ?? '')
  const act = useAction()
  const save = async (status: SavedStatus, n: string | null) => {
    if (await act.run(() => call('saved.update', { id: c.id, version: c.version, status, note: n })))
      onChanged()
  }
  return (
    <li className={`panel st-saved-row st-saved-${c.status}`}>
      <span className="st-rank" aria-label={`Rank ${c.rank}`}>
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
              disabled={act.busy}
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
        <Alert error={act.error} onReload={onChanged} />
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
          disabled={act.busy}
          onClick={async () => {
            if (await act.run(() => call('saved.remove', { id: c.id }))) onChanged()
          }}
        >
          Remove
        </button>
      </div>
    </li>
  )
}
