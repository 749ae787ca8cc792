import { UserError } from '../../../shared/errors'
import type { DB } from '../db/open'
import { openSqlite } from '../db/sqlite'
import { CATALOG_SCHEMA_VERSION } from './schema'

/** Opens an installed or candidate pack read-only, refusing one built by a newer app. */
export function openCatalog(file: string): DB {
  let db: DB
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true })
    db.pragma('user_version', { simple: true })
  } catch (e) {
    throw new UserError(
      'PACK_INVALID',
      `This file is not a Career Atlas data pack (${(e as Error).message}).`,
      'Choose a .capack file exported from Career Atlas, or build one from the official O*NET and BLS files.',
    )
  }
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > CATALOG_SCHEMA_VERSION) {
    db.close()
    throw new UserError(
      'DB_TOO_NEW',
      `This data pack was built by a newer version of Career Atlas (pack schema ${version}; this app reads ${CATALOG_SCHEMA_VERSION}).`,
      'Install the newest Career Atlas, then import the pack again. The installed pack was not changed.',
    )
  }
  return db
}
