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

/**
 * One result as a row of the results grid (a real table row, so assistive technology announces
 * the row and its cells): title and code as the row's header, why it matched, preparation and
 * pay, and the compare toggle. The search box keeps focus and points at the active row's header
 * (aria-activedescendant); the pointer moves the active row too.
 */
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
    <tr className={active ? 'ex-result ex-active' : 'ex-result'} aria-selected={active} onMouseMove={onPoint}>
      <th scope="row" id={rowId(r.code)} className="ex-result-main">
        <a
          href={`#/occupation/${encodeURIComponent(r.code)}`}
          className="ex-result-title"
          tabIndex={-1}
          onClick={onOpen}
        >
          {r.field === 'title' ? <Highlight text={r.title} ranges={r.highlights} /> : r.title}
        </a>
        <span className="ex-result-code">{r.field === 'code' ? <mark>{r.code}</mark> : r.code}</span>
        {showReason ? (
          <div className="ex-result-reason">
            {r.layWord ? <span className="ex-reason-lay">Lay word “{r.layWord}”</span> : null}
            {r.field === 'title' ? (
              <span className="muted">matches this title</span>
            ) : (
              <>
                <span className="ex-reason-field">{FIELD_LABEL[r.field]}</span>{' '}
                <Highlight text={r.snippet} ranges={r.highlights} />
              </>
            )}
          </div>
        ) : null}
      </th>
      <td className="ex-result-facts">
        <span className="ex-fact ex-fact-pay">
          <span className="ex-fact-label">Median pay</span>
          <span className="ex-fact-value">
            {r.medianWage === null ? '—' : `${formatMoney(r.medianWage)}/yr`}
          </span>
        </span>
        <span className="ex-fact">
          <span className="ex-fact-label">{r.jobZone ? zoneLabel(r.jobZone) : 'Job Zone —'}</span>
          <span className="ex-fact-value ex-zone">{r.jobZone ? zoneName(r.jobZone) : 'Not rated'}</span>
        </span>
      </td>
      <td className="ex-result-actions">
        <AddToCompareButton code={r.code} title={r.title} compact />
      </td>
    </tr>
  )
}
