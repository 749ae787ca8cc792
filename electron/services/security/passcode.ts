import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

// scrypt at N=2^15, r=8: about 0.1 s per try, so guessing a passcode offline is slow.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

export interface PasscodeHash {
  salt: string
  hash: string
}

function derive(passcode: string, salt: Buffer): Promise<Buffer> {
  return new Promise((ok, fail) =>
    scrypt(passcode.normalize('NFC'), salt, 32, PARAMS, (e, key) => (e ? fail(e) : ok(key))),
  )
}

export async function hashPasscode(passcode: string): Promise<PasscodeHash> {
  const salt = randomBytes(16)
  return { salt: salt.toString('hex'), hash: (await derive(passcode, salt)).toString('hex') }
}

export async function verifyPasscode(passcode: string, stored: PasscodeHash): Promise<boolean> {
  const key = await derive(passcode, Buffer.from(stored.salt, 'hex'))
  const want = Buffer.from(stored.hash, 'hex')
  return key.length === want.length && timingSafeEqual(key, want)
}
