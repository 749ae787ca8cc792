import type { CatalogHolder } from './catalog/holder'
import type { DB } from './db/open'
import type { EventBus } from './events'
import type { FileStore } from './files'

export interface ServiceOptions {
  /** Where catalog.sqlite, clients.sqlite, backups and generated files live. */
  dataDir: string
  /** The app's resources folder (starter pack, fonts). */
  resourcesDir: string
  appVersion: string
  now?: () => Date
}

/** Everything a domain service may use. Plain Node: nothing here knows about Electron. */
export interface ServiceContext {
  dataDir: string
  resourcesDir: string
  appVersion: string
  now: () => Date
  clients: DB
  catalog: CatalogHolder
  files: FileStore
  events: EventBus
}
