import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { UserError } from '../../../../shared/errors'
import { ADDED_AFTER_V1, CATALOG_SCHEMA_VERSION, REQUIRED_TABLES } from '../../catalog/schema'
import type { DB } from '../../db/open'
import { openSqlite } from '../../db/sqlite'
import { contentChecksum } from '../checksum'
import { expectedSchema, schemaProblem } from './schema-check'
import { countTables, readManifest } from './summary'
import { valueProblem } from './value-check'

/** Ten times the national pack (about 40 MB): bigger is padding, not data. */
export const MAX_PACK_BYTES = 512 * 1024 * 1024
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
const FIX_PACK =
  'Choose a .capack file exported from Career Atlas (or built with "Build from official files"). The installed pack was not changed.'
/** For a pack changed after it was built, or made by another program: only a fresh copy helps. */
export const FIX_ALTERED =
  'This file was changed after Career Atlas built it, or was made another way. Ask whoever prepared it for a fresh copy, or build one with "Build from official files". The installed pack was not changed.'
const MANIFEST_KEYS = ['name', 'built_at', 'schema_version', 'content_checksum']

/** The name a counselor sees in messages: the file's own name. */
export function shownName(file: string): string {
  return basename(file)
}

export function invalid(name: string, problem: string, fix = FIX_PACK): UserError {
  return new UserError('PACK_INVALID', `“${name}” cannot be installed: ${problem}`, fix)
}

/** Cheap checks on the chosen file before anything is copied: a real file, SQLite, complete. */
export function precheckPackFile(file: string, name = shownName(file)): { bytes: number } {
  let st: ReturnType<typeof statSync>
  try {
    st = statSync(file)
  } catch {
    throw new UserError(
      'NOT_FOUND',
      `The file “${name}” was not found.`,
      'Check the file is still there and choose it again.',
    )
  }
  if (st.isDirectory())
    throw invalid(
      name,
      'it is a folder. A data pack is a single .capack file.',
      'To use a folder of official O*NET files, choose "Build from official files" instead.',
    )
  if (!st.isFile()) throw invalid(name, 'it is not an ordinary file.')
  if (st.size === 0) throw invalid(name, 'the file is empty (0 bytes). It may not have finished copying.')
  if (st.size > MAX_PACK_BYTES)
    throw invalid(name, `the file is ${Math.round(st.size / 1e6)} MB, far larger than any data pack.`)
  const head = Buffer.alloc(100)
  const fd = openSync(file, 'r')
  let got = 0
  try {
    got = readSync(fd, head, 0, 100, 0)
  } finally {
    closeSync(fd)
  }
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')))
    throw invalid(
      name,
      'it is a zip archive, not a data pack.',
      'If the zip holds an official O*NET release, use "Build from official files" and choose it there.',
    )
  if (head[0] === 0x1f && head[1] === 0x8b)
    throw invalid(name, 'it is a compressed (gzip) file, not a data pack. Unpack it first.')
  if (got < 100 || !head.subarray(0, 16).equals(SQLITE_MAGIC))
    throw invalid(name, 'it is not a Career Atlas data pack (the file is not a SQLite database).')
  const rawPage = head.readUInt16BE(16)
  const pageSize = rawPage === 1 ? 65536 : rawPage
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0)
    throw invalid(name, 'its database header is damaged.')
  const pages = head.readUInt32BE(28)
  const headerValid = head.readUInt32BE(24) === head.readUInt32BE(92)
  if (st.size % pageSize !== 0 || (headerValid && pages > 0 && st.size < pages * pageSize))
    throw invalid(
      name,
      `the file is incomplete (${st.size.toLocaleString('en-US')} bytes; a complete pack would be ${(pages * pageSize).toLocaleString('en-US')}). It was probably cut off while copying.`,
      'Copy or download the pack again, then import it. The installed pack was not changed.',
    )
  return { bytes: st.size }
}

export interface ValidPack {
  counts: Record<string, number>
  checksum: string
}

/** Every check a pack must pass before it may replace the installed catalog. `file` is our own copy. */
export function validatePackDb(file: string, name: string): ValidPack {
  let db: DB
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true })
    // Nothing in a pack's schema may call functions or run as a side effect of reading it.
    db.pragma('trusted_schema = OFF')
    db.pragma('schema_version')
  } catch (e) {
    throw invalid(name, `it is not a readable SQLite database (${(e as Error).message}).`)
  }
  try {
    return checkOpenPack(db, name)
  } catch (e) {
    if (e instanceof UserError) throw e
    throw invalid(name, `the database is damaged (${(e as Error).message}).`)
  } finally {
    db.close()
  }
}

