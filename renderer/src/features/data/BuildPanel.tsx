import { useState } from 'react'
import { get, useFieldArray } from 'react-hook-form'
import { formatNumber } from '../../../../shared/format'
import { invalid } from '../../components/Field'
import { Alert, type FormError } from '../../components/ui'
import { useApiMutation } from '../../hooks/api'
import { draftValues, useFormDraft } from '../../hooks/drafts'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'
import { buildFormSchema, emptyBuildForm, keptRows, OPTIONAL_FILES } from './build-form'
import { buildStarted, clearBuild, useBuildState } from './build-state'
import { LocalWageFiles } from './LocalWageFiles'
import { PathField } from './PathField'

const OPTIONAL: Record<(typeof OPTIONAL_FILES)[number], { label: string; hint: string; ext: string[] }> = {
  oews: {
    label: 'BLS wages (OEWS national)',
    hint: 'national_M2025_dl.xlsx from bls.gov/oes',
    ext: ['xlsx', 'csv'],
  },
  ep: {
    label: 'BLS projections (EP)',
    hint: 'occupation.xlsx from bls.gov/emp (Table 1.2 is read)',
    ext: ['xlsx', 'csv'],
  },
  cip: {
    label: 'College programs: CIP–SOC crosswalk',
    hint: 'CIP2020_SOC2018_Crosswalk.xlsx or .csv from NCES',
    ext: ['xlsx', 'csv'],
  },
  cipCodes: {
    label: 'College programs: CIP code list',
    hint: 'CIPCode2020.csv from NCES (program titles)',
    ext: ['csv'],
  },
  clusters: {
    label: 'Career clusters',
    hint: 'All_Career_Clusters.csv from O*NET OnLine',
    ext: ['csv'],
  },
}

