import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../shared/errors'

export interface StoredFile {
  path: string
  fileName: string
  mime: string
}

/**
 * Generated files (PDFs, exports) are written under the data folder and handed to the renderer
 * as opaque ids, so the renderer never names a path on disk.
 *
 * They hold student records unencrypted, so they live as briefly as possible: the folder is
 * 0700 and each file 0600; a file is removed as soon as it has
 * been saved elsewhere or printed (discard), every file at quit (clear), and anything an
 * earlier run left behind (a crash) at start.
 */
export class FileStore {
  private files = new Map<string, StoredFile>()
  constructor(readonly dir: string) {
    rmSync(dir, { recursive: true, force: true })
    this.ensureDir()
  }
  /**
   * A fresh path to write a new file to; register it once written. The folder is owner-only, so
   * no other account can open the file even before register narrows its own mode.
   */
  newPath(ext: string): string {
    this.ensureDir()
    return join(this.dir, `${Date.now()}-${randomBytes(6).toString('hex')}.${ext}`)
  }
  register(path: string, fileName: string, mime = 'application/pdf'): { fileId: string; byteLength: number } {
    chmodSync(path, 0o600)
    const fileId = randomBytes(12).toString('hex')
    this.files.set(fileId, { path, fileName, mime })
    return { fileId, byteLength: statSync(path).size }
  }
  /**
   * Writes and registers a new file. One that fails part way (a full disk, a failed register) is
   * removed at once: an unregistered file holding a student record must not wait for quit.
   */
  write(ext: string, data: string | Uint8Array, fileName: string, mime?: string) {
    const path = this.newPath(ext)
    try {
      writeFileSync(path, data, { mode: 0o600 })
      return this.register(path, fileName, mime)
    } catch (e) {
      rmSync(path, { force: true })
      throw e
    }
  }
  get(fileId: string): StoredFile {
    const f = this.files.get(fileId)
    if (!f) throw new UserError('NOT_FOUND', 'That file is no longer available.', 'Create the report again.')
    return f
  }
  /** After a save or print: the file has left the app, so the copy here goes at once. */
  discard(fileId: string): void {
    const f = this.files.get(fileId)
    if (!f) return
    this.files.delete(fileId)
    rmSync(f.path, { force: true })
  }
  /** At quit: nothing generated outlives the run. */
  clear(): void {
    this.files.clear()
    rmSync(this.dir, { recursive: true, force: true })
  }
  private ensureDir(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    chmodSync(this.dir, 0o700)
  }
}
