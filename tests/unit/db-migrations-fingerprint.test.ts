import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type TransformOptions, transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { clientsMigrations } from '../../electron/services/db/migrations/clients'
import { migrationChecksum } from '../../electron/services/db/migrations/ledger'
import type { Migration } from '../../electron/services/db/open'

const MIGRATIONS = resolve(__dirname, '../../electron/services/db/migrations/clients')

/*
 * The fingerprint stored in applied_migrations must not depend on how the code was compiled:
 * the CLI runs under tsx (whitespace minified, keepNames), tests under vitest, the app from the
 * electron-vite bundle. Each migration file is compiled the ways we ship it and must fingerprint
 * the same as the module vitest loaded. A step that fails here (say, a named helper function
 * inside `up`, which keepNames rewrites) must be written another way before it lands.
 */
const WAYS: Record<string, TransformOptions> = {
  tsx: { loader: 'ts', format: 'cjs', target: 'node20', minifyWhitespace: true, keepNames: true },
  bundle: { loader: 'ts', format: 'cjs', target: 'node20', charset: 'utf8' },
  // Not minifySyntax: electron-vite does not minify the main process (turning it on would
  // change fingerprints, e.g. `new RegExp('\\p{M}', 'gu')` back into a literal esbuild rewrites).
}

function load(code: string): Record<string, Migration> {
  const module = { exports: {} as Record<string, Migration> }
  new Function('module', 'exports', 'require', code)(module, module.exports, () => {
    throw new Error('a migration imports something at run time')
  })
  return module.exports
}

describe('migration fingerprints', () => {
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d{3}_.+\.ts$/.test(f))
  const byVersion = new Map(clientsMigrations.map((m) => [m.version, m]))
  for (const [way, options] of Object.entries(WAYS))
    it.each(files)(`%s fingerprints the same compiled for ${way}`, (f) => {
      const { code } = transformSync(readFileSync(join(MIGRATIONS, f), 'utf8'), options)
      const m = Object.values(load(code))[0] as Migration
      const loaded = byVersion.get(m.version) as Migration
      expect(migrationChecksum(m)).toBe(migrationChecksum(loaded))
    })

  it('changes when a step changes (SQL word, name or number)', () => {
    const m = byVersion.get(21) as Migration
    const base = migrationChecksum(m)
    expect(migrationChecksum({ ...m, name: `${m.name}!` })).not.toBe(base)
    expect(
      migrationChecksum({ ...m, up: (db) => db.exec('CREATE INDEX caseload_sessions ON sessions(date)') }),
    ).not.toBe(base)
    expect(migrationChecksum({ ...m, version: 22 })).not.toBe(base)
  })
})
