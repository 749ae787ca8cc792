import { useState } from 'react'
import type { BuildPackInput } from '../../../../shared/api/packs'
import { formatNumber } from '../../../../shared/format'
import { call } from '../../api'
import { Alert, useAction } from '../../components/ui'
import { buildStarted, clearBuild, useBuildState } from './build-state'
import { type FileRow, LocalWageFiles } from './LocalWageFiles'
import { PathField } from './PathField'

interface OnetRow {
  key: number
  path: string
  release: string
}

let nextKey = 1
const newRow = (): OnetRow => ({ key: nextKey++, path: '', release: '' })

const OPTIONAL: {
  key: 'oews' | 'ep' | 'cip' | 'cipCodes' | 'clusters'
  label: string
  hint: string
  ext: string[]
}[] = [
  {
    key: 'oews',
    label: 'BLS wages (OEWS national)',
    hint: 'national_M2025_dl.xlsx from bls.gov/oes',
    ext: ['xlsx', 'csv'],
  },
  {
    key: 'ep',
    label: 'BLS projections (EP)',
    hint: 'occupation.xlsx from bls.gov/emp (Table 1.2 is read)',
    ext: ['xlsx', 'csv'],
  },
  {
    key: 'cip',
    label: 'College programs: CIP–SOC crosswalk',
    hint: 'CIP2020_SOC2018_Crosswalk.xlsx or .csv from NCES',
    ext: ['xlsx', 'csv'],
  },
  {
    key: 'cipCodes',
    label: 'College programs: CIP code list',
    hint: 'CIPCode2020.csv from NCES (program titles)',
    ext: ['csv'],
  },
  {
    key: 'clusters',
    label: 'Career clusters',
    hint: 'All_Career_Clusters.csv from O*NET OnLine',
    ext: ['csv'],
  },
]

/** Build a pack from official O*NET and BLS files, off the main thread, with per-file progress. */
export function BuildPanel() {
  const [onet, setOnet] = useState<OnetRow[]>(() => [newRow()])
  const [files, setFiles] = useState<Record<string, string>>({})
  const [name, setName] = useState('')
  const [areaFiles, setAreaFiles] = useState<FileRow[]>([])
  const [industryFiles, setIndustryFiles] = useState<FileRow[]>([])
  const build = useBuildState()
  const action = useAction()
  const running = build.running

  const start = () =>
    action.run(async () => {
      const input: BuildPackInput = {
        onet: onet
          .filter((r) => r.path.trim())
          .map((r) =>
            r.release.trim() ? { path: r.path.trim(), release: r.release.trim() } : r.path.trim(),
          ),
        name: name.trim() || undefined,
      }
      for (const o of OPTIONAL) if (files[o.key]?.trim()) input[o.key] = files[o.key]?.trim()
      const area = areaFiles.map((f) => f.path.trim()).filter(Boolean)
      const industry = industryFiles.map((f) => f.path.trim()).filter(Boolean)
      if (area.length) input.oewsArea = area
      if (industry.length) input.oewsIndustry = industry
      const { jobId } = await call('packs.build', input)
      buildStarted(jobId)
    })

  const setRow = (i: number, patch: Partial<OnetRow>) =>
    setOnet(onet.map((r, k) => (k === i ? { ...r, ...patch } : r)))

  return (
    <section className="panel dt-build" aria-labelledby="dt-build-title">
      <h2 id="dt-build-title">Build a pack from official files</h2>
      <p className="muted">
        For a new O*NET release or new BLS figures. Give one or more O*NET release folders or zips (text, CSV
        or Excel layout; the newest release wins for each part) and the BLS files you have. Parts you leave
        out show as “not in this pack”. Career Atlas checks the new pack before it replaces the installed one.
      </p>
      <fieldset disabled={running} className="dt-fieldset">
        <legend>O*NET releases</legend>
        {onet.map((row, i) => (
          <div className="dt-onet-row" key={row.key}>
            <PathField
              id={`dt-onet-${i}`}
              label={`O*NET release ${onet.length > 1 ? i + 1 : ''}`.trim()}
              hint="A db_XX_X_text / _excel folder or its .zip, or a 30.3+ CSV folder"
              folder
              value={row.path}
              onChange={(v) => setRow(i, { path: v })}
            />
            <div className="dt-release">
              <label htmlFor={`dt-onet-rel-${i}`}>Release (if not in the files)</label>
              <input
                id={`dt-onet-rel-${i}`}
                value={row.release}
                placeholder="optional"
                inputMode="decimal"
                onChange={(e) => setRow(i, { release: e.target.value })}
              />
            </div>
            {onet.length > 1 ? (
              <button
                type="button"
                className="secondary dt-remove"
                onClick={() => setOnet(onet.filter((_, k) => k !== i))}
              >
                Remove<span className="sr-only"> O*NET release {i + 1}</span>
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setOnet([...onet, newRow()])}>
          Add another O*NET release
        </button>
      </fieldset>
      <fieldset disabled={running} className="dt-fieldset">
        <legend>BLS and other files (optional)</legend>
        {OPTIONAL.map((o) => (
          <PathField
            key={o.key}
            id={`dt-${o.key}`}
            label={o.label}
            hint={o.hint}
            extensions={o.ext}
            value={files[o.key] ?? ''}
            onChange={(v) => setFiles({ ...files, [o.key]: v })}
          />
        ))}
        <LocalWageFiles kind="area" files={areaFiles} onChange={setAreaFiles} />
        <LocalWageFiles kind="industry" files={industryFiles} onChange={setIndustryFiles} />
        <div className="dt-path">
          <label htmlFor="dt-name">Pack name (optional)</label>
          <input
            id="dt-name"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            placeholder="District pack, fall 2026"
          />
        </div>
      </fieldset>
      <Alert error={action.error} />
      <div className="dt-buttons">
        <button
          type="button"
          onClick={start}
          disabled={running || action.busy || !onet.some((r) => r.path.trim())}
        >
          Build and install
        </button>
        {running && build.jobId ? (
          <button
            type="button"
            className="secondary"
            onClick={() => void call('packs.cancel', { jobId: build.jobId as string })}
          >
            Cancel build
          </button>
        ) : null}
        {!running && build.done ? (
          <button type="button" className="secondary" onClick={clearBuild}>
            Clear
          </button>
        ) : null}
      </div>
      {build.jobId && build.source !== 'drop' ? <Progress /> : null}
    </section>
  )
}

function Progress() {
  const b = useBuildState()
  const pct = Math.round(b.fraction * 100)
  return (
    <div className="dt-progress">
      <div className="dt-bar-row">
        <progress id="dt-progress" max={100} value={pct} aria-label="Building the data pack" />
        <span>{pct}%</span>
      </div>
      <p role="status" aria-live="polite" className="dt-stage">
        {b.running ? `${b.stage}…` : b.done?.ok ? 'Done.' : ''}
      </p>
      {b.files.length ? (
        <table className="dt-files">
          <caption className="sr-only">Files read so far</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Step</th>
              <th scope="col" className="num">
                Rows read
              </th>
            </tr>
          </thead>
          <tbody>
            {b.files.map((f) => (
              <tr key={f.file}>
                <td className="dt-file">{f.file}</td>
                <td>{f.stage}</td>
                <td className="num">{formatNumber(f.rowsRead)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {b.done ? (
        <div className={b.done.ok ? 'dt-ok' : 'error-box'} role={b.done.ok ? 'status' : 'alert'}>
          {b.done.message}
        </div>
      ) : null}
    </div>
  )
}
