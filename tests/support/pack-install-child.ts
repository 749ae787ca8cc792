// Child process for the kill -9 test: opens the services on a data folder and installs a pack,
// stopping at the stage the parent names (argv) so the parent can kill it there.
import { writeFileSync } from 'node:fs'
import { createServices } from '../../electron/services'
import { installPack } from '../../electron/services/packs/install/install'
import { RESOURCES } from './tmp'

async function main(): Promise<void> {
  const [dataDir, pack, stopAt, marker] = process.argv.slice(2)
  const services = await createServices({
    dataDir: dataDir!,
    resourcesDir: RESOURCES,
    appVersion: 't',
    hooks: {
      install: {
        reached: (stage) => {
          if (stage !== stopAt) return
          writeFileSync(marker!, stage)
          // Block this thread (not just this task) so nothing else runs before the kill arrives.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000)
        },
      },
    },
  })
  // In-process, so every stage (copy, validate, swap) runs in this process.
  installPack(services.ctx, pack!)
  services.close()
}

void main()
