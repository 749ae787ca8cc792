import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import type { DisclosureVerification } from '../../shared/domain/students'
import { callOk } from '../support/call-ok'
import { RESOURCES } from '../support/tmp'
import { studentServices, type TestServices } from './students-fixture'

/*
 * A restore that dies the moment the records file has been swapped (power cut, kill -9) must not
 * leave an older snapshot behind without the logs and security settings a restore never undoes.
 */

let s: TestServices
let again: Services | undefined
beforeEach(async () => {
  s = await studentServices()
})
afterEach(() => {
  again?.close()
  again = undefined
  s.cleanup()
})

describe('a restore killed right after the file swap', () => {
  it('still has the newer disclosures, the deletion and the passcode on the next start', async () => {
    const jose = await callOk(s, 'students.create', { name: 'José Núñez' })
    const mia = await callOk(s, 'students.create', { name: 'Mia Chen' })
    const backup = await callOk(s, 'backups.create', {})
    await callOk(s, 'disclosures.record', {
      studentId: jose.id,
      recipient: 'Ana Núñez (mother)',
      what: 'Career plan',
      purpose: 'Review',
      basis: 'parent_or_eligible_student',
    })
    await callOk(s, 'students.delete', { id: mia.id, confirmName: 'Mia Chen' })
    await callOk(s, 'settings.setPasscode', { next: 'river-stone-42' })

    s.ctx.hooks.restoreSwapped = () => {
      throw new Error('killed')
    }
    expect(await s.call('backups.restore', { fileName: backup.fileName })).toMatchObject({ ok: false })
    s.close()

    again = await createServices({ dataDir: s.dataDir, resourcesDir: RESOURCES, appVersion: 't' })
    expect(await again.call('settings.lockStatus', {})).toMatchObject({ value: { passcodeSet: true } })
    await again.call('settings.unlock', { passcode: 'river-stone-42' })
    const names = (await again.call('students.list', {})) as { value: { name: string }[] }
    expect(names.value.map((x) => x.name)).toEqual(['José Núñez'])
    const v = (await again.call('disclosures.verify', {})) as { value: DisclosureVerification }
    expect(v.value).toMatchObject({ ok: true, checked: 1 })
  })

  it('removes the half-made restored file a crash before the swap left behind', async () => {
    const backup = await callOk(s, 'backups.create', {})
    const leftover = join(s.dataDir, 'clients.sqlite.restoring')
    copyFileSync(join(s.dataDir, 'backups', backup.fileName), leftover)
    s.close()
    again = await createServices({ dataDir: s.dataDir, resourcesDir: RESOURCES, appVersion: 't' })
    expect(existsSync(leftover)).toBe(false)
  })
})
