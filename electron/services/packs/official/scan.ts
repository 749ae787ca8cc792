import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { parse } from 'csv-parse/sync'
import { listZip, listZipData, readZipEntry, ZIP_LIMITS } from '../readers/zip'
import type { FileHead } from './recognise'
import { isWorkbook, peekXlsx } from './xlsx-peek'

/** A file on disk, or one entry of a zip on disk. Plain data: it crosses to the pack worker. */
export interface FileRef {
  path: string
  entry?: string
}

/** One file found in what the counselor gave, with what its first bytes say. */
export interface ScannedFile {
  ref: FileRef
  /** How messages and the pack name it: "<folder or zip>/<name>", as the release folders do. */
  label: string
  /** The folder or zip it sits in: files of one O*NET release share it. */
  container: string
  head: FileHead | null
  /** Why the file could not be looked at (damaged zip, not text …), when head is null. */
  unreadable?: string
}

const HEAD_BYTES = 64 * 1024
const MAX_DEPTH = 4
/**
 * The four O*NET releases, both OEWS years and the crosswalks unzipped come to under 200 files:
 * past this, what was dropped is a whole Downloads folder or drive, not the downloads.
 */
export const MAX_FILES = 1000
const IGNORED = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i

/**
 * Walks folders (a few levels down), opens zips (O*NET release zips, OEWS `oesm*` zips) and lists
 * every file with the head of its content. Names are never used to decide what a file is.
 */
export function scanInputs(inputs: string[]): ScannedFile[] {
  const out: ScannedFile[] = []
  const seen = new Set<string>()
  // Real folders walked: a link back to a parent (or a second link to one folder) is walked once.
  const seenDirs = new Set<string>()
  let files = 0
  let stoppedAt: string | null = null
  const visitFile = (file: string, container: string) => {
    if (seen.has(file)) return
    seen.add(file)
    if (++files > MAX_FILES) {
      stoppedAt ??= container
      return
    }
    const label = `${basename(container)}/${relative(container, file)}`
    let fd: number
    let head: Buffer
    let size: number
    try {
      fd = openSync(file, 'r')
      size = statSync(file).size
      head = Buffer.alloc(Math.min(HEAD_BYTES, size))
      readSync(fd, head, 0, head.length, 0)
      closeSync(fd)
    } catch (e) {
      out.push({ ref: { path: file }, label, container, head: null, unreadable: (e as Error).message })
      return
    }
    if (isZip(head)) {
      // A zip is read whole to list it: one larger than any official download is not read at all.
      if (size > ZIP_LIMITS.maxTotalBytes) {
        const mb = Math.round(size / 1e6).toLocaleString('en-US')
        const unreadable = `at ${mb} MB this zip is larger than any official download, so it was not opened.`
        out.push({ ref: { path: file }, label, container, head: null, unreadable })
        return
      }
      out.push(...scanZip(file, label, container))
      return
    }
    out.push({ ref: { path: file }, label, container, ...textHead(head) })
  }
  const visitDir = (dir: string, depth: number) => {
    let real: string
    try {
      real = realpathSync(dir)
    } catch {
      return
    }
    if (seenDirs.has(real) || stoppedAt) return
    seenDirs.add(real)
    for (const name of readdirSync(dir).sort()) {
      if (IGNORED.test(name) || name === '__MACOSX') continue
      const full = join(dir, name)
      const st = statSync(full, { throwIfNoEntry: false })
      if (!st) continue
      if (st.isDirectory()) {
        if (depth < MAX_DEPTH) visitDir(full, depth + 1)
      } else if (st.isFile()) visitFile(full, dir)
    }
  }
  for (const input of inputs) {
    // Relative paths would be read against wherever the app runs: only full paths are looked at.
    const st = isAbsolute(input) ? statSync(input, { throwIfNoEntry: false }) : undefined
    if (!st) {
      out.push({
        ref: { path: input },
        label: input,
        container: dirname(input),
        head: null,
        unreadable: 'it was not found.',
      })
    } else if (st.isDirectory()) visitDir(input, 0)
    else visitFile(input, dirname(input))
  }
  // The same folder name in two places (a release zip in Downloads and on a USB drive): the
  // report and the pack name each copy by its full path, so neither hides the other.
  const count = new Map<string, number>()
  for (const f of out) count.set(f.label, (count.get(f.label) ?? 0) + 1)
  for (const f of out)
    if ((count.get(f.label) ?? 0) > 1) f.label = f.ref.entry ? `${f.ref.path}/${f.ref.entry}` : f.ref.path
  if (stoppedAt)
    out.push({
      ref: { path: stoppedAt },
      label: basename(stoppedAt),
      container: dirname(stoppedAt),
      head: null,
      unreadable: `more than ${MAX_FILES.toLocaleString('en-US')} files were given, so the rest of this folder was not looked at. Drop only the folder that holds the official downloads.`,
    })
  return out
}

