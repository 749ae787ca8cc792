// Placeholder until the desktop-shell work adds the Electron build of better-sqlite3.
process.exit(0)
