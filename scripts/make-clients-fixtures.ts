/*
 * Writes tests/fixtures/clients/v0NN.sqlite for every clients schema version that has none, so
 * tests/unit/db-migrations.test.ts can upgrade a real file of each version. Existing fixtures
 * are history and are never rewritten. Run `npm run db:fixtures` after adding a migration and
 * commit the new file.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { clientsMigrations, clientsPreLedger } from '../electron/services/db/migrations/clients'
import { openDatabase } from '../electron/services/db/open'

const DIR = resolve(__dirname, '../tests/fixtures/clients')
const AT = '2026-01-15T10:00:00.000Z'

export function fixtureFile(version: number): string {
  return join(DIR, `v${String(version).padStart(3, '0')}.sqlite`)
}

function hasTable(db: Database.Database, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)
}

/** A few records of what that version could hold, so upgrades run their data steps on real rows. */
function addRecords(db: Database.Database, version: number): void {
  db.prepare(
    "INSERT INTO students (id, name, preferred_name, grade, school, student_number, created_at, updated_at) VALUES (1, 'Søren Ødegård', 'Sø', 11, 'North High', 'N-1', ?, ?)",
  ).run(AT, AT)
  db.prepare(
    "INSERT INTO saved_careers (student_id, code, title, rank, saved_at) VALUES (1, '29-1141.00', 'Registered Nurses', 1, ?)",
  ).run(AT)
  // The search key as the students service of that time wrote it (ø folded from 12 on).
  if (version >= 10)
    db.prepare('UPDATE students SET search_key = ? WHERE id = 1').run(
      version >= 12 ? 'soren odegard so n-1' : 'søren ødegard sø n-1',
    )
  if (hasTable(db, 'sessions'))
    db.prepare(
      "INSERT INTO sessions (student_id, date, duration_min, purpose, record_notes, created_at, updated_at) VALUES (1, '2026-01-14', 30, 'planning', 'talked about nursing', ?, ?)",
    ).run(AT, AT)
  if (hasTable(db, 'interest_profiles'))
    db.prepare(
      "INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, created_at) VALUES (1, '2026-01-14', 'profiler', 10, 20, 5, 36, 12, 8, ?)",
    ).run(AT)
}

function makeFixture(version: number): void {
  const file = fixtureFile(version)
  const steps = clientsMigrations.filter((m) => m.version <= version)
  let db: Database.Database
  if (clientsPreLedger.has(version)) {
    // As the app of that time made it: steps run in order, user_version set, no ledger.
    db = new Database(file)
    db.pragma('page_size = 1024')
    for (const m of steps.sort((a, b) => a.version - b.version)) {
      if (m.sql) db.exec(m.sql)
      m.up?.(db)
      db.pragma(`user_version = ${m.version}`)
    }
  } else {
    db = new Database(file)
    db.pragma('page_size = 1024')
    db.close()
    db = openDatabase(file, {
      label: 'fixture',
      migrations: steps,
      preLedger: clientsPreLedger,
      now: () => new Date(AT),
    })
  }
  addRecords(db, version)
  db.pragma('journal_mode = DELETE')
  db.exec('VACUUM')
  db.close()
  console.log(`wrote ${file}`)
}

if (require.main === module) {
  mkdirSync(DIR, { recursive: true })
  for (const m of clientsMigrations) if (!existsSync(fixtureFile(m.version))) makeFixture(m.version)
}
