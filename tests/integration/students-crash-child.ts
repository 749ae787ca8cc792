// Child process for students-crash.test.ts: saves sessions (with goals) as fast as it can and
// reports each commit on stdout, until the parent kills it with SIGKILL mid-write.
import { join } from 'node:path'
import type { ServiceContext } from '../../electron/services/context'
import { clientsMigrations } from '../../electron/services/db/migrations/clients'
import { openDatabase } from '../../electron/services/db/open'
import { createGoal } from '../../electron/services/students/goals'
import { createSession } from '../../electron/services/students/sessions'

const [dataDir, studentId] = process.argv.slice(2)
const db = openDatabase(join(dataDir as string, 'clients.sqlite'), {
  label: 'student records',
  migrations: clientsMigrations,
})
const ctx = { clients: db, now: () => new Date() } as ServiceContext
const notes = 'Talked through health information programs. '.repeat(400)
for (let i = 1; ; i++) {
  db.transaction(() => {
    const s = createSession(ctx, Number(studentId), {
      date: '2026-11-02',
      durationMin: 30,
      purpose: `Crash run ${i}`,
      recordNotes: notes,
    })
    for (let g = 0; g < 5; g++)
      createGoal(ctx, { studentId: Number(studentId), sessionId: s.id, text: `Goal ${i}.${g}` })
  })()
  process.stdout.write(`committed ${i}\n`)
}
