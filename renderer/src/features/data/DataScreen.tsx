import { useRef, useState } from 'react'
import type { InstallResult } from '../../../../shared/domain/packs'
import { formatNumber } from '../../../../shared/format'
import { platform } from '../../api'
import { ConfirmDialog } from '../../components/Dialog'
import { Alert, type FormError, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
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

/** What a counselor reads after an install or a roll back: which pack, and whether saved careers changed. */
export function installedNotice(verb: string, r: InstallResult): string {
  const n = r.changes.items.length
  return `${verb} “${r.pack.name}” (${formatNumber(r.pack.occupations)} occupations). ${
    n ? `${n} saved career${n === 1 ? '' : 's'} changed: see What changed below.` : 'No saved career changed.'
  }`
}

/**
 * The installed career data: what it is, where it came from, and how to replace or restore it.
 * The pack queries refresh themselves: an install or roll back invalidates them, and the
 * services' catalog.changed event (any window, any build) refetches everything.
 */
export function DataScreen() {
  const list = useApiQuery('packs.list', {})
  const changes = useApiQuery('packs.changes', {})
  const [notice, setNotice] = useState('')
  const [shellError, setShellError] = useState<FormError | null>(null)
  const [confirming, setConfirming] = useState(false)
  const importRef = useRef<HTMLButtonElement>(null)
  const install = useApiMutation('packs.install', {
    onSuccess: (r) => setNotice(installedNotice('Installed', r)),
  })
  const rollback = useApiMutation('packs.rollback', {
    onSuccess: (r) => {
      setConfirming(false)
      setNotice(installedNotice('Rolled back to', r))
    },
  })
  const exportPack = useApiMutation('packs.export')

  // The File menu's "Import data pack…" (Ctrl+I) lands here as #/data?import=1, also when already here.
  useAddressFlag('import', () => importRef.current?.focus())

  const importPack = async () => {
    setNotice('')
    setShellError(null)
    exportPack.reset()
    rollback.reset()
    const picked = await platform()
      .pickFile({ title: 'Import a data pack', extensions: ['capack', 'sqlite'] })
      .catch((e: unknown) => {
        setShellError(toFormError(e))
        return null
      })
    if (!picked) return
    setNotice(`Checking ${picked.name}…`)
    install.mutate({ path: picked.ref }, { onError: () => setNotice('') })
  }
  const exportIt = () => {
    setNotice('')
    setShellError(null)
    install.reset()
    exportPack.mutate(
      {},
      {
        onSuccess: async (file) => {
          try {
            if (await platform().saveFile(file.fileId)) setNotice(`Exported ${file.fileName}.`)
          } catch (e) {
            setShellError(toFormError(e))
          }
        },
      },
    )
  }

  const busy = install.isPending || rollback.isPending || exportPack.isPending
  const installed = list.data?.installed ?? null
  const previous = list.data?.previous ?? null
  const failure = install.error ?? exportPack.error ?? list.error
  return (
    <section className="screen dt-screen" aria-labelledby="dt-title" aria-busy={busy}>
      <h1 id="dt-title">Data and About</h1>
      <p className="muted dt-intro">
        Career Atlas works from a data pack: one file holding O*NET occupations and BLS wages and projections.
        A district can build one pack and every counselor imports it.
      </p>
      <div className="dt-actions">
        <button ref={importRef} type="button" onClick={importPack} disabled={busy}>
          Import a pack…
        </button>
        <button type="button" className="secondary" onClick={exportIt} disabled={busy || !installed}>
          Export this pack
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            rollback.reset()
            setConfirming(true)
          }}
          disabled={busy || !previous}
          aria-haspopup="dialog"
        >
          Roll back…
        </button>
      </div>
      {previous ? (
        <ConfirmDialog
          open={confirming}
          options={{
            title: 'Roll back the data pack?',
            message: (
              <p>
                Go back to <strong>{previous.name}</strong> ({formatNumber(previous.occupations)}{' '}
                occupations)? The current pack is kept, so you can roll back again to return to it. Student
                records are not touched.
              </p>
            ),
            confirmLabel: `Roll back to ${previous.name}`,
          }}
          busy={rollback.isPending}
          error={rollback.error ? <Alert error={toFormError(rollback.error)} /> : null}
          onConfirm={() => rollback.mutate({})}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <Alert error={failure ? toFormError(failure) : shellError} />
      <p role="status" className={notice ? 'dt-ok' : 'sr-only'}>
        {notice}
      </p>
      {installed ? (
        <InstalledPack pack={installed} />
      ) : list.data ? (
        <section className="panel" aria-labelledby="dt-none-title">
          <h2 id="dt-none-title">No data pack installed</h2>
          <p className="muted">Import a pack, or build one from the official files below.</p>
        </section>
      ) : null}
      {list.data ? <OfficialGuide list={list.data} /> : null}
      <DropOfficial />
      <ChangesReport report={changes.data ?? null} />
      {list.data ? <History list={list.data} /> : null}
      <BuildPanel />
      <Attribution />
      <AboutApp />
    </section>
  )
}
