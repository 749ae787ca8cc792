import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices } from '../../electron/services'
import { deleteStudent } from '../../electron/services/students/students'
import type { DisclosureVerification } from '../../shared/domain/students'
import { callOk } from '../support/call-ok'
import { RESOURCES } from '../support/tmp'
import { studentServices, type TestServices } from './students-fixture'

let s: TestServices
beforeEach(async () => {
  s = await studentServices()
})
afterEach(() => s.cleanup())

const disclose = (studentId: number, what: string) =>
  callOk(s, 'disclosures.record', {
    studentId,
    recipient: 'Ana Núñez (mother)',
    what,
    purpose: 'Review',
    basis: 'parent_or_eligible_student',
  })

describe('restoring a backup keeps what a restore must never undo', () => {
  it('keeps later disclosures, deletions, the passcode, and logs the restore itself', async () => {
    const jose = await callOk(s, 'students.create', { name: 'José Núñez' })
    const mia = await callOk(s, 'students.create', { name: 'Mia Chen' })
    await disclose(jose.id, 'Career plan')
    const backup = await callOk(s, 'backups.create', {})

    // After the backup: two more disclosures, Mia deleted, a passcode and auto-lock set.
    await disclose(jose.id, 'Saved careers')
    await disclose(jose.id, 'Interest profile')
    // Deleted without scrubbing the backups, as if this backup had been copied back into the
    // folder afterwards: the restore itself must still not bring Mia back.
    deleteStudent(s.ctx, mia.id, 'counselor', 'Mia Chen')
    await callOk(s, 'settings.setPasscode', { next: 'river-stone-42' })
    await callOk(s, 'settings.setAutoLock', { minutes: 5 })

    // Before it runs, the screen can say what comes back and what stays.
    expect(await callOk(s, 'backups.preview', { fileName: backup.fileName })).toMatchObject({
      backup: { students: 2 },
      now: { students: 1 },
      newerDisclosures: 2,
      deletedSince: 1,
    })
    const r = await callOk(s, 'backups.restore', { fileName: backup.fileName })
    expect(r.summary).toContain('2 newer disclosure-log entries')

    const names = (await callOk(s, 'students.list', {})).map((x) => x.name)
    expect(names).toEqual(['José Núñez'])
    const log = await callOk(s, 'disclosures.list', { studentId: jose.id })
    expect(log.map((d) => d.what)).toEqual(['Career plan', 'Saved careers', 'Interest profile'])
    expect(await callOk(s, 'disclosures.verify', {})).toMatchObject({
      ok: true,
      checked: 3,
    })
    // One student's check shows the newest link, to compare with the code printed on paper.
    const mine = await callOk(s, 'disclosures.verify', { studentId: jose.id })
    expect(mine.head).toEqual({ seq: 3, hash: log[2]!.hash })
    const deletions = await callOk(s, 'records.deletionLog', {})
    expect(deletions).toHaveLength(1)
    expect(await callOk(s, 'settings.lockStatus', {})).toMatchObject({
      passcodeSet: true,
      autoLockMinutes: 5,
    })

    // A second restore of the same backup cannot erase the first one's log line.
    await callOk(s, 'settings.unlock', { passcode: 'river-stone-42' })
    await callOk(s, 'backups.restore', { fileName: backup.fileName })
    const listing = await callOk(s, 'backups.list', {})
    expect(listing.restores?.map((x) => x.backup)).toEqual([backup.fileName, backup.fileName])
    expect(() => s.ctx.clients.prepare('DELETE FROM restore_log').run()).toThrow(/append-only/)
    expect(() => s.ctx.clients.prepare('DELETE FROM deletion_log').run()).toThrow(/append-only/)
  })
})

describe('settings about the backups themselves', () => {
  it('keeps today’s backup count: restoring an older backup does not shrink it and prune backups', async () => {
    const backup = await callOk(s, 'backups.create', {})
    await callOk(s, 'backups.setKeep', { keep: 30 })
    await callOk(s, 'backups.restore', { fileName: backup.fileName })
    expect(await callOk(s, 'backups.list', {})).toMatchObject({ keep: 30 })
  })
})

describe('a student added after the backup', () => {
  it('keeps their disclosure log to themselves: a student created after the restore starts with none', async () => {
    await callOk(s, 'students.create', { name: 'José Núñez' })
    const backup = await callOk(s, 'backups.create', {})
    const kai = await callOk(s, 'students.create', { name: 'Kai Moana' })
    await disclose(kai.id, 'Career plan')
    await callOk(s, 'backups.restore', { fileName: backup.fileName })

    // Kai is not in the backup, but the log of what left the office about Kai stays.
    const lena = await callOk(s, 'students.create', { name: 'Lena Berg' })
    expect(lena.id).not.toBe(kai.id)
    expect(await callOk(s, 'disclosures.list', { studentId: lena.id })).toEqual([])
    await disclose(lena.id, 'Interest profile')
    expect(await callOk(s, 'disclosures.verify', {})).toMatchObject({
      ok: true,
      checked: 2,
    })
  })
})

