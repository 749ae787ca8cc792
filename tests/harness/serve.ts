import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PlainFileKeyStore } from '../../electron/services/security/key-store'
import { startHarness } from './server'

// `npm run web`: the app in a browser, on a data folder of its own (CAREER_ATLAS_DATA_DIR to reuse one).
const root = resolve(__dirname, '../..')
const dataDir = process.env.CAREER_ATLAS_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'career-atlas-web-'))
const port = Number(process.env.PORT ?? 0)

startHarness({
  dataDir,
  resourcesDir: join(root, 'resources'),
  rendererDir: join(root, 'out/renderer'),
  appVersion: require('../../package.json').version as string,
  port,
  // Records are encrypted as in the desktop app; the key sits in a plain file (harness only).
  keyStore: new PlainFileKeyStore(join(dataDir, 'harness.key')),
}).then(
  (h) => {
    console.log(`Career Atlas harness (development and testing only), data in ${dataDir}`)
    console.log(h.url)
    const stop = () => h.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  },
  (e) => {
    console.error(`Could not start the harness: ${(e as Error).message}`)
    process.exit(1)
  },
)
