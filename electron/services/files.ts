import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, statSync } from 'node:fs'
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
 */
export class FileStore {
  private files = new Map<string, StoredFile>()
  constructor(readonly dir: string) {
    // Files of an earlier run can no longer be reached by id, and reports hold student records
    // unencrypted: sweep them at start so they do not pile up on disk.
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
  }
  /** A fresh path to write a new file to; register it once written. */
  newPath(ext: string): string {
    return join(this.dir, `${Date.now()}-${randomBytes(6).toString('hex')}.${ext}`)
  }
  register(path: string, fileName: string, mime = 'application/pdf'): { fileId: string; byteLength: number } {
    const fileId = randomBytes(12).toString('hex')
    this.files.set(fileId, { path, fileName, mime })
    return { fileId, byteLength: statSync(path).size }
  }
  get(fileId: string): StoredFile {
    const f = this.files.get(fileId)
    if (!f) throw new UserError('NOT_FOUND', 'That file is no longer available.', 'Create the report again.')
    return f
  }
}
