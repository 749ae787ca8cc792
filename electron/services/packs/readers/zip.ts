import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { packInvalid } from './problem'

/** Limits that no official release comes near (the full O*NET text release expands to ~300 MB). */
export const ZIP_LIMITS = {
  maxTotalBytes: 1536 * 1024 * 1024,
  maxEntryBytes: 512 * 1024 * 1024,
  maxRatio: 200,
}

export interface ZipEntryInfo {
  name: string
  size: number
  compressedSize: number
}

const FIX_ZIP = 'Download the release zip again from onetcenter.org (or unzip it and choose the folder).'

/** Lists a zip's entries without inflating them, refusing unsafe names and zip bombs. */
export function listZip(zipFile: string, limits = ZIP_LIMITS): { data: Uint8Array; entries: ZipEntryInfo[] } {
  return listZipData(readFileSync(zipFile), zipFile, limits)
}

/**
 * The same checks on a zip already in memory (a workbook inside a release or OEWS zip): a zip
 * inside a zip gets no more room than one on disk.
 */
export function listZipData(
  data: Uint8Array,
  zipFile: string,
  limits = ZIP_LIMITS,
): { data: Uint8Array; entries: ZipEntryInfo[] } {
  const entries: ZipEntryInfo[] = []
  try {
    unzipSync(data, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.originalSize, compressedSize: f.size })
        return false
      },
    })
  } catch (e) {
    throw packInvalid(
      zipFile,
      null,
      `the zip file is damaged or incomplete (${(e as Error).message}).`,
      FIX_ZIP,
    )
  }
  if (entries.length === 0) throw packInvalid(zipFile, null, 'the zip file holds no files.', FIX_ZIP)
  let total = 0
  for (const e of entries) {
    if (isUnsafeName(e.name)) {
      throw packInvalid(
        zipFile,
        `entry "${e.name}"`,
        'the zip contains a path that points outside its own folder, so it was not opened.',
        'Use the official release zip; this file may have been tampered with.',
      )
    }
    total += e.size
    const ratio = e.compressedSize > 0 ? e.size / e.compressedSize : e.size > 0 ? Infinity : 1
    if (
      e.size > limits.maxEntryBytes ||
      total > limits.maxTotalBytes ||
      (ratio > limits.maxRatio && e.size > 1e6)
    ) {
      throw packInvalid(
        zipFile,
        `entry "${e.name}"`,
        `the zip expands to far more data than any O*NET release (${Math.round(total / 1e6)} MB so far), so it was not opened.`,
        'Use the official release zip; this file looks like a "zip bomb" or is damaged.',
      )
    }
  }
  return { data, entries }
}

/** Inflates one entry (one at a time keeps memory low). */
export function readZipEntry(zipFile: string, data: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  let out: Uint8Array | undefined
  try {
    out = unzipSync(data, { filter: (f) => f.name === entry.name })[entry.name]
  } catch (e) {
    throw packInvalid(
      zipFile,
      `entry "${entry.name}"`,
      `this part of the zip is damaged (${(e as Error).message}).`,
      FIX_ZIP,
    )
  }
  if (!out || out.length !== entry.size) {
    throw packInvalid(
      zipFile,
      `entry "${entry.name}"`,
      'this part of the zip is damaged or incomplete.',
      FIX_ZIP,
    )
  }
  return out
}

export function isUnsafeName(name: string): boolean {
  const n = name.replace(/\\/g, '/')
  return n.startsWith('/') || /^[a-zA-Z]:/.test(n) || n.split('/').includes('..') || n.includes('\0')
}
