import { randomBytes } from 'node:crypto'
import { UserError } from '../../shared/errors'

const GRANT = /^grant:[0-9a-f]{32}$/

/**
 * Files and folders the counselor chose in a native dialog, handed to the renderer as opaque
 * grant ids (as generated files are): the renderer never names a path, and the services
 * resolve a grant where they read a file. In the desktop app only grants are accepted; the CLI,
 * tests and the browser harness (development tools without folder dialogs) may pass paths.
 */
export class FileGrants {
  private readonly grants = new Map<string, string>()
  constructor(private readonly onlyGrants: boolean) {}

  add(path: string): string {
    const id = `grant:${randomBytes(16).toString('hex')}`
    this.grants.set(id, path)
    return id
  }

  resolve(ref: string): string {
    if (GRANT.test(ref)) {
      const path = this.grants.get(ref)
      if (path) return path
      throw new UserError(
        'NOT_FOUND',
        'Career Atlas no longer has that file open.',
        'Choose the file again with Choose….',
      )
    }
    if (this.onlyGrants)
      throw new UserError(
        'FORBIDDEN',
        'Career Atlas only opens files you choose in a file dialog.',
        'Use the Choose… button.',
      )
    return ref
  }
}
