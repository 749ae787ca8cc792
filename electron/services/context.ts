import type { CatalogHolder } from './catalog/holder'
import type { DB } from './db/open'
import type { EventBus } from './events'
import type { FileStore } from './files'
import type { FileGrants } from './grants'
import type { KeyStore } from './security/key-store'

export interface ServiceOptions {
  /** Where catalog.sqlite, clients.sqlite, backups and generated files live. */
  dataDir: string
  /** The app's resources folder (starter pack, fonts). */
  resourcesDir: string
  appVersion: string
  now?: () => Date
  /** Where the key that encrypts clients.sqlite lives; without one the records are stored unencrypted. */
  keyStore?: KeyStore
  /** Desktop app: file inputs must be grant ids from a native dialog, never paths (grants.ts). */
  requireFileGrants?: boolean
}

/** Everything a domain service may use. Plain Node: nothing here knows about Electron. */
export interface ServiceContext {
  dataDir: string
  resourcesDir: string
  appVersion: string
  now: () => Date
  clients: DB
  /** The key clients.sqlite is encrypted with (null: unencrypted); reopen the file with openClientsDatabase. */
  clientsKey: Buffer | null
  /** How the records key is protected, as Settings and About say it (KeyStore.describe); none without encryption. */
  keyProtection?: string
  catalog: CatalogHolder
  files: FileStore
  /** Files the counselor chose in a dialog, by grant id. */
  grants: FileGrants
  events: EventBus
}
