import type { Services } from '../../electron/services'
import { okCaller } from '../support/call-ok'

/** A small, realistic caseload for the students screens (e2e tests and screenshots). */
export async function seedStudents(services: Services): Promise<{ joseId: number }> {
  const call = okCaller(services)
  const jose = await call('students.create', {
    name: 'José Núñez',
    preferredName: 'Pepe',
    grade: 11,
    school: 'Lincoln High School',
    studentNumber: '100234',
    guardianContact: 'Ana Núñez (mother) · 555-0142',
  })
  const others = [
    { name: 'Zoë Smith', grade: 9, school: 'Lincoln High School', studentNumber: '100311' },
    { name: 'Aiyana Redcloud', grade: 12, school: 'Lincoln High School', studentNumber: '100087' },
    { name: 'Nguyễn Thị Mai', grade: 10, school: 'Valley Early College', studentNumber: 'V-2231' },
    {
      name: 'Oluwaseun Okafor',
      grade: 12,
      school: 'Valley Early College',
      studentNumber: 'V-1984',
      status: 'graduated' as const,
    },
    { name: 'Søren Andersson', grade: 8, school: 'Roosevelt Middle School', studentNumber: 'R-554' },
  ]
  for (const o of others) await call('students.create', o)
  const s1 = await call('sessions.create', {
    studentId: jose.id,
    date: '2026-09-15',
    durationMin: 25,
    purpose: 'Career exploration',
    recordNotes:
      'Talked about health careers that do not involve direct patient care. José likes order and detail.',
    privateNotes: 'Mentioned his father lost his job this summer; check in on how he is doing.',
  })
  await call('sessions.create', {
    studentId: jose.id,
    date: '2026-10-20',
    durationMin: 30,
    purpose: 'Course planning',
    recordNotes: 'Planned to add Health Science I and Computer Applications next semester.',
  })
  await call('goals.create', {
    studentId: jose.id,
    sessionId: s1.id,
    text: 'Shadow the records office at Valley Hospital',
    dueDate: '2026-11-10',
  })
  await call('goals.create', {
    studentId: jose.id,
    text: 'Ask about the community college health information program',
    dueDate: '2027-01-15',
  })
  const done = await call('goals.create', {
    studentId: jose.id,
    text: 'Take the interest inventory',
  })
  await call('goals.update', { id: done.id, version: done.version, text: done.text, status: 'done' })
  for (const code of ['29-2072.00', '15-1252.00', '47-2111.00']) {
    try {
      await call('saved.add', { studentId: jose.id, code })
    } catch {
      // A code missing from the installed pack is simply not saved.
    }
  }
  const consent = await call('consents.create', {
    studentId: jose.id,
    signedBy: 'Ana Núñez (mother)',
    signedOn: '2026-10-01',
    records: 'Career plan and saved careers',
    purpose: 'Application to the Valley Hospital summer program',
    recipient: 'Valley Hospital Volunteer Office',
  })
  await call('disclosures.record', {
    studentId: jose.id,
    recipient: 'Valley Hospital Volunteer Office',
    what: 'Career plan and saved careers',
    purpose: 'Summer program application',
    basis: 'consent',
    consentId: consent.id,
  })
  return { joseId: jose.id }
}
