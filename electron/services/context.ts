import type { CatalogHolder } from './catalog/holder'
import type { DB } from './db/open'
import type { EventBus } from './events'
import type { FileStore } from './files'
import type { FileGrants } from './grants'
import type { InstallHooks } from './packs/install/hooks'
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
  /** Seams for tests, passed in (never read from the environment); the app passes none. */
  hooks?: ServiceHooks
  /**
   * A first start is installing the national pack bundled with the app (seconds, not instant):
   * called when it begins and at each step, so the shell can show a window that says so.
   */
  onFirstStart?: (p: FirstStartProgress) => void
}

/** A step of the first start's install, as a counselor would read it ("Checking the national career data"). */
export interface FirstStartProgress {
  step: string
}

export interface ServiceHooks {
  /** Installs and rollbacks check packs in this process instead of the pack worker (tests of the install rules). */
  packWorkInline?: boolean
  /** Fault injection and stage stops inside installs (disk-full and kill -9 tests). */
  install?: InstallHooks
  /** Called the moment a restore has replaced clients.sqlite (a throw stands in for a crash there). */
  restoreSwapped?: () => void
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
  /** The disclosure chain's HMAC key, kept outside clients.sqlite (students/disclosures.ts). */
  chainKey: Buffer
  /** How the records key is protected, as Settings and About say it (KeyStore.describe); none without encryption. */
  keyProtection?: string
  catalog: CatalogHolder
  files: FileStore
  /** Files the counselor chose in a dialog, by grant id. */
  grants: FileGrants
  events: EventBus
  hooks: ServiceHooks
}
