import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Handlers } from '../../shared/api'
import { toApiError } from '../../shared/errors'
import { appHandlers } from './app/handlers'
import { caseloadHandlers } from './caseload/handlers'
import { catalogHandlers } from './catalog/handlers'
import { CatalogHolder } from './catalog/holder'
import type { ServiceContext, ServiceOptions } from './context'
import { openClientsDatabase } from './db/clients'
import { dispatch } from './dispatch'
import { EventBus } from './events'
import { FileStore } from './files'
import { FileGrants } from './grants'
import { interestsHandlers } from './interests/handlers'
import { ensureFirstCatalog } from './packs/first-start'
import { packsHandlers } from './packs/handlers'
import { reportsHandlers } from './reports/handlers'
import { CHAIN_KEY_NAME, loadOrCreateKey, PlainFileKeyStore } from './security/key-store'
import { AppLock } from './security/lock'
import { settingsHandlers } from './settings/handlers'
import { homeAreaHandlers } from './settings/home-area-handlers'
import { encryptOldBackups, scrubIfPending } from './students/backup-hygiene'
import { backupDir, dropRestoreLeftovers } from './students/backups'
import { anchorLegacyChains } from './students/disclosures'
import { studentsHandlers } from './students/handlers'

export interface Services {
  ctx: ServiceContext
  handlers: Handlers
  /** The app lock: the shell's "Lock now" menu item may call services.call('settings.lock', {}). */
  lock: AppLock
  call: (method: string, input: unknown) => ReturnType<typeof dispatch>
  close: () => void
}

/** Opens both databases (installing the starter pack on first start) and builds every handler. */
export async function createServices(opts: ServiceOptions): Promise<Services> {
  mkdirSync(opts.dataDir, { recursive: true })
  // Records are encrypted on disk whenever the shell provides a key store (the desktop app always does).
  const clientsKey = opts.keyStore ? loadOrCreateKey(opts.keyStore) : null
  dropRestoreLeftovers(opts.dataDir)
  const clients = openClientsDatabase(join(opts.dataDir, 'clients.sqlite'), clientsKey)
  // Backups made while the folder was unencrypted are encrypted too, before anything lists them.
  if (clientsKey) encryptOldBackups(join(opts.dataDir, 'backups'), clientsKey)
  // The disclosure chain's key sits beside the records key, never inside the records file.
  const chainStore = opts.keyStore
    ? opts.keyStore.sibling(CHAIN_KEY_NAME)
    : new PlainFileKeyStore(join(opts.dataDir, `${CHAIN_KEY_NAME}.key`))
  const chainKey = loadOrCreateKey(chainStore)
  const now = opts.now ?? (() => new Date())
  anchorLegacyChains(clients, chainKey, now().toISOString())
  const ctx: ServiceContext = {
    dataDir: opts.dataDir,
    resourcesDir: opts.resourcesDir,
    appVersion: opts.appVersion,
    now,
    clients,
    clientsKey,
    chainKey,
    ...(opts.keyStore ? { keyProtection: opts.keyStore.describe } : {}),
    catalog: new CatalogHolder(opts.dataDir),
    files: new FileStore(join(opts.dataDir, 'generated')),
    grants: new FileGrants(opts.requireFileGrants ?? false),
    events: new EventBus(),
    hooks: opts.hooks ?? {},
  }
  // A deletion whose backups were not all scrubbed (a crash, an unreadable backup) is finished now.
  scrubIfPending(ctx, backupDir(ctx))
  await ensureFirstCatalog(ctx, opts.onFirstStart)
  const lock = new AppLock(ctx, clientsKey !== null)
  lock.start()
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...catalogHandlers(ctx),
    ...packsHandlers(ctx),
    ...studentsHandlers(ctx),
    ...interestsHandlers(ctx),
    ...caseloadHandlers(ctx),
    ...reportsHandlers(ctx),
    ...settingsHandlers(lock),
    ...homeAreaHandlers(ctx),
  }
  return {
    ctx,
    handlers,
    lock,
    call: async (method, input) => {
      const refused = lock.gate(method)
      return refused ? toApiError(refused) : dispatch(handlers, method, input)
    },
    close: () => {
      // Safe to call twice (quit paths and tests may both close).
      if (!ctx.clients.open) return
      lock.stop()
      // Reports and exports hold records unencrypted: none outlives the run.
      ctx.files.clear()
      ctx.catalog.close()
      // A clean checkpoint keeps the -wal file small and the main file self-contained.
      // ctx.clients, not the first handle: restoring a backup reopens the file (students/backups.ts).
      ctx.clients.pragma('wal_checkpoint(TRUNCATE)')
      ctx.clients.close()
    },
  }
}
