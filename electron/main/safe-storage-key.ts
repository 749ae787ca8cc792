import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { safeStorage } from 'electron'
import type { KeyStore } from '../services/security/key-store'
import { StartupError } from './startup-error'

/** What protects the records key, as Settings and About say it. */
export type KeyProtection = 'keychain' | 'obscured'

/**
 * The records key, wrapped by the operating system's keychain (Keychain on macOS, DPAPI on
 * Windows, the Secret Service or KWallet on Linux). Copying the data folder to another machine
 * or account leaves the records unreadable. Linux without a keyring falls back to `basic_text`
 * (a fixed password): the key is then only obscured, which the shell accepts only when the
 * counselor chose it (see key-protection.ts).
 */
export class SafeStorageKeyStore implements KeyStore {
  readonly describe: string
  readonly protection: KeyProtection
  private readonly file: string

  constructor(
    private readonly dataDir: string,
    fileName = 'clients.key',
  ) {
    this.file = join(dataDir, fileName)
    const backend = selectedBackend()
    this.protection = backend === 'basic_text' ? 'obscured' : 'keychain'
    this.describe = describeProtection(backend)
  }

  load(): Buffer | null {
    if (!existsSync(this.file)) return null
    requireKeychain()
    try {
      return Buffer.from(safeStorage.decryptString(readFileSync(this.file)), 'hex')
    } catch {
      throw new StartupError(
        'This computer’s keychain could not unlock the key to the student records.',
        'Start Career Atlas on the computer and user account that created these records. If the keychain was reset, restore the data folder from a copy made on this account.',
      )
    }
  }

  save(key: Buffer): void {
    requireKeychain()
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, safeStorage.encryptString(key.toString('hex')), { mode: 0o600 })
    renameSync(tmp, this.file)
  }

  /** Another key wrapped the same way in the same folder (the disclosure chain's key). */
  sibling(name: string): KeyStore {
    return new SafeStorageKeyStore(this.dataDir, `${name}.key`)
  }
}

/** How Settings and About name the protection really in use. */
function describeProtection(backend: string): string {
  if (backend === 'basic_text')
    return 'no system keychain: the key is only obscured, so a copy of the data folder can be read (install GNOME Keyring or KWallet to protect it)'
  if (process.platform === 'darwin') return 'key kept in the macOS Keychain of this user account'
  if (process.platform === 'win32') return 'key protected by this Windows user account (DPAPI)'
  if (backend.startsWith('kwallet')) return 'key kept in KWallet for this user account'
  return 'key kept in the desktop keyring (Secret Service) for this user account'
}

export function selectedBackend(): string {
  // Only Linux has a choice of backends; macOS and Windows always use the OS keychain / DPAPI.
  return process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'
}

function requireKeychain(): void {
  if (safeStorage.isEncryptionAvailable()) return
  throw new StartupError(
    'The system keychain is not available, so the key to the student records cannot be used.',
    process.platform === 'linux'
      ? 'Log in to the desktop so your keyring (GNOME Keyring or KWallet) is unlocked, then start Career Atlas again.'
      : 'Log in to your own user account (the keychain unlocks with it), then start Career Atlas again.',
  )
}
