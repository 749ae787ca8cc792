import type { HandlersFor } from '../../../shared/api/define'
import type { BuildPackInput, packsApi } from '../../../shared/api/packs'
import type { PackList, PackSummary } from '../../../shared/domain/packs'
import { UserError } from '../../../shared/errors'
import { openCatalog } from '../catalog/open'
import type { ServiceContext } from '../context'
import { chooseFirstPack, installBundledPack, readFirstStart } from './first-start'
import { copyDurable } from './install/durable'
import { commitInstall, describePackFile, installPack, rollbackPack } from './install/install'
import { latestChangeReport } from './install/reports'
import { PackStore } from './install/store'
import { BuildJobs } from './jobs/jobs'
import { callWorker } from './jobs/worker'
import { planOfficial } from './official/plan'

/** Every file or folder of a build, from grant id to path (paths pass only outside the desktop app). */
function resolveSources(input: BuildPackInput, ctx: ServiceContext): BuildPackInput {
  const r = (ref: string | undefined) => (ref === undefined ? undefined : ctx.grants.resolve(ref))
  const optional = (k: 'oews' | 'ep' | 'cip' | 'cipCodes' | 'clusters') =>
    input[k] === undefined ? {} : { [k]: r(input[k]) }
  return {
    ...input,
    onet: input.onet.map((o) => (typeof o === 'string' ? r(o)! : { ...o, path: r(o.path)! })),
    ...optional('oews'),
    ...optional('ep'),
    ...optional('cip'),
    ...optional('cipCodes'),
    ...optional('clusters'),
    ...(input.official ? { official: input.official.map((p) => r(p)!) } : {}),
  }
}

export function packsHandlers(ctx: ServiceContext): HandlersFor<typeof packsApi> {
  const jobs = new BuildJobs(ctx)
  const current = (): PackSummary | null => {
    if (!ctx.catalog.exists()) return null
    const store = new PackStore(ctx.dataDir)
    const summary = describePackFile(ctx.catalog.get(), store.catalog, null)
    const entry = store.history().find((h) => h.contentChecksum === summary.contentChecksum)
    return { ...summary, installedAt: entry?.installedAt ?? null }
  }
  return {
    'packs.current': () => current(),
    'packs.list': (): PackList => {
      const store = new PackStore(ctx.dataDir)
      store.sweep()
      let previous: PackSummary | null = null
      if (store.hasPrevious()) {
        try {
          const db = openCatalog(store.previous)
          try {
            previous = describePackFile(db, store.previous, null)
          } finally {
            db.close()
          }
        } catch {
          previous = null
        }
      }
      const installed = current()
      const first = readFirstStart(ctx.dataDir)
      const firstStart = first
        ? {
            origin: first.origin,
            at: first.at,
            current: !!installed && installed.contentChecksum === first.contentChecksum,
            ...(first.fallback
              ? {
                  fallback: first.fallback,
                  bundledAvailable: chooseFirstPack(ctx.resourcesDir).origin === 'bundled',
                }
              : {}),
          }
        : null
      return { installed, previous, history: store.history(), firstStart }
    },
    // The slow half (copy, integrity check, checksum) runs in the pack worker process.
    'packs.install': async (input) => {
      const path = ctx.grants.resolve(input.path)
      if (ctx.hooks.packWorkInline) return installPack(ctx, path)
      const answer = await callWorker({ type: 'prepare', dataDir: ctx.dataDir, src: path })
      if (answer.type !== 'prepared') throw new Error('The pack worker gave no answer.')
      return commitInstall(ctx, answer.prepared)
    },
    'packs.rollback': async () => {
      if (ctx.hooks.packWorkInline) return rollbackPack(ctx)
      await callWorker({ type: 'check-previous', dataDir: ctx.dataDir })
      return rollbackPack(ctx, { validated: true })
    },
    'packs.export': () => {
      const pack = current()
      if (!pack)
        throw new UserError(
          'NO_CATALOG',
          'No data pack is installed, so there is nothing to export.',
          'Import or build a pack first.',
        )
      const path = ctx.files.newPath('capack')
      copyDurable(ctx.catalog.file, path, ctx.hooks.install)
      const fileName = `${slug(pack.name)}.capack`
      return { ...ctx.files.register(path, fileName, 'application/vnd.sqlite3'), fileName }
    },
    'packs.build': (input) => jobs.start(resolveSources(input, ctx)),
    'packs.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'packs.changes': () => latestChangeReport(ctx.clients),
    'packs.installBundled': () => installBundledPack(ctx),
    'packs.detect': async (input) => {
      const paths = input.paths.map((p) => ctx.grants.resolve(p))
      if (ctx.hooks.packWorkInline) return planOfficial(paths).report
      const answer = await callWorker({ type: 'detect', paths })
      if (answer.type !== 'detected') throw new Error('The pack worker gave no answer.')
      return answer.report
    },
  }
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s.-]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'career-atlas-pack'
  )
}
