import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientsMigrations } from '../../electron/services/db/migrations/clients'
import { openDatabase } from '../../electron/services/db/open'
import { callOk } from '../support/call-ok'
import { studentServices } from './students-fixture'

describe('a session save killed with kill -9', () => {
  it('loses nothing that was committed before, and leaves no half-written session', async () => {
    const s = await studentServices()
    const a = await callOk(s, 'students.create', { name: 'José Núñez', grade: 11 })
    await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-01',
      durationMin: 30,
      purpose: 'Before the crash',
      recordNotes: 'Kept.',
    })
    const dataDir = s.dataDir
    s.close()

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'students-crash-child.ts'), dataDir, String(a.id)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let lastCommitted = 0
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
    })
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const m = [...d.toString().matchAll(/committed (\d+)/g)].pop()
        if (m) lastCommitted = Number(m[1])
        if (lastCommitted >= 40 && !child.killed) {
          child.kill('SIGKILL')
          resolve()
        }
      })
      child.on('exit', (code) =>
        lastCommitted >= 40 ? resolve() : reject(new Error(`child exited ${code}: ${stderr}`)),
      )
    })
    await new Promise((r) => child.once('exit', r).once('close', r))

    const db = openDatabase(join(dataDir, 'clients.sqlite'), {
      label: 'student records',
      migrations: clientsMigrations,
    })
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const before = db
        .prepare(`SELECT record_notes FROM sessions WHERE purpose = 'Before the crash'`)
        .get() as { record_notes: string }
      expect(before.record_notes).toBe('Kept.')
      const runs = db.prepare(`SELECT id FROM sessions WHERE purpose LIKE 'Crash run %'`).all() as {
        id: number
      }[]
      expect(runs.length).toBeGreaterThanOrEqual(lastCommitted)
      // All or nothing: every crash-run session that exists has all five of its goals.
      const partial = db
        .prepare(
          `SELECT s.id FROM sessions s LEFT JOIN goals g ON g.session_id = s.id
           WHERE s.purpose LIKE 'Crash run %' GROUP BY s.id HAVING count(g.id) <> 5`,
        )
        .all()
      expect(partial).toEqual([])
    } finally {
      db.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
