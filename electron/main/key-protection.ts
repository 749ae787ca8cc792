import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dialog } from 'electron'
import { StartupError } from './startup-error'

const ACCEPT_FILE = 'key-protection.json'

/**
 * Without a keyring, Linux safeStorage "encrypts" with a fixed password: anyone who copies the
 * data folder can read the records. Career Atlas refuses that unless the counselor accepts it
 * here, knowingly; the choice is remembered, and Settings and About keep saying it.
 */
export async function acceptObscuredKey(dataDir: string): Promise<'accepted' | 'passcode'> {
  const file = join(dataDir, ACCEPT_FILE)
  if (existsSync(file)) {
    try {
      if ((JSON.parse(readFileSync(file, 'utf8')) as { accepted?: string }).accepted === 'basic_text')
        return 'accepted'
    } catch {
      // An unreadable choice is asked again.
    }
  }
  const res = await dialog.showMessageBox({
    type: 'warning',
    title: 'No system keychain',
    message: 'Career Atlas found no keyring to protect the student records on this computer.',
    detail:
      'Without GNOME Keyring or KWallet the key to the records is only obscured: anyone who copies the data folder could read them. Best: install and unlock a keyring, then start Career Atlas again. Or protect the key with a passcode you enter at every start. Continue without either only if this computer is protected in another way (full-disk encryption, one user).',
    buttons: ['Quit', 'Protect with a passcode', 'Continue without a keychain'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  })
  if (res.response === 1) return 'passcode'
  if (res.response !== 2)
    throw new StartupError(
      'Career Atlas did not start: there is no keyring to protect the student records.',
      'Install and unlock GNOME Keyring or KWallet, then start Career Atlas again.',
      true,
    )
  // On a first start the data folder does not exist yet: the choice is the first thing written.
  mkdirSync(dataDir, { recursive: true })
  const tmp = `${file}.tmp`
  writeFileSync(tmp, JSON.stringify({ accepted: 'basic_text', at: new Date().toISOString() }), {
    mode: 0o600,
  })
  renameSync(tmp, file)
  return 'accepted'
}
