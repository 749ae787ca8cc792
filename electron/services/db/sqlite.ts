import Database from 'better-sqlite3'

/**
 * Every SQLite handle in the services is opened here. Under Electron the Node build of
 * better-sqlite3 (used by tests and tools) cannot load, so the shell points
 * CAREER_ATLAS_SQLITE_BINDING at the Electron build made by `npm run rebuild:electron`.
 */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = process.env.CAREER_ATLAS_SQLITE_BINDING
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options)
}
