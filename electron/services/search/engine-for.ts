import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { SearchEngine } from './engine'

/** The engine for the installed catalog, rebuilt when a pack is installed or rolled back. */
export function searchEngineFor(ctx: ServiceContext): SearchEngine {
  const db = ctx.catalog.get()
  const cached = engines.get(ctx)
  if (cached && cached.version === ctx.catalog.version && cached.db === db) return cached.engine
  let engine: SearchEngine
  try {
    engine = new SearchEngine(db)
  } catch (e) {
    // A pack built before search existed, or damaged: searching cannot work until it is rebuilt.
    if (/no such table/.test((e as Error).message))
      throw new UserError(
        'PACK_INVALID',
        'The installed data pack has no search index.',
        'Import the data pack again (Data & About screen); Career Atlas builds the index while importing.',
      )
    throw e
  }
  engines.set(ctx, { version: ctx.catalog.version, db, engine })
  return engine
}

const engines = new WeakMap<ServiceContext, { version: number; db: unknown; engine: SearchEngine }>()
