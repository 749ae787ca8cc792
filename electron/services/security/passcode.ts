import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

// scrypt at N=2^17, r=8 (128 MiB, a few tenths of a second per try): guessing a passcode from a
// stolen hash is slow. Hashes from before carry no N and were made at 2^15; they still verify
// and are rehashed at the new cost on the next successful unlock.
export const SCRYPT_N = 2 ** 17
const LEGACY_N = 2 ** 15
const R = 8

export interface PasscodeHash {
  salt: string
  hash: string
  /** scrypt cost; absent in hashes made before it was raised (2^15). */
  N?: number
}

function derive(passcode: string, salt: Buffer, N: number): Promise<Buffer> {
  // maxmem must exceed 128 * N * r bytes.
  const params = { N, r: R, p: 1, maxmem: 256 * N * R }
  return new Promise((ok, fail) =>
    scrypt(passcode.normalize('NFC'), salt, 32, params, (e, key) => (e ? fail(e) : ok(key))),
  )
}

export async function hashPasscode(passcode: string): Promise<PasscodeHash> {
  const salt = randomBytes(16)
  return {
    salt: salt.toString('hex'),
    hash: (await derive(passcode, salt, SCRYPT_N)).toString('hex'),
    N: SCRYPT_N,
  }
}

export async function verifyPasscode(passcode: string, stored: PasscodeHash): Promise<boolean> {
  const key = await derive(passcode, Buffer.from(stored.salt, 'hex'), stored.N ?? LEGACY_N)
  const want = Buffer.from(stored.hash, 'hex')
  return key.length === want.length && timingSafeEqual(key, want)
}

/** True when a stored hash was made at a lower cost than today's. */
export const needsRehash = (stored: PasscodeHash) => (stored.N ?? LEGACY_N) < SCRYPT_N
