import { z } from 'zod'
import type { BackupInfo, RestorePreview } from '../domain/students'
import { method } from './define'

export const backupsApi = {
  'backups.list': method<{
    keep: number
    backups: BackupInfo[]
    /** Every restore, newest first (carried forward by each restore, so none is ever erased). */
    restores?: { id: number; at: string; backup: string; summary: string }[]
  }>()(z.object({}).strict()),
  'backups.create': method<BackupInfo>()(z.object({}).strict()),
  'backups.setKeep': method<{ keep: number }>()(
    z.object({ keep: z.number().int().min(1).max(365) }).strict(),
  ),
  /** What restoring this backup would bring back and what it keeps, before it runs. */
  'backups.preview': method<RestorePreview>()(
    z
      .object({
        fileName: z.string().regex(/^clients-[\dT-]+Z?(-\w+)?\.sqlite$/, 'Pick a backup from the list.'),
      })
      .strict(),
  ),
  'backups.restore': method<{ restored: string; safetyCopy: string; summary: string }>()(
    z
      .object({
        fileName: z.string().regex(/^clients-[\dT-]+Z?(-\w+)?\.sqlite$/, 'Pick a backup from the list.'),
      })
      .strict(),
  ),
}
