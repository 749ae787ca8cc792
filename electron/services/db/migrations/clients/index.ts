import type { Migration } from '../../open'
import { m001 } from './001_initial'

// Append only: a shipped migration is never edited, a new file is added instead.
export const clientsMigrations: Migration[] = [m001]
