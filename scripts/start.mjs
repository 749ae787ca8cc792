// `npm start`: build with electron-vite, then launch Electron on the embedded starter pack.
// Where the Electron binary is missing, say so in one line instead of failing on a download.
import { spawnSync } from 'node:child_process'
import { electronBinary } from './electron-binary.mjs'

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

if (!electronBinary()) {
  console.log(
    'The Electron binary is not installed on this machine; "npm run web" opens the same app in a browser.',
  )
  process.exit(0)
}
const native = spawnSync('node', ['scripts/rebuild-electron.mjs', '--if-needed'], { stdio: 'inherit' })
if (native.status !== 0) process.exit(native.status ?? 1)
const run = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' })
process.exit(run.status ?? 0)