function checkOpenPack(db: DB, name: string): ValidPack {
  const tooNew = (v: number) =>
    new UserError(
      'DB_TOO_NEW',
      `“${name}” was built by a newer version of Career Atlas (pack schema ${v}; this app reads ${CATALOG_SCHEMA_VERSION}).`,
      'Install the newest Career Atlas, then import the pack again. The installed pack was not changed.',
    )
  const userVersion = db.pragma('user_version', { simple: true }) as number
  if (userVersion > CATALOG_SCHEMA_VERSION) throw tooNew(userVersion)

  const problems = (db.pragma('integrity_check(5)') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  )
  if (problems[0] !== 'ok')
    throw invalid(
      name,
      `the database failed its integrity check (${problems.join('; ')}). The file is damaged.`,
      'Copy the pack again from its source, or build a new one. The installed pack was not changed.',
    )

  const present = new Set(
    db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view')").pluck().all() as string[],
  )
  if (!present.has('manifest') && !present.has('occupations'))
    throw invalid(
      name,
      'it is a SQLite database, but not a Career Atlas data pack (it has no manifest and no occupations).',
    )
  const schema = schemaProblem(db)
  if (schema) throw invalid(name, schema, FIX_ALTERED)
  const expected = expectedSchema().tables

  const manifest = readManifest(db)
  const absent = MANIFEST_KEYS.filter((k) => !manifest.get(k))
  if (absent.length) throw invalid(name, `its manifest lacks ${absent.join(', ')}.`)
  const declared = Number(manifest.get('schema_version'))
  if (!Number.isInteger(declared) || declared < 1)
    throw invalid(
      name,
      `its manifest gives an unreadable schema version (“${manifest.get('schema_version')}”).`,
    )
  if (declared > CATALOG_SCHEMA_VERSION) throw tooNew(declared)

  const counts = countTables(
    db,
    [...expected.keys()].filter((t) => present.has(t)),
  )
  for (const [table, min] of Object.entries(REQUIRED_TABLES)) {
    if ((counts[table] ?? 0) < min)
      throw invalid(
        name,
        table === 'occupations'
          ? 'it holds no occupations.'
          : `table ${table} holds ${counts[table] ?? 0} rows (at least ${min} needed).`,
      )
  }
  const values = valueProblem(db, counts)
  if (values) throw invalid(name, values, FIX_ALTERED)
  const claimed = manifest.get('counts')
  if (claimed) {
    let parsed: Record<string, unknown>
    try {
      parsed = JSON.parse(claimed) as Record<string, unknown>
    } catch {
      throw invalid(name, 'its manifest row counts are unreadable.')
    }
    for (const [table, n] of Object.entries(parsed ?? {})) {
      if (expected.has(table) && typeof n === 'number' && counts[table] !== n)
        throw invalid(
          name,
          `its manifest says table ${table} has ${n.toLocaleString('en-US')} rows, but it holds ${(counts[table] ?? 0).toLocaleString('en-US')}. Rows were added or removed after it was built.`,
        )
    }
  }
  const badCodes = db
    .prepare(
      "SELECT code FROM occupations WHERE code NOT GLOB '[0-9][0-9]-[0-9][0-9][0-9][0-9].[0-9][0-9]' LIMIT 3",
    )
    .pluck()
    .all() as string[]
  if (badCodes.length)
    throw invalid(
      name,
      `it holds occupation codes that are not O*NET-SOC codes (${badCodes.map((c) => `“${c}”`).join(', ')}).`,
    )
  const orphans = db.pragma('foreign_key_check') as { table: string }[]
  if (orphans.length)
    throw invalid(
      name,
      `${orphans.length.toLocaleString('en-US')} rows in table ${orphans[0]?.table} refer to occupations the pack does not hold.`,
    )

  const want = manifest.get('content_checksum')
  // A version-1 pack brought up to date (catalog/upgrade.ts) keeps its manifest: the tables it
  // gained are empty, and empty they count as absent, as when it was built (rows in them count).
  const matches =
    contentChecksum(db) === want ||
    (declared < 2 && contentChecksum(db, { emptyAsAbsent: ADDED_AFTER_V1 }) === want)
  if (!matches)
    throw invalid(
      name,
      'its contents were changed after it was built (the content checksum does not match).',
      'Use the pack exactly as it was exported or built; ask whoever prepared it for a fresh copy. The installed pack was not changed.',
    )
  return { counts, checksum: want as string }
}
