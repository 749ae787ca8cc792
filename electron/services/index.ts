import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Handlers } from '../../shared/api'
import { toApiError } from '../../shared/errors'
import { catalogHandlers } from './catalog/handlers'
import { CatalogHolder } from './catalog/holder'
import type { ServiceContext, ServiceOptions } from './context'
import { openClientsDatabase } from './db/clients'
import { dispatch } from './dispatch'
import { EventBus } from './events'
import { FileStore } from './files'
import { interestsHandlers } from './interests/handlers'
import { packsHandlers } from './packs/handlers'
import { ensureStarterCatalog } from './packs/starter'
import { reportsHandlers } from './reports/handlers'
import { searchHandlers } from './search/handlers'
import { loadOrCreateKey } from './security/key-store'
import { AppLock } from './security/lock'
import { settingsHandlers } from './settings/handlers'
import { homeAreaHandlers } from './settings/home-area-handlers'
import { studentsHandlers } from './students/handlers'
import { systemHandlers } from './system/handlers'

export interface Services {
  ctx: ServiceContext
  handlers: Handlers
  call: (method: string, input: unknown) => ReturnType<typeof dispatch>
  close: () => void
}

/** Opens both databases (installing the starter pack on first start) and builds every handler. */
export async function createServices(opts: ServiceOptions): Promise<Services> {
  mkdirSync(opts.dataDir, { recursive: true })
  // Records are encrypted on disk whenever the shell provides a key store (the desktop app always does).
  const clientsKey = opts.keyStore ? loadOrCreateKey(opts.keyStore) : null
  const clients = openClientsDatabase(join(opts.dataDir, 'clients.sqlite'), clientsKey)
  const ctx: ServiceContext = {
    dataDir: opts.dataDir,
    resourcesDir: opts.resourcesDir,
    appVersion: opts.appVersion,
    now: opts.now ?? (() => new Date()),
    clients,
    clientsKey,
    catalog: new CatalogHolder(opts.dataDir),
    files: new FileStore(join(opts.dataDir, 'generated')),
    events: new EventBus(),
  }
  await ensureStarterCatalog(ctx)
  const lock = new AppLock(ctx, clientsKey !== null)
  const handlers: Handlers = {
    ...systemHandlers(ctx),
    ...searchHandlers(ctx),
    ...catalogHandlers(ctx),
    ...packsHandlers(ctx),
    ...studentsHandlers(ctx),
    ...interestsHandlers(ctx),
    ...reportsHandlers(ctx),
    ...settingsHandlers(lock),
    ...homeAreaHandlers(ctx),
  }
  return {
    ctx,
    handlers,
    call: async (method, input) => {
      const refused = lock.gate(method)
      return refused ? toApiError(refused) : dispatch(handlers, method, input)
    },
    close: () => {
      ctx.catalog.close()
      // A clean checkpoint keeps the -wal file small and the main file self-contained.
      // ctx.clients, not the first handle: restoring a backup reopens the file (students/backups.ts).
      ctx.clients.pragma('wal_checkpoint(TRUNCATE)')
      ctx.clients.close()
    },
  }
}