function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04
}

function scanZip(file: string, label: string, container: string): ScannedFile[] {
  let listed: ReturnType<typeof listZip>
  try {
    listed = listZip(file)
  } catch (e) {
    return [{ ref: { path: file }, label, container, head: null, unreadable: (e as Error).message }]
  }
  const names = listed.entries.map((e) => e.name)
  // Each entry is inflated to read its head: an archive of thousands (photos, a backup) is not.
  if (names.length > MAX_FILES)
    return [
      {
        ref: { path: file },
        label,
        container,
        head: null,
        unreadable: `it holds ${names.length.toLocaleString('en-US')} files, far more than any official download, so it was not opened.`,
      },
    ]
  // An .xlsx is a zip too: a workbook is one file, not a folder of files.
  if (isWorkbook(names)) return [{ ref: { path: file }, label, container, ...xlsxHead(listed.data) }]
  const out: ScannedFile[] = []
  for (const e of listed.entries) {
    const base = basename(e.name)
    if (e.name.endsWith('/') || e.name.includes('__MACOSX') || IGNORED.test(base)) continue
    const entryLabel = `${basename(file)}/${e.name}`
    const ref = { path: file, entry: e.name }
    let buf: Uint8Array
    try {
      buf = readZipEntry(file, listed.data, e)
    } catch (err) {
      out.push({ ref, label: entryLabel, container: file, head: null, unreadable: (err as Error).message })
      continue
    }
    if (isZip(buf)) {
      let inner: string[]
      try {
        inner = listZipData(buf, entryLabel).entries.map((x) => x.name)
      } catch (err) {
        out.push({ ref, label: entryLabel, container: file, head: null, unreadable: (err as Error).message })
        continue
      }
      if (isWorkbook(inner)) out.push({ ref, label: entryLabel, container: file, ...xlsxHead(buf) })
      else
        out.push({
          ref,
          label: entryLabel,
          container: file,
          head: null,
          unreadable: 'a zip inside a zip; unzip the outer one and give the folder.',
        })
      continue
    }
    out.push({ ref, label: entryLabel, container: file, ...textHead(buf.subarray(0, HEAD_BYTES)) })
  }
  return out
}

function xlsxHead(buf: Uint8Array): { head: FileHead | null; unreadable?: string } {
  try {
    const p = peekXlsx(buf)
    const first = p.sheets[0]
    const rows = first ? p.rows(first) : []
    return {
      head: {
        format: 'xlsx',
        header: (rows[0] ?? []).map((c) => c.trim()),
        firstRow: rows[1] ?? [],
        sheets: p.sheets,
        sheetRows: p.rows,
      },
    }
  } catch (e) {
    return { head: null, unreadable: `the workbook cannot be opened (${(e as Error).message}).` }
  }
}

function textHead(buf: Uint8Array): { head: FileHead | null; unreadable?: string } {
  const bytes = buf.subarray(0, HEAD_BYTES)
  // A NUL byte in the first 64 KB: a binary file (PDF, Word, image), not a table.
  if (bytes.includes(0)) return { head: null, unreadable: 'not a text, CSV or Excel file.' }
  let text = new TextDecoder('utf-8').decode(bytes)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  const format = firstLine.includes('\t') ? 'text' : 'csv'
  let rows: string[][] = []
  try {
    rows = parse(text, {
      delimiter: format === 'text' ? '\t' : ',',
      to_line: 3,
      relax_quotes: true,
      relax_column_count: true,
      quote: format === 'text' ? false : '"',
    }) as string[][]
  } catch {
    rows = [firstLine.split(format === 'text' ? '\t' : ',')]
  }
  return {
    head: {
      format,
      header: (rows[0] ?? []).map((c) => c.trim()),
      firstRow: rows[1] ?? [],
      text: text.slice(0, 2000),
    },
  }
}

/** The bytes of a scanned file (a zip entry is inflated). */
export function readRef(ref: FileRef): Uint8Array {
  if (!ref.entry) return readFileSync(ref.path)
  const listed = listZip(ref.path)
  const e = listed.entries.find((x) => x.name === ref.entry)
  if (!e) throw new Error(`${ref.entry} is not in ${ref.path}`)
  return readZipEntry(ref.path, listed.data, e)
}
