import type { Migration } from '../../open'
import { m001 } from './001_initial'
import { m010 } from './010_student_records'
import { m011 } from './011_student_list_search_key'
import { m012 } from './012_fold_undecomposed_letters'
import { m013 } from './013_student_list_cover'
import { m014 } from './014_disclosure_heads'
import { m020 } from './020_interest_profiles'
import { m021 } from './021_caseload_index'
import { m022 } from './022_caseload_month_index'
import { m030 } from './030_report_settings'
import { m040 } from './040_pack_change_reports'
import { m050 } from './050_app_settings'
import { m055 } from './055_records_carry_forward'
import { m060 } from './060_planned_sessions'

/** The versions that landed before `applied_migrations` existed (see README.md). Never changes. */
export const clientsPreLedger: ReadonlySet<number> = new Set([1, 10, 11, 12, 13, 14, 20, 21, 22, 30, 40, 50])

// One global sequence, one file per version; append new steps (51 and up), never edit landed ones.
export const clientsMigrations: Migration[] = [
  m001,
  m010,
  m011,
  m012,
  m013,
  m014,
  m020,
  m021,
  m022,
  m030,
  m040,
  m050,
  m055,
  m060,
]
