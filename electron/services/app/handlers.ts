import type { appApi } from '../../../shared/api/app'
import type { HandlersFor } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { clientsMigrations } from '../db/migrations/clients'
import { latestVersion } from '../db/open'

export function appHandlers(ctx: ServiceContext): HandlersFor<typeof appApi> {
  return {
    'app.info': () => {
      let catalog = null
      if (ctx.catalog.exists()) {
        const db = ctx.catalog.get()
        const get = (k: string) =>
          (db.prepare('SELECT value FROM manifest WHERE key = ?').get(k) as { value: string } | undefined)
            ?.value
        const n = db.prepare('SELECT count(*) AS n FROM occupations').get() as { n: number }
        catalog = { name: get('name') ?? 'Unnamed pack', builtAt: get('built_at') ?? '', occupations: n.n }
      }
      return {
        appVersion: ctx.appVersion,
        dataDir: ctx.dataDir,
        clientsSchemaVersion: latestVersion(clientsMigrations),
        keyProtection: ctx.clientsKey ? (ctx.keyProtection ?? null) : null,
        catalog,
      }
    },
    'app.ping': () => ({ pong: true as const }),
  }
}
