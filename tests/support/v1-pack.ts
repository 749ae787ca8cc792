import { ADDED_AFTER_V1 } from '../../electron/services/catalog/schema'
import type { DB } from '../../electron/services/db/open'
import { contentChecksum } from '../../electron/services/packs/checksum'
import { type MiniPackOptions, makeMiniPack } from './mini-pack'

/**
 * A pack as Career Atlas built it before schema 2 (git 57a6a0d): no area or industry tables, a
 * search index without the programs field, user_version and manifest schema_version 1, and the
 * checksum that builder computed (tables it did not have are not hashed).
 */
export function makeV1Pack(file: string, opts: Omit<MiniPackOptions, 'after'> = {}): string {
  return makeMiniPack(file, { ...opts, after: downgradeToV1 })
}

export function downgradeToV1(db: DB): void {
  for (const t of ['search_programs_vocab', 'search_programs', ...[...ADDED_AFTER_V1].reverse()])
    db.exec(`DROP TABLE ${t}`)
  db.pragma('user_version = 1')
  db.prepare("UPDATE manifest SET value = '1' WHERE key = 'schema_version'").run()
  db.prepare("UPDATE manifest SET value = ? WHERE key = 'content_checksum'").run(contentChecksum(db))
}
