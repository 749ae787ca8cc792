import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../../shared/errors'
import type { DB } from '../db/open'
import { openCatalog } from './open'
import { CATALOG_SCHEMA_VERSION } from './schema'
import { catalogVersion, upgradeCatalogFile } from './upgrade'

/**
 * The installed catalog. Installing or rolling back a pack swaps the file underneath, so
 * services ask for the handle on every call instead of keeping one.
 */
export class CatalogHolder {
  private db: DB | null = null
  private generation = 0
  readonly file: string

  constructor(readonly dataDir: string) {
    this.file = join(dataDir, 'catalog.sqlite')
  }

  exists(): boolean {
    return existsSync(this.file)
  }

  get(): DB {
    if (!this.db) {
      if (!this.exists()) {
        throw new UserError(
          'NO_CATALOG',
          'No career data is installed yet.',
          'Open the Data screen and import a data pack, or restart Career Atlas to reinstall the starter pack.',
        )
      }
      this.db = openCatalog(this.file)
      if (catalogVersion(this.db) < CATALOG_SCHEMA_VERSION) {
        this.close()
        this.upgrade()
        this.db = openCatalog(this.file)
      }
    }
    return this.db
  }

  /** The catalog an earlier Career Atlas installed gains what this version reads (catalog/upgrade.ts). */
  private upgrade(): void {
    try {
      upgradeCatalogFile(this.file, { searchIndex: true })
    } catch (e) {
      throw new UserError(
        'PACK_INVALID',
        `The installed data pack was made by an earlier version of Career Atlas and could not be brought up to date (${(e as Error).message}).`,
        'Check that the Career Atlas data folder can be written to and the disk has free space, then restart Career Atlas; or import the data pack again on the Data screen.',
      )
    }
  }

  /** Bumped on every swap so caches keyed on it (search index, facets) start over. */
  get version(): number {
    return this.generation
  }

  close(): void {
    this.db?.close()
    this.db = null
  }

  /** Call after the file on disk was replaced. */
  reopen(): void {
    this.close()
    this.generation++
  }
}
