import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { packInvalid } from './problem'
import { listZip, readZipEntry } from './zip'

/** One file of a release, in a folder or inside a zip; `label` is what messages show. */
export interface SourceEntry {
  base: string
  label: string
  size: number
  read: () => Uint8Array
  /** The file on disk, when the entry is one (not inside a zip): a reader thread can read it itself. */
  path?: string
}

export interface SourceFiles {
  path: string
  entries: SourceEntry[]
  /** Case-insensitive lookup by file name (official names vary in case across releases). */
  find: (base: string) => SourceEntry | undefined
}

/** Opens a release folder (files at its top or one level down) or an official zip. */
export function openSource(path: string): SourceFiles {
  let st: ReturnType<typeof statSync>
  try {
    st = statSync(path)
  } catch {
    throw packInvalid(path, null, 'the file or folder was not found.', 'Check the path and try again.')
  }
  const entries = st.isDirectory() ? folderEntries(path) : zipEntries(path)
  const byName = new Map(entries.map((e) => [e.base.toLowerCase(), e]))
  return { path, entries, find: (base) => byName.get(base.toLowerCase()) }
}

function folderEntries(dir: string): SourceEntry[] {
  const out: SourceEntry[] = []
  const visit = (d: string, depth: number) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, ent.name)
      // A symbolic link counts as what it points to (release folders assembled from links).
      const st = ent.isSymbolicLink() ? statSync(full, { throwIfNoEntry: false }) : ent
      if (st?.isDirectory() && depth < 1) visit(full, depth + 1)
      else if (st?.isFile()) {
        const label = join(basename(dir), relative(dir, full))
        out.push({
          base: ent.name,
          label,
          size: statSync(full).size,
          read: () => readFileSync(full),
          path: full,
        })
      }
    }
  }
  visit(dir, 0)
  return out
}

function zipEntries(zipFile: string): SourceEntry[] {
  const { data, entries } = listZip(zipFile)
  return entries
    .filter((e) => !e.name.endsWith('/') && !e.name.includes('__MACOSX'))
    .map((e) => ({
      base: basename(e.name),
      label: `${basename(zipFile)}/${e.name}`,
      size: e.size,
      read: () => readZipEntry(zipFile, data, e),
    }))
}
