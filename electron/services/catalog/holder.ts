import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../../shared/errors'
import type { DB } from '../db/open'
import { openCatalog } from './open'

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
    }
    return this.db
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
