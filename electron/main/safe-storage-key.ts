import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { safeStorage } from 'electron'
import type { KeyStore } from '../services/security/key-store'

/**
 * The records key, wrapped by the operating system's keychain (Keychain on macOS, DPAPI on
 * Windows, the Secret Service on Linux). Copying the data folder to another machine or account
 * leaves the records unreadable.
 */
export class SafeStorageKeyStore implements KeyStore {
  readonly describe: string
  private readonly file: string

  constructor(
    private readonly dataDir: string,
    fileName = 'clients.key',
  ) {
    this.file = join(dataDir, fileName)
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'
    this.describe =
      backend === 'basic_text'
        ? 'no system keychain found: the key is only obscured (install a keyring such as GNOME Keyring)'
        : 'protected by the operating system keychain'
  }

  load(): Buffer | null {
    if (!existsSync(this.file)) return null
    return Buffer.from(safeStorage.decryptString(readFileSync(this.file)), 'hex')
  }

  save(key: Buffer): void {
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, safeStorage.encryptString(key.toString('hex')), { mode: 0o600 })
    renameSync(tmp, this.file)
  }

  /** Another key wrapped the same way in the same folder (the disclosure chain's key). */
  sibling(name: string): KeyStore {
    return new SafeStorageKeyStore(this.dataDir, `${name}.key`)
  }
}