/** Build a pack from official O*NET and BLS files, off the main thread, with per-file progress. */
export function BuildPanel() {
  // The files chosen so far outlive an auto-lock (the screen unmounts behind the lock screen).
  const form = useSchemaForm(buildFormSchema, { defaultValues: draftValues('data.build', emptyBuildForm()) })
  useFormDraft('data.build', form)
  const onet = useFieldArray({ control: form.control, name: 'onet' })
  const area = useFieldArray({ control: form.control, name: 'oewsArea' })
  const industry = useFieldArray({ control: form.control, name: 'oewsIndustry' })
  const values = form.watch()
  const errors = form.formState.errors
  const [banner, setBanner] = useState<FormError | null>(null)
  const build = useBuildState()
  const running = build.running
  const start = useApiMutation('packs.build', {
    onSuccess: ({ jobId }) => buildStarted(jobId),
    onError: (e) => setBanner(applyApiError(form, e)),
  })
  const cancel = useApiMutation('packs.cancel')

  const set = (name: Parameters<typeof form.setValue>[0], v: string) =>
    form.setValue(name, v, { shouldValidate: form.formState.isSubmitted, shouldDirty: true })
  const message = (path: string): string | undefined =>
    (get(errors, path) as { message?: string } | undefined)?.message
  // Errors come back by the contract's index, which skips blank rows (build-form.ts).
  const rowError = (list: 'onet' | 'oewsArea' | 'oewsIndustry', i: number, field?: string) => {
    const j = keptRows(values[list]).indexOf(i)
    if (j < 0) return undefined
    return field
      ? message(`${list}.${j}.${field}`)
      : (message(`${list}.${j}`) ?? message(`${list}.${j}.path`))
  }
  const listError = (list: 'onet' | 'oewsArea' | 'oewsIndustry') => message(list) ?? message(`${list}.root`)

  const submit = form.handleSubmit(
    (input) => {
      setBanner(null)
      start.mutate(input)
    },
    () => setBanner(null),
  )

  return (
    <section className="panel dt-build" aria-labelledby="dt-build-title">
      <h2 id="dt-build-title">Build a pack from official files</h2>
      <p className="muted">
        For a new O*NET release or new BLS figures. Give one or more O*NET release folders or zips (text, CSV
        or Excel layout; the newest release wins for each part) and the BLS files you have. Parts you leave
        out show as “not in this pack”. Career Atlas checks the new pack before it replaces the installed one.
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="dt-build-title">
        <fieldset disabled={running} className="dt-fieldset">
          <legend>O*NET releases</legend>
          {onet.fields.map((row, i) => {
            const releaseId = `dt-onet-rel-${i}`
            const releaseError = rowError('onet', i, 'release')
            return (
              <div className="dt-onet-row" key={row.id}>
                <PathField
                  id={`dt-onet-${i}`}
                  label={`O*NET release ${onet.fields.length > 1 ? i + 1 : ''}`.trim()}
                  hint="A db_XX_X_text / _excel folder or its .zip, or a 30.3+ CSV folder"
                  folder
                  value={values.onet[i]?.path ?? ''}
                  onChange={(v) => set(`onet.${i}.path`, v)}
                  error={rowError('onet', i) ?? (i === 0 ? listError('onet') : undefined)}
                />
                <div className="dt-release">
                  <label htmlFor={releaseId}>Release (if not in the files)</label>
                  <input
                    id={releaseId}
                    placeholder="optional"
                    inputMode="decimal"
                    {...invalid(releaseId, releaseError)}
                    {...form.register(`onet.${i}.release`)}
                  />
                  {releaseError ? (
                    <span className="dt-field-error" id={`${releaseId}-error`}>
                      {releaseError}
                    </span>
                  ) : null}
                </div>
                {onet.fields.length > 1 ? (
                  <button type="button" className="secondary dt-remove" onClick={() => onet.remove(i)}>
                    Remove<span className="sr-only"> O*NET release {i + 1}</span>
                  </button>
                ) : null}
              </div>
            )
          })}
          <button type="button" className="secondary" onClick={() => onet.append({ path: '', release: '' })}>
            Add another O*NET release
          </button>
        </fieldset>
        <fieldset disabled={running} className="dt-fieldset">
          <legend>BLS and other files (optional)</legend>
          {OPTIONAL_FILES.map((key) => (
            <PathField
              key={key}
              id={`dt-${key}`}
              label={OPTIONAL[key].label}
              hint={OPTIONAL[key].hint}
              extensions={OPTIONAL[key].ext}
              value={values[key]}
              onChange={(v) => set(key, v)}
              error={message(key)}
            />
          ))}
          {(['area', 'industry'] as const).map((kind) => {
            const list = kind === 'area' ? 'oewsArea' : 'oewsIndustry'
            const rows = kind === 'area' ? area : industry
            return (
              <LocalWageFiles
                key={kind}
                kind={kind}
                rows={rows.fields.map((f, i) => ({
                  key: f.id,
                  path: values[list][i]?.path ?? '',
                  error: rowError(list, i) ?? (i === 0 ? listError(list) : undefined),
                }))}
                onPath={(i, v) => set(`${list}.${i}.path`, v)}
                onAdd={() => rows.append({ path: '' })}
                onRemove={(i) => rows.remove(i)}
              />
            )
          })}
          <div className="dt-path">
            <label htmlFor="dt-name">Pack name (optional)</label>
            <input
              id="dt-name"
              maxLength={120}
              placeholder="District pack, fall 2026"
              {...invalid('dt-name', message('name'))}
              {...form.register('name')}
            />
            {message('name') ? (
              <span className="dt-field-error" id="dt-name-error">
                {message('name')}
              </span>
            ) : null}
          </div>
        </fieldset>
        <Alert error={banner} />
        <div className="dt-buttons">
          <button type="submit" disabled={running || start.isPending}>
            Build and install
          </button>
          {running && build.jobId ? (
            <button
              type="button"
              className="secondary"
              onClick={() => cancel.mutate({ jobId: build.jobId as string })}
              disabled={cancel.isPending}
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
      </form>
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
              <th scope="col" className="dt-num">
                Rows read
              </th>
            </tr>
          </thead>
          <tbody>
            {b.files.map((f) => (
              <tr key={f.file}>
                <td className="dt-file">{f.file}</td>
                <td>{f.stage}</td>
                <td className="dt-num">{formatNumber(f.rowsRead)}</td>
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
