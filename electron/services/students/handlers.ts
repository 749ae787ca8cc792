import type { backupsApi } from '../../../shared/api/backups'
import type { consentsApi } from '../../../shared/api/consents'
import type { HandlersFor } from '../../../shared/api/define'
import type { disclosuresApi } from '../../../shared/api/disclosures'
import type { goalsApi } from '../../../shared/api/goals'
import type { recordsApi } from '../../../shared/api/records'
import type { retentionApi } from '../../../shared/api/retention'
import type { savedApi } from '../../../shared/api/saved'
import type { sessionsApi } from '../../../shared/api/sessions'
import type { studentsApi } from '../../../shared/api/students'
import type { ServiceContext } from '../context'
import { scrubDeletedFromBackups } from './backup-hygiene'
import {
  backupDir,
  backupKeep,
  createBackup,
  listBackups,
  previewRestore,
  restoreBackup,
  restoreLog,
  scheduleBackups,
  setBackupKeep,
} from './backups'
import { listDisclosures, recordDisclosure, verifyDisclosures } from './disclosures'
import { createGoal, deleteGoal, listGoals, updateGoal } from './goals'
import { importColumns, importStudents } from './import'
import { applyRetention, previewRetention, putSetting, retentionYears } from './retention'
import { requireStudent, toStudent } from './rows'
import { createConsent, deletionLog, exportRecord, listConsents, recordLog } from './safeguards'
import { addSaved, listSaved, removeSaved, reorderSaved, updateSaved } from './saved'
import { createSession, deleteSession, listSessions, movePrivateNote, updateSession } from './sessions'
import {
  createStudent,
  deleteStudent,
  listSchools,
  listStudents,
  setArchived,
  updateStudent,
} from './students'

/** The student record slices: the students, and everything kept on each of them. */
type RecordsSlices = typeof studentsApi &
  typeof sessionsApi &
  typeof goalsApi &
  typeof savedApi &
  typeof consentsApi &
  typeof disclosuresApi &
  typeof recordsApi &
  typeof retentionApi &
  typeof backupsApi

export function studentsHandlers(ctx: ServiceContext): HandlersFor<RecordsSlices> {
  scheduleBackups(ctx)
  return {
    'students.create': (f) => createStudent(ctx, f),
    'students.update': (f) => updateStudent(ctx, f),
    'students.list': (f) => listStudents(ctx, f),
    'students.schools': () => listSchools(ctx),
    'students.get': ({ id }) => toStudent(ctx.clients, requireStudent(ctx.clients, id)),
    'students.archive': ({ id, archived }) => setArchived(ctx, id, archived),
    'students.delete': ({ id, confirmName }) => {
      deleteStudent(ctx, id, 'counselor', confirmName)
      // A deleted record must not live on in the backups.
      scrubDeletedFromBackups(ctx, backupDir(ctx))
      return { deleted: true }
    },
    'students.import': ({ csv, school, mapping }) => importStudents(ctx, csv, school, mapping),
    'students.importColumns': ({ csv }) => importColumns(csv),

    'sessions.list': ({ studentId }) => listSessions(ctx, studentId),
    'sessions.create': ({ studentId, ...f }) => createSession(ctx, studentId, f),
    'sessions.update': ({ id, version, ...f }) => updateSession(ctx, id, version, f),
    'sessions.delete': ({ id }) => {
      deleteSession(ctx, id)
      return { deleted: true }
    },
    'sessions.movePrivateNote': ({ id, version }) => movePrivateNote(ctx, id, version),

    'goals.list': ({ studentId }) => listGoals(ctx, studentId),
    'goals.create': (f) => createGoal(ctx, f),
    'goals.update': (f) => updateGoal(ctx, f),
    'goals.delete': ({ id }) => {
      deleteGoal(ctx, id)
      return { deleted: true }
    },

    'saved.add': ({ studentId, code, note }) => addSaved(ctx, studentId, code, note),
    'saved.list': ({ studentId }) => listSaved(ctx, studentId),
    'saved.update': (f) => updateSaved(ctx, f),
    'saved.reorder': ({ studentId, ids }) => reorderSaved(ctx, studentId, ids),
    'saved.remove': ({ id }) => {
      removeSaved(ctx, id)
      return { deleted: true }
    },

    'consents.list': ({ studentId }) => listConsents(ctx, studentId),
    'consents.create': (f) => createConsent(ctx, f),
    'disclosures.list': ({ studentId }) => {
      requireStudent(ctx.clients, studentId)
      return listDisclosures(ctx.clients, studentId)
    },
    'disclosures.record': (f) => recordDisclosure(ctx, f),
    'disclosures.verify': ({ studentId }) => verifyDisclosures(ctx.clients, ctx.chainKey, studentId),
    'records.log': ({ studentId }) => recordLog(ctx, studentId),
    'records.export': (f) => exportRecord(ctx, f),
    'records.deletionLog': () => deletionLog(ctx),

    'retention.get': () => ({ years: retentionYears(ctx.clients) }),
    'retention.set': ({ years }) => {
      putSetting(ctx.clients, 'retention_years', years == null ? null : String(years))
      return { years }
    },
    'retention.preview': () => previewRetention(ctx),
    'retention.apply': ({ expectCount }) => {
      const done = applyRetention(ctx, expectCount)
      scrubDeletedFromBackups(ctx, backupDir(ctx))
      return done
    },

    'backups.list': () => ({ keep: backupKeep(ctx), backups: listBackups(ctx), restores: restoreLog(ctx) }),
    'backups.create': () => createBackup(ctx),
    'backups.setKeep': ({ keep }) => setBackupKeep(ctx, keep),
    'backups.preview': ({ fileName }) => previewRestore(ctx, fileName),
    'backups.restore': ({ fileName }) => restoreBackup(ctx, fileName),
  }
}
