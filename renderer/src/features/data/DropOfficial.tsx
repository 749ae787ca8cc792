import { useEffect, useRef, useState } from 'react'
import type { OfficialFileReport } from '../../../../shared/domain/packs'
import { OFFICIAL_SOURCES } from '../../../../shared/official-sources'
import { platform } from '../../api'
import { Alert, type FormError, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { buildStarted, useBuildState } from './build-state'

/**
 * Drop the official downloads (a folder, several files, zips) anywhere on the Data screen: each
 * file is recognised by its content, the report says what will be used and why anything is not,
 * then one button builds and installs the pack.
 */
export function DropOfficial() {
  const [paths, setPaths] = useState<string[]>([])
  const [dragging, setDragging] = useState(false)
  const [dropError, setDropError] = useState<FormError | null>(null)
  const [reading, setReading] = useState(false)
  // What the dropped files are is a read, keyed by the paths: dropping the same ones again re-reads them.
  const detect = useApiQuery('packs.detect', paths.length ? { paths } : null)
  const report = detect.isPlaceholderData ? null : (detect.data ?? null)
  const start = useApiMutation('packs.build', { onSuccess: ({ jobId }) => buildStarted(jobId, 'drop') })
  const build = useBuildState()
  // From the shared build state, not this panel's own: the progress and the outcome stay in view
  // after the counselor leaves the screen and comes back, or drops other files meanwhile.
  const mine = build.jobId !== null && build.source === 'drop'
  const p = platform()

  const pathsRef = useRef(paths)
  pathsRef.current = paths
  const refetch = detect.refetch
  const look = (given: string[]) => {
    setDropError(null)
    start.reset()
    if (JSON.stringify(given) === JSON.stringify(pathsRef.current)) void refetch()
    else setPaths(given)
  }
  const lookRef = useRef(look)
  lookRef.current = look

  // biome-ignore lint/correctness/useExhaustiveDependencies: listeners live as long as the screen
  useEffect(() => {
    if (!p.pathsForDrop) return
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files')
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      setDragging(true)
    }
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      setDragging(false)
      // Entries and files must be taken now: the DataTransfer empties once this handler returns.
      const files = [...e.dataTransfer.files]
      const entries =
        p.kind === 'web' ? [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry?.() ?? null) : []
      setReading(true)
      void (p.pathsForDrop?.({ files, entries }) ?? Promise.resolve([]))
        .then(
          (given) => lookRef.current(given),
          (err: unknown) => setDropError(toFormError(err)),
        )
        .finally(() => setReading(false))
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  const chooseFolder = async () => {
    const folder = await p.pickFolder({ title: 'The folder of official downloads' })
    if (folder) look([folder.ref])
  }
  const looking = reading || (detect.isFetching && !report)
  const failure = dropError ?? (detect.error ? toFormError(detect.error) : null)

  const used = report?.files.filter((f) => f.status === 'used') ?? []
  const notUsed = report?.files.filter((f) => f.status !== 'used' && f.status !== 'not-needed') ?? []
  const notNeeded = report?.files.filter((f) => f.status === 'not-needed') ?? []
  const missing = (report?.missing ?? [])
    .map((k) => OFFICIAL_SOURCES.find((s) => s.key === k))
    .filter((s) => s !== undefined)
  return (
    <section className="panel dt-drop" aria-labelledby="dt-drop-title">
      <h2 id="dt-drop-title">Update from official downloads</h2>
      <div className={`dt-dropzone${dragging ? ' dt-dragging' : ''}`}>
        <p>
          {p.pathsForDrop
            ? 'Drop the downloaded folder, or several files or zips, anywhere on this screen.'
            : 'Choose the folder that holds the downloaded files.'}
        </p>
        {p.kind === 'electron' ? (
          <button
            type="button"
            className="secondary"
            onClick={chooseFolder}
            disabled={looking || build.running}
          >
            Choose a folder…
          </button>
        ) : null}
      </div>
      <Alert error={failure} />
      {looking ? (
        <p role="status" className="muted">
          Looking at the files…
        </p>
      ) : null}
      {report ? (
        <div className="dt-report">
          <p role="status">
            {report.canBuild
              ? `${used.length} file${used.length === 1 ? '' : 's'} will be used; ${notUsed.length} not used${
                  notNeeded.length ? `; ${notNeeded.length} not needed` : ''
                }.`
              : report.problem}
          </p>
          {missing.length ? (
            <div className="dt-missing">
              <h3>{report.canBuild ? 'Not found (the pack is built without them)' : 'Not found'}</h3>
              <ul>
                {missing.map((s) => (
                  <li key={s.key}>
                    <strong>{s.name}</strong> ({s.file}): {s.adds}.
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <FileTable title="Will be used" files={used} />
          <FileTable title="Not used" files={notUsed} />
          {notNeeded.length ? (
            <details className="dt-not-needed">
              <summary>
                {notNeeded.length} other O*NET file{notNeeded.length === 1 ? '' : 's'} not needed (reference,
                crosswalk or survey detail)
              </summary>
              <ul>
                {notNeeded.map((f) => (
                  <li key={f.file} className="dt-file">
                    {f.file}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="dt-buttons">
            <button
              type="button"
              onClick={() => start.mutate({ official: paths })}
              disabled={!report.canBuild || start.isPending || build.running}
            >
              Build and install
            </button>
          </div>
          <Alert error={start.error ? toFormError(start.error) : null} />
        </div>
      ) : null}
      {mine ? <DropProgress /> : null}
    </section>
  )
}

function FileTable({ title, files }: { title: string; files: OfficialFileReport[] }) {
  if (!files.length) return null
  return (
    <table className="dt-found">
      <caption>
        {title} ({files.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Recognised as</th>
          <th scope="col">Release</th>
          <th scope="col">{title === 'Not used' ? 'Why not' : ''}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.file}>
            <td className="dt-file">{f.file}</td>
            <td>{f.what ?? <span className="muted">not recognised</span>}</td>
            <td>{f.release ?? ''}</td>
            <td>{f.status === 'used' ? '' : f.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DropProgress() {
  const b = useBuildState()
  const pct = Math.round(b.fraction * 100)
  return (
    <div className="dt-progress">
      <div className="dt-bar-row">
        <progress max={100} value={pct} aria-label="Building the pack from the official downloads" />
        <span>{pct}%</span>
      </div>
      {b.running ? <p className="dt-stage">{b.stage}…</p> : null}
      {b.done ? (
        <div className={b.done.ok ? 'dt-ok' : 'error-box'} role={b.done.ok ? 'status' : 'alert'}>
          {b.done.message}
        </div>
      ) : null}
    </div>
  )
}
