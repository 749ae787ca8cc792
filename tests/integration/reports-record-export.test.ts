import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { elements, readTaggedPdf } from '../support/pdf-structure'
import { type ExportedRecord, exportedRecord } from './record-export-fixture'

/*
 * The record export is what a family receives when they ask for everything kept about a student
 * (or what goes with a student to a new school). Every section must read like a report: dates
 * as dates, interest scores under their area names with the chart the career plan draws, statuses
 * in words — never field dumps, JSON, timestamps or stored keys such as `quick`.
 */

let record: ExportedRecord
let pdf: string
let text: string

beforeAll(async () => {
  record = await exportedRecord('reports-record-export', (db, id) => {
    // Besides what seedStudent gives (two Profiler profiles, 2025-10-06 SCI and 2026-10-02 CSI,
    // goals, saved careers, a session): a Holland code, a quick check, statuses, pack changes.
    db.prepare(
      "INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, entered_code, note, created_at) VALUES (?, '2026-11-01', 'holland', 12, 24, 12, 36, 12, 30, 'SCI', 'sci', 'Code from the spring careers class', '2026-11-01T10:00:00Z')",
    ).run(id)
    const answers: Record<string, string> = {}
    for (const a of 'riasec')
      for (let n = 1; n <= 6; n++) answers[`${a}${n}`] = a === 's' ? 'agree' : 'disagree'
    answers.c1 = 'unsure'
    db.prepare(
      "INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, answers, created_at) VALUES (?, '2026-11-20', 'quick', 0, 0, 0, 40, 0, 3, 'S', ?, '2026-11-20T10:00:00Z')",
    ).run(id, JSON.stringify(answers))
    db.prepare(
      "UPDATE goals SET status = 'done' WHERE id = (SELECT min(id) FROM goals WHERE student_id = ?)",
    ).run(id)
    db.prepare(
      "UPDATE saved_careers SET status = 'set_aside' WHERE student_id = ? AND code = '27-1024.00'",
    ).run(id)
    const report = db
      .prepare(
        "INSERT INTO pack_change_reports (created_at, action, from_name, from_checksum, to_name, to_checksum, saved_careers_checked, students_affected) VALUES ('2026-11-24T09:00:00Z', 'install', 'O*NET 30.2', 'a', 'O*NET 30.3', 'b', 5, 1)",
      )
      .run().lastInsertRowid
    const change = db.prepare(
      'INSERT INTO pack_change_items (report_id, student_id, code, saved_title, kind, replacements, changes) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    change.run(
      report,
      id,
      '29-2072.00',
      'Medical Records Specialists',
      'changed',
      '[]',
      JSON.stringify([{ field: 'median_wage', label: 'Median pay', before: '$48,780', after: '$51,140' }]),
    )
    change.run(
      report,
      id,
      '15-1132.00',
      'Software Developers, Applications',
      'replaced',
      JSON.stringify([{ code: '15-1252.00', title: 'Software Developers' }]),
      '[]',
    )
    // A per-student table some later feature adds: exported without anyone laying it out.
    db.exec(
      'CREATE TABLE mentor_visits (id INTEGER PRIMARY KEY, student_id INTEGER, visit_kind TEXT, details TEXT, visited_at TEXT)',
    )
    db.prepare(
      "INSERT INTO mentor_visits (student_id, visit_kind, details, visited_at) VALUES (?, 'job_shadow', ?, '2026-11-18T14:30:00.000Z')",
    ).run(id, JSON.stringify({ place: 'Valley Clinic', hours: 3 }))
  })
  pdf = record.pdf
  text = record.text
})
afterAll(() => record?.close())

describe('record export PDF', () => {
  it('prints each interest profile with its date, source, six named scores, chart, Holland code and note', () => {
    for (const area of ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'])
      expect(text).toContain(area)
    expect(text).toContain('October 6, 2025 · O*NET Interest Profiler')
    expect(text).toContain('November 1, 2026 · Holland code')
    expect(text).toContain('November 20, 2026 · Quick interest check')
    expect(text).toContain('Holland code entered by the counselor')
    expect(text).toContain('Career Atlas quick interest check (an exploration aid')
    expect(text).toContain('SCI: Social, Conventional, Investigative')
    expect(text).toContain('CSI: Conventional, Social, Investigative')
    expect(text).toContain('Code from the spring careers class')
    // The day it was typed in, when not the day it was taken (the old field dump printed it too).
    expect(text).toContain('Taken on October 6, 2025 (recorded November 20, 2026)')
    expect(text.match(/\(recorded /g)).toHaveLength(2)
    expect(text).toContain('0–40 scale')
    // The quick check's answers, as the statements a student answered.
    expect(text).toContain('Help a younger student who is stuck on homework')
    expect(text).toContain('Keep a budget for a group trip up to date')

    const t = readTaggedPdf(pdf)
    const h2 = elements(t.root, /^H2$/).map((h) => h.text)
    expect(h2).toEqual(
      expect.arrayContaining([
        'October 6, 2025 · O*NET Interest Profiler',
        'October 2, 2026 · O*NET Interest Profiler',
        'November 1, 2026 · Holland code',
        'November 20, 2026 · Quick interest check',
      ]),
    )
    const charts = elements(t.root, /^Figure$/).map((f) => f.alt ?? '')
    expect(charts.filter((a) => a.startsWith('Bar chart: Interest profile,'))).toHaveLength(4)
    expect(charts).toContainEqual(expect.stringContaining('Realistic 8, Investigative 24'))
    // Score tables are real tables: a header row of TH cells naming the six areas, then the scores.
    const scoreTables = elements(t.root, /^Table$/).filter((tb) =>
      tb.text?.startsWith('AREA REALISTIC INVESTIGATIVE ARTISTIC SOCIAL ENTERPRISING CONVENTIONAL'),
    )
    expect(scoreTables).toHaveLength(4)
    for (const tb of scoreTables) {
      expect(tb.children[0]!.children.every((c) => c.type === 'TH')).toBe(true)
      expect(tb.children[1]!.text).toMatch(/^Score \d/)
    }
    expect(scoreTables[1]!.children[1]!.text).toBe('Score 8 24 10 31 14 35')
    expect(scoreTables[1]!.children[2]!.text).toBe('In code — 3rd — 2nd — 1st')
  })

  it('says every other section in words: statuses, data-pack changes, a table added later', () => {
    expect(text).toContain('Active')
    expect(text).toContain('Done')
    expect(text).toContain('Set aside')
    expect(text).toContain('Record exported')
    expect(text).toContain('Saved careers changed by data updates')
    expect(text).toContain('Figures changed')
    expect(text).toContain('Median pay: $48,780 → $51,140')
    expect(text).toContain('Now: Software Developers (15-1252.00)')
    expect(text).toContain('Mentor visits')
    expect(text).toContain('Visit kind: job shadow')
    expect(text).toContain('Place: Valley Clinic, Hours: 3')
    expect(text).toContain('Visited at: November 18, 2026')
    // The JSON export's chain head, on paper too, so the printed copy anchors the disclosure log.
    expect(text).toMatch(/Disclosure log check: 1 entry when printed; newest link [0-9a-f]{8} /)
  })

  it('holds no field dumps: no JSON, no timestamps, no stored keys', () => {
    expect(text).not.toMatch(/[{}[\]"]/)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/)
    expect(text).not.toMatch(/\b(source|high point|created at|answers|taken on|entered code): /)
    expect(text).not.toMatch(
      /\b(profiler|quick|holland|shortlisted|exploring|open|done)\b(?! interest| code| profiler)/,
    )
  })
})
