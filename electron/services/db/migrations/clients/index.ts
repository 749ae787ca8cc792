import type { Migration } from '../../open'
import { m001 } from './001_initial'
import { m060 } from './060_planned_sessions'
import { interestsMigrations } from './interests'
import { packsMigrations } from './packs'
import { reportsMigrations } from './reports'
import { settingsMigrations } from './settings'
import { studentsMigrations } from './students'

// Each domain owns a block of version numbers (students 010-019, interests 020-029, reports
// 030-039, packs 040-049, settings 050-059) so parallel work never collides; applied in order.
export const clientsMigrations: Migration[] = [
  m001,
  ...studentsMigrations,
  ...interestsMigrations,
  ...reportsMigrations,
  ...packsMigrations,
  ...settingsMigrations,
  m060,
].sort((a, b) => a.version - b.version)
