// Child process for the kill -9 test: opens the services on a data folder and installs a pack.
// The parent sets CAREER_ATLAS_TEST_PAUSE_AT so the install stops at a chosen stage, then kills it.
import { createServices } from '../../electron/services'
import { installPack } from '../../electron/services/packs/install/install'
import { RESOURCES } from './tmp'

async function main(): Promise<void> {
  const [dataDir, pack] = process.argv.slice(2)
  const services = await createServices({ dataDir: dataDir!, resourcesDir: RESOURCES, appVersion: 't' })
  // In-process, so the pause hooks of every stage (copy, validate, swap) run in this process.
  installPack(services.ctx, pack!)
  services.close()
}

void main()
