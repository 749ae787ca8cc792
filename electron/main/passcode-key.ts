import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { KeyStore } from '../services/security/key-store'

const FILE = 'clients.key.passcode.json'
// scrypt N=2^17, r=8 (128 MB, a fraction of a second): each offline guess costs as much.
const PARAMS = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }

interface Wrapped {
  v: 1
  salt: string
  iv: string
  tag: string
  key: string
}

export const passcodeKeyFile = (dataDir: string) => join(dataDir, FILE)
export const hasPasscodeKey = (dataDir: string) => existsSync(passcodeKeyFile(dataDir))

function derive(passcode: string, salt: Buffer): Buffer {
  return scryptSync(passcode.normalize('NFC'), salt, 32, PARAMS)
}

/** The records key, or null when this passcode does not open the wrap (AES-GCM authenticates it). */
export function unwrapWithPasscode(dataDir: string, passcode: string): Buffer | null {
  const w = JSON.parse(readFileSync(passcodeKeyFile(dataDir), 'utf8')) as Wrapped
  try {
    const d = createDecipheriv(
      'aes-256-gcm',
      derive(passcode, Buffer.from(w.salt, 'hex')),
      Buffer.from(w.iv, 'hex'),
    )
    d.setAuthTag(Buffer.from(w.tag, 'hex'))
    return Buffer.concat([d.update(Buffer.from(w.key, 'hex')), d.final()])
  } catch {
    return null
  }
}

export function wrapWithPasscode(dataDir: string, key: Buffer, passcode: string): void {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const c = createCipheriv('aes-256-gcm', derive(passcode, salt), iv)
  const body = Buffer.concat([c.update(key), c.final()])
  const w: Wrapped = {
    v: 1,
    salt: salt.toString('hex'),
    iv: iv.toString('hex'),
    tag: c.getAuthTag().toString('hex'),
    key: body.toString('hex'),
  }
  const file = passcodeKeyFile(dataDir)
  writeFileSync(`${file}.tmp`, JSON.stringify(w), { mode: 0o600 })
  renameSync(`${file}.tmp`, file)
}

/** A key the obscured keychain kept before the passcode was chosen, and its file. */
export interface ObscuredKey {
  key: Buffer
  file: string
}

/**
 * Where no system keychain exists (Linux basic_text), the records key can be wrapped by a key
 * derived from a start-up passcode instead: a copied data folder is unreadable without it.
 */
export class PasscodeKeyStore implements KeyStore {
  readonly describe = 'key protected by your start-up passcode (no system keychain on this computer)'
  /**
   * The records key once known (unwrapped at the prompt, moved from the obscured file, or just
   * made and saved): the chain key is sealed with it, and the passcode is not asked twice.
   */
  private key: Buffer | null
  constructor(
    private readonly dataDir: string,
    /** Null when the key was unwrapped at the prompt: it is already wrapped and is not wrapped again. */
    private readonly passcode: string | null,
    unwrapped: Buffer | null,
    /**
     * The records key the obscured keychain kept before the passcode was chosen, and how to find
     * a sibling it kept (the disclosure-chain key): each is moved under the passcode, then removed.
     */
    private readonly previous:
      | (ObscuredKey & { sibling: (name: string) => ObscuredKey | null })
      | null = null,
  ) {
    this.key = unwrapped
  }

  load(): Buffer | null {
    if (this.key) return this.key
    if (!this.previous) return null
    this.save(this.previous.key)
    rmSync(this.previous.file, { force: true })
    return this.key
  }

  save(key: Buffer): void {
    if (this.passcode === null) throw new Error('The records key is already wrapped by the passcode.')
    wrapWithPasscode(this.dataDir, key, this.passcode)
    this.key = key
  }

  /** The disclosure chain's key, sealed with the records key: as safe as the passcode is. */
  sibling(name: string): KeyStore {
    const previous = this.previous
    return new SealedKeyStore(
      join(this.dataDir, `${name}.key.sealed.json`),
      () => this.load(),
      previous ? () => previous.sibling(name) : () => null,
    )
  }
}

/** A further key sealed (AES-256-GCM) with another key, which must be loaded first. */
class SealedKeyStore implements KeyStore {
  readonly describe = 'key sealed with the records key'
  constructor(
    private readonly file: string,
    private readonly sealingKey: () => Buffer | null,
    /** The same key as the obscured keychain kept it: a new key would break the chains it sealed. */
    private readonly previous: () => ObscuredKey | null,
  ) {}

  load(): Buffer | null {
    const kek = this.sealingKey()
    if (!kek) return null
    if (!existsSync(this.file)) {
      const moved = this.previous()
      if (!moved) return null
      this.save(moved.key)
      rmSync(moved.file, { force: true })
      return moved.key
    }
    const w = JSON.parse(readFileSync(this.file, 'utf8')) as Omit<Wrapped, 'salt'>
    const d = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'hex'))
    d.setAuthTag(Buffer.from(w.tag, 'hex'))
    return Buffer.concat([d.update(Buffer.from(w.key, 'hex')), d.final()])
  }

  save(key: Buffer): void {
    const kek = this.sealingKey()
    if (!kek) throw new Error('The records key must exist before a key sealed with it.')
    const iv = randomBytes(12)
    const c = createCipheriv('aes-256-gcm', kek, iv)
    const body = Buffer.concat([c.update(key), c.final()])
    const w = { v: 1, iv: iv.toString('hex'), tag: c.getAuthTag().toString('hex'), key: body.toString('hex') }
    writeFileSync(`${this.file}.tmp`, JSON.stringify(w), { mode: 0o600 })
    renameSync(`${this.file}.tmp`, this.file)
  }

  sibling(): KeyStore {
    throw new Error('A sealed key has no further keys.')
  }
}
