import type { HandlersFor } from '../../../shared/api/define'
import type { settingsApi } from '../../../shared/api/settings'
import type { AppLock } from '../security/lock'

export function settingsHandlers(lock: AppLock): HandlersFor<typeof settingsApi> {
  return {
    'settings.lockStatus': () => lock.status(),
    'settings.setPasscode': ({ current, next }) => lock.setPasscode(current, next),
    'settings.removePasscode': ({ current }) => lock.removePasscode(current),
    'settings.lock': () => lock.lock(),
    'settings.unlock': ({ passcode }) => lock.unlock(passcode),
    'settings.activity': () => lock.activity(),
    'settings.setAutoLock': ({ minutes }) => lock.setAutoLock(minutes),
  }
}
