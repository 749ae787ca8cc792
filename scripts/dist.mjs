// `npm run dist [-- --pack <file.capack>] [-- --official <folder|zip> …] [electron-builder options]`
// Installers, optionally shipping a national data pack that the first start installs instead of
// the starter pack. The pack is staged in .dist/bundled-pack/ (electron-builder.yml copies that
// folder into the app's resources); without --pack/--official the folder is emptied, so a pack
// from an earlier run is never shipped by mistake, and `npm start` never sees it.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const stage = join(root, '.dist', 'bundled-pack')
const packFile = join(stage, 'national.capack')

const args = process.argv.slice(2)
let pack = null
const official = []
const rest = []
// --stage-only: stage the pack and stop (tests, and checking a pack before a long build).
let stageOnly = false
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  if (a === '--pack') pack = args[++i]
  else if (a === '--official') official.push(args[++i])
  else if (a === '--stage-only') stageOnly = true
  else rest.push(a)
}
if ((pack && official.length) || pack === undefined || official.includes(undefined)) {
  console.error('Give either --pack <file.capack> or --official <folder|zip> (repeatable), with a value.')
  process.exit(2)
}

const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href
const packCli = (...a) =>
  spawnSync(process.execPath, ['--import', tsx, join(root, 'electron/cli/pack.ts'), ...a], {
    stdio: 'inherit',
  })
const step = (r) => {
  if (r.status !== 0) process.exit(r.status ?? 1)
}
const shell = process.platform === 'win32'

rmSync(stage, { recursive: true, force: true })
mkdirSync(stage, { recursive: true })
if (pack) {
  // The same validation an install does, before the pack goes into every installer.
  step(packCli('check', resolve(pack)))
  copyFileSync(resolve(pack), packFile)
} else if (official.length) {
  step(packCli('build', ...official.flatMap((o) => ['--official', resolve(o)]), '--out', packFile))
}
console.log(
  pack || official.length
    ? `Bundling ${packFile}`
    : 'No national pack bundled: first start installs the starter pack.',
)

if (stageOnly) process.exit(0)

step(spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell }))
step(spawnSync('node', [join(root, 'scripts/rebuild-electron.mjs')], { stdio: 'inherit' }))
step(
  spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...rest], {
    stdio: 'inherit',
    shell,
  }),
)
