import { useState } from 'react'
import type { InterestProfile, JobZoneOption, Match } from '../../../../../shared/domain/interests'
import { formatMoney } from '../../../../../shared/format'
import { jobZoneLabel } from '../../../../../shared/jobzone'
import { formatLocal } from '../../../../../shared/local-wages'
import { AREA_INFO, FIT_BANDS, fitLabel, formatR } from '../../../../../shared/riasec'
import { AddToCompareButton } from '../../../components/AddToCompareButton'
import { Alert, formatDay, toFormError } from '../../../components/ui'
import { useApiMutation, useApiQuery } from '../../../hooks/api'
import { useJobZoneLabel } from '../../../hooks/job-zones'
import { MatchExplanationPanel } from './MatchExplanation'

const zoneLabel = (z: JobZoneOption) => jobZoneLabel(z.zone, z.covers)

/** Careers ranked by fit with the profile in view, filtered by job zone; one explained at a time. */
export function MatchesPanel({ studentId, profile }: { studentId: number; profile: InterestProfile }) {
  const [zones, setZones] = useState<number[]>([])
  const zoneName = useJobZoneLabel()
  const [limit, setLimit] = useState(25)
  const [open, setOpen] = useState<string | null>(null)
  const result = useApiQuery(
    'interests.match',
    { studentId, profileId: profile.id, zones, limit },
    { keepPrevious: true },
  )
  const saved = useApiQuery('saved.list', { studentId })
  // Saving refreshes the student's saved careers (query-keys.ts), so the row turns to "Saved ✓".
  const saveMatch = useApiMutation('saved.add')
  const savedCodes = new Set((saved.data ?? []).map((s) => s.code))
  const r = result.data
  const toggleZone = (z: number) =>
    setZones((cur) => (cur.includes(z) ? cur.filter((x) => x !== z) : [...cur, z].sort()))
  const save = (m: Match) =>
    saveMatch.mutate({ studentId, code: m.code, note: `Interest match, r = ${formatR(m.r)}` })
  const openMatch = r?.kind === 'ranked' ? (r.matches.find((m) => m.code === open) ?? null) : null

  return (
    <section className="panel in-matches" aria-labelledby="in-matches-title">
      <div className="in-matches-head">
        <div>
          <h3 id="in-matches-title">Careers that fit these interests</h3>
          <p className="muted">
            Profile of {formatDay(profile.takenOn)}. Fit is the correlation between the student’s six scores
            and each career’s six O*NET interest ratings.
          </p>
        </div>
        <ul className="in-legend" aria-label="Fit bands">
          {FIT_BANDS.map((b, i) => (
            <li key={b.band}>
              <span className={`in-band in-band-${b.band}`}>{b.label}</span>
              <span className="muted">
                {i < FIT_BANDS.length - 1
                  ? `r ≥ ${b.min.toFixed(2)}`
                  : `r < ${FIT_BANDS[i - 1]!.min.toFixed(2)}`}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {r && r.zones.length > 0 ? (
        <fieldset className="in-zones">
          <legend>Preparation needed (job zone)</legend>
          {r.zones.map((z) => (
            <label key={z.zone} title={z.label} className={zones.includes(z.zone) ? 'in-on' : ''}>
              <input type="checkbox" checked={zones.includes(z.zone)} onChange={() => toggleZone(z.zone)} />
              {zoneLabel(z)} <span className="muted">({z.occupations})</span>
            </label>
          ))}
          {zones.length > 0 ? (
            <button type="button" className="in-link in-small" onClick={() => setZones([])}>
              All zones
            </button>
          ) : null}
        </fieldset>
      ) : null}
      <Alert error={result.error ? toFormError(result.error) : null} />
      <Alert error={saveMatch.error ? toFormError(saveMatch.error) : null} />
      {r?.kind === 'flat' || r?.kind === 'no-profile' ? (
        <div className="in-flat" role="status">
          <strong>No ranking for this profile.</strong>
          <p>{r.message}</p>
        </div>
      ) : null}
      {r?.kind === 'ranked' ? (
        <>
          {r.caution ? <p className="in-note">{r.caution}</p> : null}
          <p className="in-counts" role="status">
            {r.considered} careers considered: {r.bandCounts.great} great, {r.bandCounts.good} good,{' '}
            {r.bandCounts.fair} fair fits.
          </p>
          <div className={`in-match-layout${openMatch ? ' in-has-detail' : ''}`}>
            <ol className="in-match-list">
              {r.matches.map((m, i) => (
                <li key={m.code} className={m.code === open ? 'in-open' : ''}>
                  <span className="in-rank">{i + 1}</span>
                  <div className="in-match-main">
                    <button
                      type="button"
                      className="in-match-title"
                      aria-expanded={m.code === open}
                      aria-controls="in-explain"
                      onClick={() => setOpen(m.code === open ? null : m.code)}
                    >
                      {m.title}
                    </button>
                    <span className="in-match-meta">
                      <span className={`in-band in-band-${m.band}`}>{fitLabel(m.band)}</span>
                      <span className="in-r">r = {formatR(m.r)}</span>
                      {m.jobZone ? <span>{zoneName(m.jobZone)}</span> : null}
                      {m.medianWage !== null ? <span>Median {formatMoney(m.medianWage)} a year</span> : null}
                      {m.localArea ? (
                        <span title={`Source: ${m.localSource ?? `BLS OEWS, ${m.localArea}`}`}>
                          {m.localArea} median{' '}
                          {formatLocal(
                            { value: m.localMedianWage ?? null, flag: m.localMedianWageFlag ?? undefined },
                            'annual',
                          )}
                        </span>
                      ) : null}
                      {m.brightOutlook ? (
                        <span
                          className="in-bright"
                          title="Bright Outlook: expected to grow quickly or have many openings"
                        >
                          Bright Outlook
                        </span>
                      ) : null}
                      {m.shared.length ? (
                        <span title={m.shared.map((a) => AREA_INFO[a].name).join(', ')}>
                          Shared: {m.shared.join('')}
                        </span>
                      ) : null}
                    </span>
                  </div>
                  <div className="in-match-actions">
                    {savedCodes.has(m.code) ? (
                      <span className="in-badge">Saved ✓</span>
                    ) : (
                      <button
                        type="button"
                        className="secondary in-small"
                        onClick={() => save(m)}
                        aria-label={`Save ${m.title} to the student’s careers`}
                      >
                        Save
                      </button>
                    )}
                    <AddToCompareButton code={m.code} title={m.title} compact />
                  </div>
                </li>
              ))}
            </ol>
            {openMatch ? (
              <MatchExplanationPanel
                studentId={studentId}
                profile={profile}
                match={openMatch}
                onClose={() => setOpen(null)}
              />
            ) : null}
          </div>
          {r.matches.length < r.considered && limit < 200 ? (
            <button type="button" className="secondary" onClick={() => setLimit(limit < 50 ? 50 : 200)}>
              Show more careers
            </button>
          ) : null}
          <p className="figure-source">
            Source: {r.source}. Job zones, median pay (BLS OEWS) and Bright Outlook from the installed data
            pack.
            {r.matches[0]?.localSource
              ? ` ${r.matches[0].localArea} median: ${r.matches[0].localSource}; “not published” where BLS published none for the area.`
              : ''}
          </p>
        </>
      ) : null}
    </section>
  )
}
