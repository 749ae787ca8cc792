import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Where the key that encrypts clients.sqlite is kept. The desktop app wraps it with the
 * operating system's keychain (Electron safeStorage); tests and the harness use a plain file.
 */
export interface KeyStore {
  /** Shown in About: how the key is protected. */
  describe: string
  load(): Buffer | null
  save(key: Buffer): void
  /**
   * A store for another key kept the same way beside this one: the disclosure chain's HMAC key
   * (name "disclosure-chain") lives outside the records file, so whoever can write the file
   * still cannot forge the chain.
   */
  sibling(name: string): KeyStore
}

/** The name of the disclosure chain's key beside the records key. */
export const CHAIN_KEY_NAME = 'disclosure-chain'

export function loadOrCreateKey(store: KeyStore): Buffer {
  const existing = store.load()
  if (existing) return existing
  const key = randomBytes(32)
  store.save(key)
  return key
}

/** A key in a file readable only by the user. Development and tests only: it protects nothing on its own. */
export class PlainFileKeyStore implements KeyStore {
  readonly describe = 'key file (development only)'
  constructor(private readonly file: string) {}
  load(): Buffer | null {
    return existsSync(this.file) ? Buffer.from(readFileSync(this.file, 'utf8').trim(), 'hex') : null
  }
  save(key: Buffer): void {
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, key.toString('hex'), { mode: 0o600 })
    chmodSync(tmp, 0o600)
    renameSync(tmp, this.file)
  }
  sibling(name: string): KeyStore {
    return new PlainFileKeyStore(join(dirname(this.file), `${name}.key`))
  }
}
