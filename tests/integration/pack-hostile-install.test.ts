import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { gzipSync, zipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CATALOG_SCHEMA_VERSION } from '../../electron/services/catalog/schema'
import type { DB } from '../../electron/services/db/open'
import { contentChecksum } from '../../electron/services/packs/checksum'
import type { InstallHooks } from '../../electron/services/packs/install/hooks'
import { callOk } from '../support/call-ok'
import { diskFullError } from '../support/faults'
import { type MiniPackOptions, makeMiniPack } from '../support/mini-pack'
import { catalogFingerprint, seedStudents, studentSnapshot } from '../support/pack-fixtures'
import { SHARED_DATA, tempServices } from '../support/tmp'

/**
 * Every hostile pack must be refused with a message naming the file, and leave the installed
 * pack (byte for byte), the student records and the data folder exactly as they were.
 */
const fileHash = (f: string) =>
  existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : 'none'

describe('hostile packs at install', () => {
  let s: Awaited<ReturnType<typeof tempServices>>
  let dir: string
  let before: ReturnType<typeof snapshot>
  /** Passed to the services: a test sets beforeWrite to make the disk fill up. */
  const installHooks: InstallHooks = {}
  const snapshot = () => ({
    catalog: catalogFingerprint(s.dataDir),
    students: studentSnapshot(s.ctx.clients),
    files: readdirSync(s.dataDir)
      .filter((f) => !f.startsWith('clients.sqlite'))
      .sort(),
    // Nothing recorded either: the install history, the kept pack, the what-changed reports.
    packs: readdirSync(join(s.dataDir, 'packs')).sort(),
    history: readFileSync(join(s.dataDir, 'packs/history.json'), 'utf8'),
    previous: fileHash(join(s.dataDir, 'packs/previous.sqlite')),
    reports: s.ctx.clients.prepare('SELECT count(*) FROM pack_change_reports').pluck().get(),
  })

  beforeAll(async () => {
    // The rules under test, in-process (fast); pack-install-worker tests the worker path.
    s = await tempServices({ packWorkInline: true, install: installHooks })
    dir = join(s.dataDir, 'incoming')
    mkdirSync(dir)
    await callOk(s, 'packs.install', {
      path: makeMiniPack(join(dir, 'good.capack'), { count: 8, name: 'Installed pack' }),
    })
    seedStudents(s.ctx.clients, [{ student: 'José Núñez', code: '15-1201.00', title: 'Test Occupation 2' }])
  })
  afterAll(() => s.cleanup())
  afterEach(() => {
    installHooks.beforeWrite = undefined
  })

  const pack = (name: string, opts: MiniPackOptions = {}) =>
    makeMiniPack(join(dir, name), { count: 8, ...opts })
  const write = (name: string, data: string | Uint8Array) => {
    const f = join(dir, name)
    writeFileSync(f, data)
    return f
  }
  const tamper = (name: string, sql: string) => pack(name, { after: (db) => db.exec(sql) })
  /** Tampered, then made self-consistent again: counts and content checksum recomputed. */
  /** unsafe: as a SQLite tool without defensive mode would (writable_schema). */
  const forge = (name: string, sql: string, unsafe = false) =>
    pack(name, {
      after: (db) => {
        if (unsafe) db.unsafeMode(true)
        db.exec(sql)
        const counts = JSON.parse(
          (db.prepare("SELECT value FROM manifest WHERE key = 'counts'").pluck().get() as string) ?? '{}',
        ) as Record<string, number>
        for (const t of Object.keys(counts))
          counts[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number
        db.prepare("UPDATE manifest SET value = ? WHERE key = 'counts'").run(JSON.stringify(counts))
        db.prepare("UPDATE manifest SET value = ? WHERE key = 'content_checksum'").run(contentChecksum(db))
      },
    })

  async function expectRefused(path: string, code: string, message: RegExp, named = true) {
    before = snapshot()
    const r = await s.call('packs.install', { path })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.code).toBe(code)
    expect(r.message).toMatch(message)
    if (named) expect(r.message).toContain(path.split('/').pop())
    expect(r.fix ?? '').not.toBe('')
    expect(snapshot()).toEqual(before)
    const current = await callOk(s, 'packs.current')
    expect(current?.name).toBe('Installed pack')
  }

  // --- not a pack at all
  it('a text file', () =>
    expectRefused(write('notes.txt', 'hello\n'.repeat(50)), 'PACK_INVALID', /not a SQLite database/))
  it('an empty file', () => expectRefused(write('empty.capack', ''), 'PACK_INVALID', /empty \(0 bytes\)/))
  it('an official O*NET CSV file', () => {
    const csv = readFileSync(join(SHARED_DATA, 'onet/30.3_csv/occupation_data.csv'))
    return expectRefused(write('occupation_data.csv', csv), 'PACK_INVALID', /not a SQLite database/)
  })
  it('a zip archive', () =>
    expectRefused(
      write('release.zip', zipSync({ 'a.txt': new Uint8Array([1, 2, 3]) })),
      'PACK_INVALID',
      /zip archive/,
    ))
  it('a pack that was zipped', () => {
    const zipped = zipSync({ 'pack.capack': readFileSync(pack('inner.capack')) })
    return expectRefused(write('pack.capack.zip', zipped), 'PACK_INVALID', /zip archive/)
  })
  it('a gzip file', () =>
    expectRefused(write('pack.capack.gz', gzipSync(new Uint8Array(500))), 'PACK_INVALID', /gzip/))
  it('random bytes behind a SQLite header', () => {
    const junk = Buffer.alloc(16384)
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251
    Buffer.from('SQLite format 3\0', 'latin1').copy(junk)
    return expectRefused(write('junk.capack', junk), 'PACK_INVALID', /damaged|not a readable|incomplete/)
  })
  it('a folder', () => {
    mkdirSync(join(dir, 'db_30_3_text'), { recursive: true })
    return expectRefused(join(dir, 'db_30_3_text'), 'PACK_INVALID', /is a folder/)
  })
  it('a file that does not exist', () =>
    expectRefused(join(dir, 'missing.capack'), 'NOT_FOUND', /was not found/))
  it('a device instead of a file', () => expectRefused('/dev/zero', 'PACK_INVALID', /not an ordinary file/))
  it('student records instead of a pack', () =>
    expectRefused(join(s.dataDir, 'clients.sqlite'), 'PACK_INVALID', /not a Career Atlas data pack/))

  // --- cut off
  it('a pack cut off halfway', () => {
    const f = pack('half.capack')
    truncateSync(f, Math.floor(readFileSync(f).length / 2 / 4096) * 4096)
    return expectRefused(f, 'PACK_INVALID', /incomplete/)
  })
  it('a pack cut off mid-page', () => {
    const f = pack('midpage.capack')
    truncateSync(f, readFileSync(f).length - 1000)
    return expectRefused(f, 'PACK_INVALID', /incomplete/)
  })
  it('only the first 100 bytes of a pack', () => {
    const f = pack('header.capack')
    truncateSync(f, 100)
    return expectRefused(f, 'PACK_INVALID', /incomplete/)
  })

  // --- versions and manifest
  it('a pack from a newer schema (user_version)', () =>
    expectRefused(
      tamper('newer.capack', `PRAGMA user_version = ${CATALOG_SCHEMA_VERSION + 1}`),
      'DB_TOO_NEW',
      /newer version/,
    ))
  it('a pack whose manifest declares a newer schema', () =>
    expectRefused(
      tamper(
        'newer2.capack',
        `UPDATE manifest SET value = '${CATALOG_SCHEMA_VERSION + 5}' WHERE key = 'schema_version'`,
      ),
      'DB_TOO_NEW',
      /pack schema/,
    ))
  it('an unreadable schema version', () =>
    expectRefused(
      tamper('ver.capack', "UPDATE manifest SET value = 'v-two' WHERE key = 'schema_version'"),
      'PACK_INVALID',
      /schema version/,
    ))
  it('no manifest table', () =>
    expectRefused(
      tamper('nomanifest.capack', 'DROP TABLE manifest'),
      'PACK_INVALID',
      /missing the table manifest/,
    ))
  it('an empty manifest', () =>
    expectRefused(
      tamper('emptymanifest.capack', 'DELETE FROM manifest'),
      'PACK_INVALID',
      /manifest lacks name/,
    ))
  it('no content checksum', () =>
    expectRefused(
      tamper('nosum.capack', "DELETE FROM manifest WHERE key = 'content_checksum'"),
      'PACK_INVALID',
      /lacks content_checksum/,
    ))
  it('no pack name', () =>
    expectRefused(
      tamper('noname.capack', "DELETE FROM manifest WHERE key = 'name'"),
      'PACK_INVALID',
      /lacks name/,
    ))
  it('unreadable row counts', () =>
    expectRefused(
      tamper('counts.capack', "UPDATE manifest SET value = '{oops' WHERE key = 'counts'"),
      'PACK_INVALID',
      /row counts are unreadable/,
    ))

  // --- tampering
  it('a tampered checksum', () =>
    expectRefused(
      tamper('sum.capack', `UPDATE manifest SET value = '${'f'.repeat(64)}' WHERE key = 'content_checksum'`),
      'PACK_INVALID',
      /checksum does not match/,
    ))
  it('a figure edited after the build', () =>
    expectRefused(
      tamper('edited.capack', 'UPDATE wages SET a_median = a_median * 2'),
      'PACK_INVALID',
      /checksum does not match/,
    ))
  it('a title edited after the build', () =>
    expectRefused(
      tamper('title.capack', "UPDATE occupations SET title = 'Astronaut' WHERE rowid = 1"),
      'PACK_INVALID',
      /checksum does not match/,
    ))
  it('an occupation added after the build', () =>
    expectRefused(
      tamper(
        'added.capack',
        "INSERT INTO occupations (code, soc, title, description, major_group) VALUES ('99-9999.00','99-9999','X','x','99')",
      ),
      'PACK_INVALID',
      /manifest says table occupations has 8 rows, but it holds 9/,
    ))

  // --- structure
  it('a missing table', () =>
    expectRefused(tamper('nowages.capack', 'DROP TABLE wages'), 'PACK_INVALID', /missing the table wages/))
  it('several missing tables', () =>
    expectRefused(
      tamper('notables.capack', 'DROP TABLE tools; DROP TABLE clusters'),
      'PACK_INVALID',
      /missing tables.*clusters.*tools|missing tables.*tools/,
    ))
  it('occupations as a view instead of a table', () =>
    expectRefused(
      tamper(
        'view.capack',
        'ALTER TABLE occupations RENAME TO occ2; CREATE VIEW occupations AS SELECT * FROM occ2',
      ),
      'PACK_INVALID',
      /table Career Atlas does not build \(“occ2”\)|contains a view \(“occupations”\)/,
    ))
  it('a table without a column the app reads', () =>
    expectRefused(
      tamper('nocol.capack', 'ALTER TABLE wages DROP COLUMN a_median'),
      'PACK_INVALID',
      /table wages lacks column a_median/,
    ))
  it('no occupations', () =>
    expectRefused(
      pack('empty-occ.capack', { occupations: [], before: (db: DB) => db.exec('DELETE FROM occupations') }),
      'PACK_INVALID',
      /holds no occupations/,
    ))
  it('no job zone reference', () =>
    expectRefused(
      pack('nozones.capack', { before: (db) => db.exec('DELETE FROM job_zone_reference') }),
      'PACK_INVALID',
      /job_zone_reference holds 0 rows/,
    ))
  it('occupation codes that are not O*NET-SOC codes', () =>
    expectRefused(
      pack('codes.capack', { occupations: [{ code: 'NURSE', title: 'Nurse' }] }),
      'PACK_INVALID',
      /not O\*NET-SOC codes \(“NURSE”\)/,
    ))
  it('rows that point at occupations the pack does not hold', () =>
    expectRefused(
      pack('orphans.capack', {
        before: (db) =>
          db.exec(
            "PRAGMA foreign_keys = OFF; INSERT INTO titles (code, title, kind) VALUES ('11-1011.00', 'CEO', 'alternate')",
          ),
      }),
      'PACK_INVALID',
      /refer to occupations the pack does not hold/,
    ))
  it('a damaged page (integrity check fails)', () => {
    const f = pack('corrupt.capack')
    const db = new Database(f, { readonly: true })
    const root = db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_occupations_1'")
      .pluck()
      .get() as number
    const pageSize = db.pragma('page_size', { simple: true }) as number
    db.close()
    const fd = openSync(f, 'r+')
    // Scramble the index entries at the end of the page (the keys), leaving the header readable.
    writeSync(fd, Buffer.from('99-0000.0099-0000.0099-0000.00'), 0, 30, root * pageSize - 40)
    closeSync(fd)
    return expectRefused(f, 'PACK_INVALID', /integrity check|damaged/)
  })

  // --- the disk fills up
  it('the disk fills up as the copy starts', () => {
    const f = pack('diskfull1.capack', { name: 'Disk full 1' })
    installHooks.beforeWrite = (file) => {
      if (file.includes('.catalog-incoming-')) throw diskFullError()
    }
    return expectRefused(
      f,
      'DISK_FULL',
      /not enough free disk space.*installed data pack and your student records were not changed/,
      false,
    )
  })
  it('the disk fills up in the middle of the copy', () => {
    const f = pack('diskfull2.capack', { count: 4000, name: 'Disk full 2' })
    installHooks.beforeWrite = (file, offset) => {
      if (file.includes('.catalog-incoming-') && offset >= 1024 * 1024) throw diskFullError()
    }
    return expectRefused(f, 'DISK_FULL', /not enough free disk space/, false)
  })
  it('the disk is full when exporting', async () => {
    installHooks.beforeWrite = () => {
      throw diskFullError()
    }
    const r = await s.call('packs.export', {})
    expect(r).toMatchObject({ ok: false, code: 'DISK_FULL' })
    expect(readdirSync(join(s.dataDir, 'generated'))).toEqual([])
  })

  // --- input limits and rollback edge cases
  it('a path longer than any real path', async () => {
    const r = await s.call('packs.install', { path: `/${'a'.repeat(5000)}` })
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' })
  })
  it('an unexpected field in the request', async () => {
    const r = await s.call('packs.install', { path: '/tmp/x.capack', force: true })
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' })
  })
  // --- the schema must be exactly the builder's (issue 12): objects, columns, types, indexes
  it('a trigger that rewrites titles as they are read into a profile', () =>
    expectRefused(
      forge(
        'trigger.capack',
        "CREATE TRIGGER t_occ AFTER UPDATE ON occupations BEGIN UPDATE titles SET title = 'Nurse'; END",
      ),
      'PACK_INVALID',
      /contains a trigger \(“t_occ”\)/,
    ))
  it('a trigger named like one of the tables', () =>
    expectRefused(
      forge(
        'trigger-named-titles.capack',
        "CREATE TRIGGER titles AFTER UPDATE ON occupations BEGIN UPDATE titles SET title = 'Nurse'; END",
      ),
      'PACK_INVALID',
      /contains a trigger \(“titles”\)/,
    ))
  it('a trigger written straight into sqlite_master under the name of SQLite’s statistics table', () =>
    expectRefused(
      forge(
        'trigger-named-sqlite-stat1.capack',
        `PRAGMA writable_schema = ON;
         INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', 'sqlite_stat1', 'occupations', 0,
           'CREATE TRIGGER sqlite_stat1 AFTER UPDATE ON occupations BEGIN UPDATE titles SET title = ''Nurse''; END');
         PRAGMA writable_schema = OFF;`,
        true,
      ),
      'PACK_INVALID',
      /contains a trigger \(“sqlite_stat1”\)/,
    ))
  it('a recursive view', () =>
    expectRefused(
      forge(
        'recursive-view.capack',
        'CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n',
      ),
      'PACK_INVALID',
      /contains a view \(“forever”\)/,
    ))
  it('a 5 MB blob table', () =>
    expectRefused(
      forge(
        'blob.capack',
        'CREATE TABLE payload (b BLOB); INSERT INTO payload VALUES (randomblob(5 * 1024 * 1024))',
      ),
      'PACK_INVALID',
      /table Career Atlas does not build \(“payload”\)/,
    ))
  it('foreign keys removed, with orphan rows and text in number columns', () =>
    expectRefused(
      forge(
        'no-fk.capack',
        `PRAGMA foreign_keys = OFF;
         CREATE TABLE titles2 (code TEXT NOT NULL, title TEXT NOT NULL, short_title TEXT,
           kind TEXT NOT NULL CHECK (kind IN ('alternate','reported')), shown_in_my_next_move INTEGER NOT NULL DEFAULT 0);
         INSERT INTO titles2 SELECT * FROM titles; DROP TABLE titles; ALTER TABLE titles2 RENAME TO titles;
         CREATE INDEX titles_code ON titles(code);
         INSERT INTO titles (code, title, kind, shown_in_my_next_move) VALUES ('99-0000.00', 'Nurse', 'alternate', 'yes');
         UPDATE wages SET a_median = 'lots'`,
      ),
      'PACK_INVALID',
      /table titles is not defined as Career Atlas defines it/,
    ))
  it('text in a number column, checksum recomputed', () =>
    expectRefused(
      forge('text-number.capack', "UPDATE wages SET a_median = 'lots' WHERE rowid = 1"),
      'PACK_INVALID',
      /wages\.a_median holds the text “lots” where a number belongs/,
    ))
  it('text in a whole-number column, checksum recomputed', () =>
    expectRefused(
      forge('text-zone.capack', "UPDATE occupations SET job_zone = 'three' WHERE rowid = 1"),
      'PACK_INVALID',
      /occupations\.job_zone holds the text “three” where a whole number belongs/,
    ))
  it('an infinite wage, checksum recomputed', () =>
    expectRefused(
      forge('infinite.capack', 'UPDATE wages SET a_median = 1e999 WHERE rowid = 1'),
      'PACK_INVALID',
      /wages\.a_median holds the number Infinity, far outside any real figure/,
    ))
  it('binary data in a number column', () =>
    expectRefused(
      forge('blob-number.capack', 'UPDATE projections SET change_pct = randomblob(16) WHERE rowid = 2'),
      'PACK_INVALID',
      /projections\.change_pct holds binary data where Career Atlas keeps numbers/,
    ))
  it('binary data in a text column', () =>
    expectRefused(
      forge('blob-title.capack', 'UPDATE occupations SET description = randomblob(64) WHERE rowid = 2'),
      'PACK_INVALID',
      /occupations\.description holds binary data/,
    ))
  it('a title 20,000 characters long', () =>
    expectRefused(
      forge('long-title.capack', "UPDATE occupations SET title = printf('%.20000c', 'A') WHERE rowid = 3"),
      'PACK_INVALID',
      /occupations\.title holds a value 20,000 characters long \(at most 1,000/,
    ))
  it('control characters hidden in a title', () =>
    expectRefused(
      forge('control.capack', "UPDATE occupations SET title = 'Nurse' || char(27) || '[2J' WHERE rowid = 3"),
      'PACK_INVALID',
      /occupations\.title holds control characters/,
    ))
  it('more synonym rows than any real pack', () =>
    expectRefused(
      forge(
        'synonyms.capack',
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 25000) INSERT INTO synonyms SELECT 'w' || x, 'nurse' FROM n",
      ),
      'PACK_INVALID',
      /table synonyms holds 25,\d{3} rows, more than any real pack/,
    ))
  it('a column declared with another type', () =>
    expectRefused(
      forge(
        'retyped.capack',
        'ALTER TABLE tools RENAME COLUMN category TO c_old; ALTER TABLE tools ADD COLUMN category INTEGER',
      ),
      'PACK_INVALID',
      /tools has column.*c_old|column tools\.category is declared INTEGER instead of TEXT/,
    ))
  it('an extra column', () =>
    expectRefused(
      forge('extra-col.capack', 'ALTER TABLE occupations ADD COLUMN note TEXT'),
      'PACK_INVALID',
      /table occupations has column Career Atlas does not build \(note\)/,
    ))
  it('a check constraint removed', () =>
    expectRefused(
      forge(
        'no-check.capack',
        `PRAGMA foreign_keys = OFF;
         CREATE TABLE interests2 (code TEXT NOT NULL REFERENCES occupations(code), area TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (code, area));
         INSERT INTO interests2 SELECT * FROM interests; DROP TABLE interests; ALTER TABLE interests2 RENAME TO interests`,
      ),
      'PACK_INVALID',
      /table interests is not defined as Career Atlas defines it/,
    ))
  it('an index Career Atlas does not build', () =>
    expectRefused(
      forge('extra-index.capack', 'CREATE INDEX sneaky ON occupations(title)'),
      'PACK_INVALID',
      /index Career Atlas does not build \(“sneaky” on occupations\)/,
    ))
  it('an index of ours redefined', () =>
    expectRefused(
      forge('changed-index.capack', 'DROP INDEX titles_code; CREATE INDEX titles_code ON titles(title)'),
      'PACK_INVALID',
      /index titles_code is not the one Career Atlas builds/,
    ))
  it('no search index', () =>
    expectRefused(
      forge('no-index.capack', 'DROP TABLE search_names_vocab; DROP TABLE search_names'),
      'PACK_INVALID',
      /has no search index/,
    ))
  it('a planted search index (searching “nurse” would list unrelated occupations)', () =>
    expectRefused(
      tamper('planted.capack', "UPDATE search_names SET alternate = alternate || char(10) || 'Nurse'"),
      'PACK_INVALID',
      /search index files “Nurse” under 15-\d{4}\.00 \(Test Occupation \d+\).*planted/,
    ))
  it('an index that names a code the pack does not hold', () =>
    expectRefused(
      tamper(
        'planted-code.capack',
        "INSERT INTO search_names (code, title) VALUES ('29-1141.00', 'Registered Nurses')",
      ),
      'PACK_INVALID',
      /search index lists an occupation code \(“29-1141\.00”\)/,
    ))
  it('a title edited after the build with the checksum recomputed', () =>
    expectRefused(
      forge('forged-title.capack', "UPDATE occupations SET title = 'Astronaut' WHERE code = '15-1200.00'"),
      'PACK_INVALID',
      /search index files “Test Occupation 1” under 15-1200\.00 \(Astronaut\)/,
    ))
  it('a file far larger than any pack (sparse, 600 MB)', () => {
    const f = pack('huge.capack')
    truncateSync(f, 600 * 1024 * 1024)
    return expectRefused(f, 'PACK_INVALID', /600 MB|629 MB, far larger than any data pack/)
  })

  it('a planted index the claims check cannot read is still never searched: the index is rebuilt', async () => {
    // Its FTS declaration differs, so its content is not compared; the install rebuilds it.
    const f = pack('planted-other-shape.capack', {
      count: 10,
      name: 'Planted pack',
      after: (db) =>
        db.exec(`DROP TABLE search_names_vocab; DROP TABLE search_names;
          CREATE VIRTUAL TABLE search_names USING fts5(code UNINDEXED, title, alternate, reported);
          CREATE VIRTUAL TABLE search_names_vocab USING fts5vocab('search_names', 'row');
          INSERT INTO search_names (code, title, alternate, reported)
            SELECT code, title, 'Nurse', 'Nurse' FROM occupations`),
    })
    await callOk(s, 'packs.install', { path: f })
    const hits = await callOk(s, 'catalog.search', { q: 'nurse' })
    expect(hits).toEqual([])
    // The rebuilt index still finds what the pack really holds.
    const real = await callOk(s, 'catalog.search', { q: 'Test Occupation 3' })
    expect(real[0]?.code).toBe('15-1202.00')
  })

  it('planted query-planner statistics are not kept: they are rebuilt at install', async () => {
    const f = pack('stats.capack', {
      count: 11,
      name: 'Stats pack',
      after: (db) =>
        db.exec(`ANALYZE; INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('titles', 'ghost', '999999 1');
                 UPDATE sqlite_stat1 SET stat = '1 1' WHERE idx = 'titles_code'`),
    })
    await callOk(s, 'packs.install', { path: f })
    const stats = new Database(join(s.dataDir, 'catalog.sqlite'), { readonly: true })
    const rows = stats.prepare('SELECT idx, stat FROM sqlite_stat1').all() as { idx: string; stat: string }[]
    stats.close()
    expect(rows.map((r) => r.idx)).not.toContain('ghost')
    expect(rows.find((r) => r.idx === 'titles_code')?.stat).not.toBe('1 1')
    await callOk(s, 'packs.rollback', {})
  })
  it('rolling back with no previous pack', async () => {
    // The first start may have installed the starter pack, which the first install kept.
    rmSync(join(s.dataDir, 'packs/previous.sqlite'), { force: true })
    before = snapshot()
    const r = await s.call('packs.rollback', {})
    expect(r).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(snapshot()).toEqual(before)
  })
  it('rolling back to a previous pack that was damaged on disk', async () => {
    await callOk(s, 'packs.install', { path: pack('second.capack', { name: 'Second pack', count: 9 }) })
    const previous = join(s.dataDir, 'packs/previous.sqlite')
    // Break the copy (a new file: the hard link to the old catalog stays intact elsewhere).
    const bytes = readFileSync(previous)
    writeFileSync(`${previous}.x`, bytes.subarray(0, bytes.length / 2))
    const { renameSync } = await import('node:fs')
    renameSync(`${previous}.x`, previous)
    const print = catalogFingerprint(s.dataDir)
    const r = await s.call('packs.rollback', {})
    expect(r).toMatchObject({ ok: false, code: 'PACK_INVALID' })
    expect(r.ok ? '' : r.message).toMatch(/previous data pack/)
    expect(catalogFingerprint(s.dataDir)).toBe(print)
    expect((await callOk(s, 'packs.current'))?.name).toBe('Second pack')
  })
})
