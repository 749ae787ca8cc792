// Builds the SQLite native modules for the installed Electron into native-electron/, leaving the
// Node builds in node_modules (used by tests, the harness and the pack CLI) untouched. The shell
// loads them through CAREER_ATLAS_SQLITE_BINDING / CAREER_ATLAS_CIPHER_BINDING.
// Needs Electron's headers, i.e. a machine with network.
//   node scripts/rebuild-electron.mjs [--if-needed]
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const out = resolve('native-electron')
const stamp = join(out, 'electron-version.txt')
if (
  process.argv.includes('--if-needed') &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === electronVersion
) {
  process.exit(0)
}

// npm ships node-gyp; npm_execpath points at npm's own CLI when run through an npm script.
const npmRoot = process.env.npm_execpath ? dirname(dirname(process.env.npm_execpath)) : null
const gyp = npmRoot ? join(npmRoot, 'node_modules/node-gyp/bin/node-gyp.js') : null
if (!gyp || !existsSync(gyp)) {
  console.error('node-gyp was not found: run this through npm (npm run rebuild:electron).')
  process.exit(1)
}

const modules = [
  ['better-sqlite3', 'better_sqlite3.node'],
  ['better-sqlite3-multiple-ciphers', 'better_sqlite3_multiple_ciphers.node'],
]
for (const [pkg, target] of modules) {
  const source = dirname(require.resolve(`${pkg}/package.json`))
  const work = join(out, 'build-tree', pkg)
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(join(source, 'build')) })
  const run = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    // npm may be set to build against this machine's Node headers; Electron needs its own.
    { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '', NODEDIR: '' } },
  )
  if (run.status !== 0) {
    console.error(
      `Could not build ${pkg} for Electron ${electronVersion} (Electron headers need a network connection).`,
    )
    process.exit(1)
  }
  cpSync(join(work, 'build/Release/better_sqlite3.node'), join(out, target))
}
rmSync(join(out, 'build-tree'), { recursive: true, force: true })
writeFileSync(stamp, electronVersion)
console.log(`Built the SQLite modules for Electron ${electronVersion} in native-electron/.`)
