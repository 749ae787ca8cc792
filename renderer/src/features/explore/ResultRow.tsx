import type { SearchResult } from '../../../../shared/domain/catalog'
import { formatMoney } from '../../../../shared/format'
import { AddToCompareButton } from '../../components/AddToCompareButton'
import { useJobZoneLabel } from '../../hooks/job-zones'
import { Highlight } from './Highlight'

const FIELD_LABEL: Record<SearchResult['field'], string> = {
  code: 'Code',
  title: 'Title',
  alternate: 'Also called',
  reported: 'Workers call it',
  program: 'Studied as',
  task: 'Task',
  technology: 'Uses',
}

/** Job zones as a counselor says them (O*NET's own short names). */
export const ZONE_NAME: Record<number, string> = {
  1: 'Little or no preparation',
  2: 'Some preparation',
  3: 'Medium preparation',
  4: 'Considerable preparation',
  5: 'Extensive preparation',
}

export const rowId = (code: string) => `search-result-${code.replace(/\W/g, '-')}`

/** One result: title and code, why it matched, preparation and pay, and the compare toggle. */
export function ResultRow({
  r,
  active,
  onOpen,
  onPoint,
}: {
  r: SearchResult
  active: boolean
  onOpen: () => void
  onPoint: () => void
}) {
  const showReason = r.field !== 'title' || r.layWord !== null
  const zoneLabel = useJobZoneLabel()
  // A merged "Job Zone 1–2" row spans both zones' preparation.
  const zoneName = (z: number) => (zoneLabel(z).includes('–') ? 'Little or some preparation' : ZONE_NAME[z])
  return (
    <div
      role="row"
      className={active ? 'result is-active' : 'result'}
      aria-selected={active}
      onMouseMove={onPoint}
    >
      <div role="gridcell" id={rowId(r.code)} className="result-main">
        <a
          href={`#/occupation/${encodeURIComponent(r.code)}`}
          className="result-title"
          tabIndex={-1}
          onClick={onOpen}
        >
          {r.field === 'title' ? <Highlight text={r.title} ranges={r.highlights} /> : r.title}
        </a>
        <span className="result-code">{r.field === 'code' ? <mark>{r.code}</mark> : r.code}</span>
        {showReason ? (
          <div className="result-reason">
            {r.layWord ? <span className="reason-lay">Lay word “{r.layWord}”</span> : null}
            {r.field === 'title' ? (
              <span className="muted">matches this title</span>
            ) : (
              <>
                <span className="reason-field">{FIELD_LABEL[r.field]}</span>{' '}
                <Highlight text={r.snippet} ranges={r.highlights} />
              </>
            )}
          </div>
        ) : null}
      </div>
      <div role="gridcell" className="result-facts">
        <span className="fact">
          <span className="fact-label">Median pay</span>
          <span className="fact-value">
            {r.medianWage === null ? '—' : `${formatMoney(r.medianWage)}/yr`}
          </span>
        </span>
        <span className="fact">
          <span className="fact-label">{r.jobZone ? zoneLabel(r.jobZone) : 'Job Zone —'}</span>
          <span className="fact-value zone">{r.jobZone ? zoneName(r.jobZone) : 'Not rated'}</span>
        </span>
      </div>
      <div role="gridcell" className="result-actions">
        <AddToCompareButton code={r.code} title={r.title} compact />
      </div>
    </div>
  )
}
