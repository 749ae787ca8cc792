import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openClientsDatabase } from '../../electron/services/db/clients'
import { clientsMigrations, clientsPreLedger } from '../../electron/services/db/migrations/clients'
import { migrationChecksum } from '../../electron/services/db/migrations/ledger'
import { latestVersion, type Migration, openDatabase } from '../../electron/services/db/open'
import { tempDir } from '../support/tmp'

const FIXTURES = resolve(__dirname, '../fixtures/clients')
const MIGRATIONS = resolve(__dirname, '../../electron/services/db/migrations/clients')
const latest = latestVersion(clientsMigrations)
const fixtureName = (v: number) => `v${String(v).padStart(3, '0')}.sqlite`

function schemaOf(file: string): { rows: unknown[]; version: number; ledger: unknown[] } {
  const db = new Database(file, { readonly: true })
  try {
    return {
      rows: db
        .prepare(
          "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
        )
        .all(),
      version: db.pragma('user_version', { simple: true }) as number,
      ledger: db.prepare('SELECT version, name, sha256 FROM applied_migrations ORDER BY version').all(),
    }
  } finally {
    db.close()
  }
}

function snapshot(file: string): string {
  const db = new Database(file, { readonly: true })
  try {
    const v = db.pragma('user_version', { simple: true })
    const master = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY rowid').all()
    return JSON.stringify({ v, master })
  } finally {
    db.close()
  }
}

describe('clients migrations: one global sequence with a ledger', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())
  const fresh = join(t.dir, 'fresh.sqlite')
  openClientsDatabase(fresh, null).close()

  it('has one file per version, each registered, new versions above the pre-ledger ones', async () => {
    const files = readdirSync(MIGRATIONS).filter((f) => /^\d{3}_.+\.ts$/.test(f))
    const registered = new Set(clientsMigrations)
    expect(files.length).toBe(clientsMigrations.length)
    for (const f of files) {
      const mod = (await import(join(MIGRATIONS, f))) as Record<string, Migration>
      const exported = Object.values(mod)
      expect(exported, f).toHaveLength(1)
      const m = exported[0] as Migration
      expect(m.version, f).toBe(Number(f.slice(0, 3)))
      expect(registered.has(m), `${f} is registered in index.ts`).toBe(true)
      const source = readFileSync(join(MIGRATIONS, f), 'utf8')
      const imports = [...source.matchAll(/^import (.*) from '([^']+)'/gm)]
      for (const [, what, from] of imports)
        expect(`${f}: import ${what} from ${from}`).toMatch(/^[^:]+: import type /)
    }
    const preLedgerTop = Math.max(...clientsPreLedger)
    for (const m of clientsMigrations)
      if (!clientsPreLedger.has(m.version)) expect(m.version, m.name).toBeGreaterThan(preLedgerTop)
  })

  it('has a fixture database for every version', () => {
    const missing = clientsMigrations
      .map((m) => m.version)
      .filter((v) => !existsSync(join(FIXTURES, fixtureName(v))))
    expect(missing, 'run `npm run db:fixtures` and commit tests/fixtures/clients').toEqual([])
  })

  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.sqlite'))
  it.each(fixtures)('upgrades fixture %s to the newest schema, identical to a fresh file', (name) => {
    const file = join(t.dir, `up-${name}`)
    copyFileSync(join(FIXTURES, name), file)
    const db = openClientsDatabase(file, null)
    // The data steps ran on the fixture's rows: 010 and 012 fold the name into the search key.
    const key = db.prepare('SELECT search_key FROM students WHERE id = 1').pluck().get()
    expect(key).toBe('søren ødegard sø n-1'.replace(/ø/g, 'o'))
    db.close()
    const got = schemaOf(file)
    const want = schemaOf(fresh)
    expect(got.version).toBe(latest)
    expect(got.rows).toEqual(want.rows)
    expect(got.ledger).toEqual(want.ledger)
  })

  it('refuses a file whose applied step was edited since, and changes nothing', () => {
    const file = join(t.dir, 'edited.sqlite')
    copyFileSync(fresh, file)
    const before = snapshot(file)
    const edited = clientsMigrations.map((m) =>
      m.version === 13
        ? { ...m, up: (db: Database.Database) => db.exec('CREATE INDEX x ON students(name)') }
        : m,
    )
    expect(() =>
      openDatabase(file, { label: 'student records', migrations: edited, preLedger: clientsPreLedger }),
    ).toThrow(/step 13 \(“covering index for the student list”\) was changed after/)
    expect(snapshot(file)).toBe(before)
  })

  it('refuses a file that ran a step this app does not have', () => {
    const file = join(t.dir, 'missing.sqlite')
    copyFileSync(fresh, file)
    const before = snapshot(file)
    const without = clientsMigrations.filter((m) => m.version !== 21)
    expect(() =>
      openDatabase(file, { label: 'student records', migrations: without, preLedger: clientsPreLedger }),
    ).toThrow(/step 21 \(“index for caseload statistics”\) is not one this app knows/)
    expect(snapshot(file)).toBe(before)
  })

  // The old runner ran only versions above user_version: a file at 50 silently skipped a new 15.
  const lower: Migration = { version: 15, name: 'a step numbered below 50', sql: 'CREATE TABLE late (x)' }
  it.each([
    ['a file from before the ledger (fixture v050)', join(FIXTURES, 'v050.sqlite')],
    ['a file with the ledger', fresh],
  ])('refuses to skip a step numbered below applied ones: %s', (_, source) => {
    const file = join(t.dir, `lower-${Math.random()}.sqlite`)
    copyFileSync(source, file)
    const before = snapshot(file)
    expect(() =>
      openDatabase(file, {
        label: 'student records',
        migrations: [...clientsMigrations, lower],
        preLedger: clientsPreLedger,
      }),
    ).toThrow(/step 15 \(“a step numbered below 50”\) was added below steps already applied \(up to \d+\)/)
    expect(snapshot(file)).toBe(before)
  })

  it('refuses a ledger that disagrees with user_version (a hand-edited file)', () => {
    const file = join(t.dir, 'tampered.sqlite')
    copyFileSync(fresh, file)
    const raw = new Database(file)
    raw.prepare('DELETE FROM applied_migrations WHERE version = ?').run(latest)
    raw.close()
    expect(() => openClientsDatabase(file, null)).toThrow(/disagrees with its list of applied steps/)
  })

  it('records every step with its fingerprint', () => {
    const got = schemaOf(fresh).ledger as { version: number; sha256: string }[]
    expect(got.map((r) => r.version)).toEqual(clientsMigrations.map((m) => m.version).sort((a, b) => a - b))
    for (const m of clientsMigrations)
      expect(got.find((r) => r.version === m.version)?.sha256).toBe(migrationChecksum(m))
  })
})
