import type Database from 'better-sqlite3'

export type DB = Database.Database
/** Statement types for services: only electron/services/db imports better-sqlite3 (biome.json). */
export type Statement<P extends unknown[] | object = unknown[], R = unknown> = Database.Statement<P, R>

/**
 * One step of a database's one global sequence of versions. Everything it runs is in `sql`
 * and/or `up`, inside its own file: it imports nothing that can change later (freeze a copy of
 * any helper inside `up`), because its text is fingerprinted into `applied_migrations`.
 */
export interface Migration {
  version: number
  name: string
  sql?: string
  up?: (db: DB) => void
}
