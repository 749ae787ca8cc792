import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import Database from 'better-sqlite3'
import CipherDatabase from 'better-sqlite3-multiple-ciphers'
import { UserError } from '../../../shared/errors'

/**
 * Every SQLite handle in the services is opened here. Under Electron the Node builds of the
 * native modules (used by tests and tools) cannot load, so the shell points
 * CAREER_ATLAS_SQLITE_BINDING / CAREER_ATLAS_CIPHER_BINDING at the Electron builds made by
 * `npm run rebuild:electron`.
 */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = process.env.CAREER_ATLAS_SQLITE_BINDING
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options)
}

/**
 * Opens a database encrypted with `key` (SQLite3 Multiple Ciphers, ChaCha20-Poly1305). A
 * plaintext file from before encryption was turned on is encrypted in place first.
 */
export function openEncrypted(file: string, key: Buffer, options: Database.Options = {}): Database.Database {
  if (isPlaintextSqlite(file)) encryptInPlace(file, key)
  const db = openCipher(file, options)
  db.pragma(`hexkey='${key.toString('hex')}'`)
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch {
    db.close()
    throw new UserError(
      'KEY_MISMATCH',
      'The student records on this computer could not be opened with this computer’s key.',
      'Open Career Atlas on the computer and user account that created these records, or restore a backup.',
    )
  }
  return db
}

export function openCipher(file: string, options: Database.Options): Database.Database {
  const nativeBinding = process.env.CAREER_ATLAS_CIPHER_BINDING
  return new CipherDatabase(file, nativeBinding ? { ...options, nativeBinding } : options)
}

/** Encrypts a plaintext SQLite file where it lies (records, or a backup made before encryption). */
export function encryptInPlace(file: string, key: Buffer): void {
  const db = openCipher(file, {})
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
    // Rekeying is not possible in WAL mode; the caller switches back to WAL after opening.
    db.pragma('journal_mode = DELETE')
    db.pragma(`hexrekey='${key.toString('hex')}'`)
  } finally {
    db.close()
  }
}

export function isPlaintextSqlite(file: string): boolean {
  if (!existsSync(file)) return false
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(16)
    const n = readSync(fd, header, 0, 16, 0)
    return n === 16 && header.toString('latin1') === 'SQLite format 3\u0000'
  } finally {
    closeSync(fd)
  }
}
