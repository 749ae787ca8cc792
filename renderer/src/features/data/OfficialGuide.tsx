import type { PackList } from '../../../../shared/domain/packs'
import { OFFICIAL_SOURCES } from '../../../../shared/official-sources'
import { releaseAges } from '../../../../shared/pack-age'
import { Alert, toFormError } from '../../components/ui'
import { useApiMutation } from '../../hooks/api'

/**
 * Where the full national data comes from and how old the installed data is. Agencies and pages
 * are named, not linked: the workstation is offline, and a counselor downloads elsewhere.
 */
export function OfficialGuide({ list }: { list: PackList }) {
  const installed = list.installed
  const ages = installed ? releaseAges(installed, new Date()) : []
  const first = list.firstStart
  const starter = installed?.tables.some((t) => t.kind === 'starter') ?? false
  // On success the pack queries refetch (and catalog.changed refreshes every screen).
  const retry = useApiMutation('packs.installBundled')
  return (
    <section className="panel dt-guide" aria-labelledby="dt-guide-title">
      <h2 id="dt-guide-title">Keeping the data current</h2>
      {first?.current ? (
        <p className="dt-origin">
          {first.origin === 'bundled'
            ? 'This is the national data pack that came with this installation of Career Atlas.'
            : starter
              ? 'This is the starter pack that comes with Career Atlas: a sample of occupations to learn the app with. For every occupation, build the national pack from the official files below.'
              : 'This pack was installed when Career Atlas was first started.'}
          {first.fallback
            ? ` (The pack bundled with this installation could not be used: ${first.fallback})`
            : ''}
        </p>
      ) : null}
      {first?.current && first.fallback && first.bundledAvailable ? (
        <div className="dt-buttons">
          <button type="button" onClick={() => retry.mutate({})} disabled={retry.isPending}>
            {retry.isPending ? 'Installing the national pack…' : 'Try installing the national pack again'}
          </button>
        </div>
      ) : null}
      <Alert error={retry.error ? toFormError(retry.error) : null} />
      {ages.length ? (
        <>
          <h3>How old the installed data is</h3>
          <ul className="dt-ages">
            {ages.map((a) => (
              <li key={a.release}>
                <strong>{a.release}</strong>
                {a.asOf ? `: ${/^\d{4}$/.test(a.asOf) ? `base year ${a.asOf}` : `released ${a.asOf}`}` : ''}
                {a.age ? <span className="muted"> ({a.age})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Official files to download</h3>
      <p className="muted">
        O*NET publishes a new database release about four times a year, BLS wages every spring and projections
        every fall. Download these on any computer, bring them over (a USB drive is fine), then drop the
        folder or the files on this screen. Zips can stay zipped, and file names do not matter: Career Atlas
        recognises each file by what is in it.
      </p>
      <table className="dt-sources">
        <caption className="sr-only">The official files a full pack is built from</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Where to get it</th>
            <th scope="col">What it adds</th>
          </tr>
        </thead>
        <tbody>
          {OFFICIAL_SOURCES.map((s) => (
            <tr key={s.key}>
              <th scope="row">
                {s.name}
                {s.required ? <span className="dt-required"> (required)</span> : null}
                <div className="dt-file">{s.file}</div>
              </th>
              <td>
                {s.agency}
                <div className="muted">{s.where}</div>
              </td>
              <td>{s.adds}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
