// Builds better-sqlite3 for the installed Electron into native-electron/, leaving the Node build
// in node_modules (used by tests, the harness and the pack CLI) untouched. The shell loads it
// through CAREER_ATLAS_SQLITE_BINDING. Needs Electron's headers, i.e. a machine with network.
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

const source = dirname(require.resolve('better-sqlite3/package.json'))
const work = join(out, 'build-tree')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${source}/build`) })

const npmDir = dirname(
  dirname(
    require.resolve('npm/package.json', {
      paths: [dirname(process.execPath), '/usr/lib/node_modules', '/usr/local/lib/node_modules'],
    }),
  ),
)
const gyp = join(npmDir, 'npm/node_modules/node-gyp/bin/node-gyp.js')
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
    `Could not build better-sqlite3 for Electron ${electronVersion} (Electron headers need a network connection).`,
  )
  process.exit(1)
}
cpSync(join(work, 'build/Release/better_sqlite3.node'), join(out, 'better_sqlite3.node'))
writeFileSync(stamp, electronVersion)
rmSync(work, { recursive: true, force: true })
console.log(`Built better-sqlite3 for Electron ${electronVersion} in native-electron/.`)
