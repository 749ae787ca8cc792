import { join } from 'node:path'
import { CatalogHolder } from '../../catalog/holder'
import type { ServiceContext } from '../../context'
import { openClientsReadonly } from '../../db/clients'
import type { BatchJob } from './types'

/**
 * What a batch worker reads from: the records (read-only, with the key sent over the IPC pipe)
 * and the installed catalog, dated with the main process's clock.
 */
export function openBatchContext(job: BatchJob) {
  const clients = openClientsReadonly(
    join(job.dataDir, 'clients.sqlite'),
    job.clientsKey ? Buffer.from(job.clientsKey, 'hex') : null,
  )
  const catalog = new CatalogHolder(job.dataDir)
  const now = new Date(job.now)
  const ctx = {
    dataDir: job.dataDir,
    resourcesDir: job.resourcesDir,
    clients,
    catalog,
    now: () => now,
  } as unknown as ServiceContext
  const env = { paper: job.paper, fontsDir: join(job.resourcesDir, 'fonts'), now }
  const close = () => {
    clients.close()
    catalog.close()
  }
  return { ctx, env, now, close }
}