describe('the keyed disclosure chain', () => {
  it('keeps its key outside the records file', async () => {
    expect(existsSync(join(s.dataDir, 'disclosure-chain.key'))).toBe(true)
    const key = Buffer.from(readFileSync(join(s.dataDir, 'disclosure-chain.key'), 'utf8').trim(), 'hex')
    expect(key).toHaveLength(32)
    expect(s.ctx.chainKey.equals(key)).toBe(true)
  })

  it('catches a rewritten entry even when the forger recomputes every hash and the seal', async () => {
    const a = await callOk(s, 'students.create', { name: 'José Núñez' })
    await disclose(a.id, 'Career plan')
    await disclose(a.id, 'Saved careers')
    const db = s.ctx.clients
    for (const t of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as {
      name: string
    }[])
      if (/disclosure/.test(t.name)) db.exec(`DROP TRIGGER ${t.name}`)
    // The forger knows the chain formula (it is open source) but not the key.
    const rows = db
      .prepare('SELECT * FROM disclosures WHERE student_id = ? ORDER BY seq')
      .all(a.id) as Record<string, unknown>[]
    let prev = '0'.repeat(64)
    for (const r of rows) {
      const what = r.seq === 1 ? 'Nothing at all' : r.what
      const content = JSON.stringify([
        r.student_id,
        r.seq,
        r.disclosed_at,
        r.recipient,
        what,
        r.purpose,
        r.basis,
        r.consent_id,
      ])
      const hash = createHash('sha256').update(prev).update('\n').update(content).digest('hex')
      db.prepare('UPDATE disclosures SET what = ?, prev_hash = ?, hash = ? WHERE id = ?').run(
        what,
        prev,
        hash,
        r.id,
      )
      prev = hash
    }
    db.prepare('UPDATE disclosure_heads SET hash = ? WHERE student_id = ?').run(prev, a.id)
    const v = await callOk(s, 'disclosures.verify', { studentId: a.id })
    expect(v.ok).toBe(false)
    expect(v.problems.map((p) => p.problem)).toContain('Its content was changed after it was written.')
  })

  it('reports a purge gate left open outside the app', async () => {
    const a = await callOk(s, 'students.create', { name: 'José Núñez' })
    await disclose(a.id, 'Career plan')
    s.ctx.clients.prepare('INSERT INTO disclosure_purge_gate (student_id) VALUES (?)').run(a.id)
    const v = await callOk(s, 'disclosures.verify', {})
    expect(v.ok).toBe(false)
    expect(v.problems).toEqual([
      {
        studentId: a.id,
        seq: 0,
        problem: 'Its log was left open for deletion outside Career Atlas (a leftover purge-gate row).',
      },
    ])
  })

  it('anchors chains written before the key existed, and the anchor cannot be forged', async () => {
    const a = await callOk(s, 'students.create', { name: 'José Núñez' })
    // An older copy wrote an unkeyed (plain SHA-256) chain and had no key file.
    const db = s.ctx.clients
    let prev = '0'.repeat(64)
    for (const seq of [1, 2]) {
      const row = [
        a.id,
        seq,
        '2026-10-01T10:00:00.000Z',
        'Ana',
        `Plan ${seq}`,
        'Review',
        'parent_or_eligible_student',
        null,
      ]
      const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify(row)).digest('hex')
      db.prepare(
        `INSERT INTO disclosures (student_id, seq, disclosed_at, recipient, what, purpose, basis, consent_id, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...row, prev, hash)
      prev = hash
    }
    // ... and had never anchored anything.
    db.prepare(`DELETE FROM app_settings WHERE key = 'disclosure_chain_anchored_at'`).run()
    s.close()
    rmSync(join(s.dataDir, 'disclosure-chain.key'))
    const again = await createServices({ dataDir: s.dataDir, resourcesDir: RESOURCES, appVersion: 't' })
    try {
      await again.call('disclosures.record', {
        studentId: a.id,
        recipient: 'Ana',
        what: 'Plan 3',
        purpose: 'Review',
        basis: 'parent_or_eligible_student',
      })
      expect(await again.call('disclosures.verify', {})).toMatchObject({
        ok: true,
        value: { ok: true, checked: 3 },
      })
      const adb = again.ctx.clients
      adb.exec('DROP TRIGGER disclosure_anchors_no_update')
      adb.prepare(`UPDATE disclosure_anchors SET mac = ?`).run('0'.repeat(64))
      const v = await again.call('disclosures.verify', {})
      expect(JSON.stringify(v)).toContain('does not match this computer’s disclosure key')
    } finally {
      again.close()
    }
  })

  /** Rewrites a chain as an older copy (unkeyed) would have, triggers put back afterwards as a forger would. */
  const legacyChain = (studentId: number, whats: string[]) => {
    const db = s.ctx.clients
    const triggers = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'disclosure%'`)
      .all() as { name: string; sql: string }[]
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`)
    let prev = '0'.repeat(64)
    whats.forEach((what, i) => {
      const row = [
        studentId,
        i + 1,
        '2026-10-01T10:00:00.000Z',
        'Ana',
        what,
        'Review',
        'parent_or_eligible_student',
        null,
      ]
      const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify(row)).digest('hex')
      db.prepare(
        `INSERT OR REPLACE INTO disclosures (student_id, seq, disclosed_at, recipient, what, purpose, basis, consent_id, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...row, prev, hash)
      prev = hash
    })
    db.prepare('UPDATE disclosure_heads SET seq = ?, hash = ? WHERE student_id = ?').run(
      whats.length,
      prev,
      studentId,
    )
    for (const t of triggers) db.exec(t.sql)
  }

  it('anchors older chains on the next start when a crash came between saving the key and anchoring', async () => {
    const a = await callOk(s, 'students.create', { name: 'José Núñez' })
    await disclose(a.id, 'placeholder')
    // An older copy's unkeyed chain; the key file was written, the anchors never committed.
    legacyChain(a.id, ['Plan 1', 'Plan 2'])
    s.ctx.clients.prepare(`DELETE FROM app_settings WHERE key = 'disclosure_chain_anchored_at'`).run()
    s.close()
    const again = await createServices({ dataDir: s.dataDir, resourcesDir: RESOURCES, appVersion: 't' })
    try {
      expect(await again.call('disclosures.verify', {})).toMatchObject({ value: { ok: true, checked: 2 } })
    } finally {
      again.close()
    }
  })

  it('does not bless a forged chain when the key file is deleted', async () => {
    const a = await callOk(s, 'students.create', { name: 'José Núñez' })
    await disclose(a.id, 'Career plan')
    await disclose(a.id, 'Saved careers')
    // The forger rewrites the keyed chain as an unkeyed one and deletes the key beside the records.
    legacyChain(a.id, ['Nothing at all', 'Saved careers'])
    s.close()
    rmSync(join(s.dataDir, 'disclosure-chain.key'))
    const again = await createServices({ dataDir: s.dataDir, resourcesDir: RESOURCES, appVersion: 't' })
    try {
      const v = (await again.call('disclosures.verify', {})) as { value: DisclosureVerification }
      expect(v.value.ok).toBe(false)
    } finally {
      again.close()
    }
  })

  it('answers from the restored file, not from statements cached on the closed one', async () => {
    const ana = await callOk(s, 'students.create', { name: 'Ana Lee' })
    const first = { studentId: ana.id, takenOn: '2025-10-01', source: 'profiler' as const }
    await callOk(s, 'interests.add', { ...first, scores: { R: 4, I: 9, A: 30, S: 36, E: 12, C: 3 } })
    // The cached lookups (statements(db)) are compiled on the live handle before the backup.
    expect(await callOk(s, 'interests.list', { studentId: ana.id })).toHaveLength(1)
    expect((await callOk(s, 'caseload.stats', {})).students.total).toBe(1)
    const backup = await callOk(s, 'backups.create', {})
    await callOk(s, 'interests.add', {
      ...first,
      takenOn: '2026-10-01',
      scores: { R: 9, I: 9, A: 9, S: 9, E: 9, C: 9 },
    })
    await callOk(s, 'students.create', { name: 'Mia Chen' })

    await callOk(s, 'backups.restore', { fileName: backup.fileName })
    expect(await callOk(s, 'interests.list', { studentId: ana.id })).toHaveLength(1)
    expect((await callOk(s, 'caseload.stats', {})).students.total).toBe(1)
    await callOk(s, 'interests.add', {
      studentId: ana.id,
      takenOn: '2026-11-01',
      source: 'holland',
      code: 'SAI',
    })
    expect(await callOk(s, 'interests.list', { studentId: ana.id })).toHaveLength(2)
  })
})
