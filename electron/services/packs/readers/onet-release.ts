import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { readDelimited } from './delimited'
import { candidateNames, ONET_TABLES, type OnetKind, type OnetTable } from './onet-files'
import { packInvalid } from './problem'
import { openSource, type SourceEntry } from './source'
import type { RawTable } from './table'
import { decodeUtf8 } from './text-decode'
import { packedSheetTable, readXlsxPacked } from './xlsx'
import { listZip, readZipEntry } from './zip'

export interface OnetSourceOption {
  path: string
  /** e.g. '30.1' when the folder has no Read Me.txt and no version in its name. */
  release?: string
  /** Shown instead of 'O*NET <release>' (the embedded starter pack names itself). */
  label?: string
  /**
   * The release's files, already recognised by their content (official/plan.ts): no file is
   * looked up by name, and `release` must be given.
   */
  /** "May 2026", the month the Read Me gives (recognised files carry it from their Read Me). */
  date?: string
  files?: Partial<Record<OnetTable, { ref: { path: string; entry?: string }; label: string; kind: OnetKind }>>
}

export interface OnetTableFile {
  table: OnetTable
  kind: OnetKind
  entry: SourceEntry
}

/** One O*NET release on disk (folder or zip, any layout) and the tables it holds. */
export interface OnetRelease {
  path: string
  /** '30.3' */
  version: string
  /** 'O*NET 30.3' */
  label: string
  /** The release month from its Read Me ("May 2026"), when it has one. */
  date?: string
  tables: Map<OnetTable, OnetTableFile>
  read: (table: OnetTable) => Promise<RawTable>
}

export function openOnetRelease(opt: string | OnetSourceOption): OnetRelease {
  const o: OnetSourceOption = typeof opt === 'string' ? { path: opt } : opt
  if (o.files) return recognisedRelease(o, o.files)
  const src = openSource(o.path)
  const tables = new Map<OnetTable, OnetTableFile>()
  for (const table of ONET_TABLES) {
    for (const c of candidateNames(table)) {
      const entry = src.find(c.name)
      if (entry) {
        tables.set(table, { table, kind: c.kind, entry })
        break
      }
    }
  }
  if (!tables.has('occupation_data') && tables.size === 0) {
    throw packInvalid(
      o.path,
      null,
      'no O*NET data files were found here (expected files such as "Occupation Data.txt" or "occupation_data.csv").',
      'Choose the folder or zip of an O*NET database release (text, Excel or CSV) from onetcenter.org.',
    )
  }
  const readMe = src.find('Read Me.txt')
  const version = releaseVersion(o, readMe)
  return {
    path: o.path,
    version,
    date: o.date ?? (readMe ? readMeDate(decodeUtf8(readMe.read(), readMe.label)) : undefined),
    label: o.label ?? `O*NET ${version}`,
    tables,
    read: async (table) => {
      const t = tables.get(table)
      if (!t) throw new Error(`${table} is not in ${o.path}`)
      return readOnetFile(t)
    },
  }
}

function recognisedRelease(o: OnetSourceOption, files: NonNullable<OnetSourceOption['files']>): OnetRelease {
  const version = (o.release ?? '').replace(/^O\*NET\s*/i, '')
  if (!version) throw new Error('A release of recognised files needs its version.')
  const tables = new Map<OnetTable, OnetTableFile>()
  // A release zip is listed once, however many of its tables are read.
  const zips = new Map<string, ReturnType<typeof listZip>>()
  const read = (ref: { path: string; entry?: string }) => {
    if (!ref.entry) return readFileSync(ref.path)
    const z = zips.get(ref.path) ?? listZip(ref.path)
    zips.set(ref.path, z)
    const e = z.entries.find((x) => x.name === ref.entry)
    if (!e)
      throw packInvalid(ref.path, ref.entry, 'this file is no longer in the zip.', 'Give the zip again.')
    return readZipEntry(ref.path, z.data, e)
  }
  for (const [table, f] of Object.entries(files) as [OnetTable, NonNullable<(typeof files)[OnetTable]>][]) {
    const entry: SourceEntry = {
      base: basename(f.ref.entry ?? f.ref.path),
      label: f.label,
      size: f.ref.entry ? 0 : statSync(f.ref.path).size,
      read: () => read(f.ref),
    }
    tables.set(table, { table, kind: f.kind, entry })
  }
  return {
    path: o.path,
    version,
    date: o.date,
    label: o.label ?? `O*NET ${version}`,
    tables,
    read: async (table) => {
      const t = tables.get(table)
      if (!t) throw new Error(`${table} is not in ${o.path}`)
      return readOnetFile(t)
    },
  }
}

/** "May 2026 Release" in an O*NET Read Me → "May 2026". */
export function readMeDate(text: string): string | undefined {
  return /([A-Z][a-z]+\s+\d{4})\s+Release/.exec(text)?.[1]
}

export async function readOnetFile(t: OnetTableFile): Promise<RawTable> {
  return (await startOnetFile(t)).table()
}

/**
 * Starts reading a file and resolves to a function that yields its table, and the file's SHA-256.
 * Workbooks are read (in the reader thread, from disk where the file is one) right away but only
 * unpacked into rows when the table is wanted, so a build that reads ahead does not hold every
 * workbook's rows at once.
 */
export async function startOnetFile(t: OnetTableFile): Promise<{ table: () => RawTable; sha256: string }> {
  if (t.kind === 'onet-excel') {
    let packed: Awaited<ReturnType<typeof readXlsxPacked>>
    try {
      packed = await readXlsxPacked(t.entry.path ?? t.entry.read(), t.entry.label)
    } catch (e) {
      // The reader thread could not open the file (gone, unreadable) or could not parse it: a
      // file this thread cannot read either throws its own read error, as before the thread
      // read files itself, rather than being called a bad workbook.
      if (t.entry.path) t.entry.read()
      throw e
    }
    return { table: () => packedSheetTable(t.entry.label, packed), sha256: packed.sha256 ?? '' }
  }
  const buf = t.entry.read()
  return {
    table: () => readDelimited(buf, t.entry.label, t.kind === 'onet-text' ? '\t' : ','),
    sha256: createHash('sha256').update(buf).digest('hex'),
  }
}

function releaseVersion(o: OnetSourceOption, readMe: SourceEntry | undefined): string {
  if (o.release) return o.release.replace(/^O\*NET\s*/i, '')
  if (readMe) {
    const m = /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(decodeUtf8(readMe.read(), readMe.label))
    if (m?.[1]) return m[1]
  }
  const m = /(?:^|[^\d])(\d{2})[._](\d)(?:[^\d]|$)/.exec(basename(o.path))
  if (m) return `${m[1]}.${m[2]}`
  throw packInvalid(
    o.path,
    null,
    'the O*NET release number cannot be told (no "Read Me.txt" and no version in the folder name).',
    'Keep the release\'s "Read Me.txt" beside the data files, or name the folder like "db_30_1_text".',
  )
}

/** Compares '30.3' and '29.0' numerically: newest first when used in sort. */
export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number)
  const [b1 = 0, b2 = 0] = b.split('.').map(Number)
  return a1 - b1 || a2 - b2
}
