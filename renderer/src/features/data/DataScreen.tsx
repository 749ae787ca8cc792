import { useEffect, useRef, useState } from 'react'
import type { InstallResult } from '../../../../shared/domain/packs'
import { formatNumber } from '../../../../shared/format'
import { call, platform } from '../../api'
import { Alert, useAction, useLoad } from '../../components/ui'
import { useAddressFlag } from '../../router'
import { AboutApp } from './AboutApp'
import { Attribution } from './Attribution'
import { BuildPanel } from './BuildPanel'
import { ChangesReport } from './ChangesReport'
import { DropOfficial } from './DropOfficial'
import { History } from './History'
import { InstalledPack } from './InstalledPack'
import { OfficialGuide } from './OfficialGuide'
import './data.css'

/** The installed career data: what it is, where it came from, and how to replace or restore it. */
export function DataScreen() {
  const list = useLoad('packs.list', {})
  const changes = useLoad('packs.changes', {})
  const action = useAction()
  const [notice, setNotice] = useState('')
  const [confirming, setConfirming] = useState(false)
  const importRef = useRef<HTMLButtonElement>(null)
  const reload = () => {
    list.reload()
    changes.reload()
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: subscribe once; reload is stable in effect
  useEffect(() => window.api.onEvent((e) => e.type === 'catalog.changed' && reload()), [])
  // The File menu's "Import data pack…" (Ctrl+I) lands here as #/data?import=1, also when already here.
  useAddressFlag('import', () => importRef.current?.focus())

  const done = (verb: string, r: InstallResult | undefined) => {
    if (!r) return
    const n = r.changes.items.length
    setNotice(
      `${verb} “${r.pack.name}” (${formatNumber(r.pack.occupations)} occupations). ${
        n
          ? `${n} saved career${n === 1 ? '' : 's'} changed: see What changed below.`
          : 'No saved career changed.'
      }`,
    )
    reload()
  }

  const importPack = () =>
    action.run(async () => {
      setNotice('')
      const picked = await platform().pickFile({
        title: 'Import a data pack',
        extensions: ['capack', 'sqlite'],
      })
      if (!picked) return
      setNotice(`Checking ${picked.name}…`)
      done('Installed', await call('packs.install', { path: picked.ref }).finally(() => setNotice('')))
    })
  const rollback = () =>
    action.run(async () => {
      setConfirming(false)
      done('Rolled back to', await call('packs.rollback', {}))
    })
  const exportPack = () =>
    action.run(async () => {
      const file = await call('packs.export', {})
      if (await platform().saveFile(file.fileId)) setNotice(`Exported ${file.fileName}.`)
    })

  const installed = list.value?.installed ?? null
  const previous = list.value?.previous ?? null
  return (
    <section className="screen dt" aria-labelledby="dt-title" aria-busy={action.busy}>
      <h1 id="dt-title">Data and About</h1>
      <p className="muted dt-intro">
        Career Atlas works from a data pack: one file holding O*NET occupations and BLS wages and projections.
        A district can build one pack and every counselor imports it.
      </p>
      <div className="dt-actions">
        <button ref={importRef} type="button" onClick={importPack} disabled={action.busy}>
          Import a pack…
        </button>
        <button type="button" className="secondary" onClick={exportPack} disabled={action.busy || !installed}>
          Export this pack
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setConfirming(true)}
          disabled={action.busy || !previous}
          aria-expanded={confirming}
        >
          Roll back…
        </button>
      </div>
      {confirming && previous ? (
        <div className="panel dt-confirm" role="group" aria-labelledby="dt-confirm-title">
          <p id="dt-confirm-title">
            Go back to <strong>{previous.name}</strong> ({formatNumber(previous.occupations)} occupations)?
            The current pack is kept, so you can roll back again to return to it. Student records are not
            touched.
          </p>
          <button type="button" onClick={rollback}>
            Roll back to {previous.name}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep the current pack
          </button>
        </div>
      ) : null}
      <Alert error={action.error ?? list.error} />
      <p role="status" className={notice ? 'dt-ok' : 'sr-only'}>
        {notice}
      </p>
      {installed ? (
        <InstalledPack pack={installed} />
      ) : list.value ? (
        <div className="panel">
          <h2>No data pack installed</h2>
          <p className="muted">Import a pack, or build one from the official files below.</p>
        </div>
      ) : null}
      {list.value ? <OfficialGuide list={list.value} /> : null}
      <DropOfficial />
      <ChangesReport report={changes.value ?? null} />
      {list.value ? <History list={list.value} /> : null}
      <BuildPanel />
      <Attribution />
      <AboutApp />
    </section>
  )
}
