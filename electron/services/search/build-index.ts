import type { DB } from '../db/open'

/**
 * Called by the pack builder on the new catalog (writable) after every table is written: builds
 * the FTS5 search index and the synonym table inside the pack, so an installed pack is ready to
 * search with no work at start-up. Implemented by the search work.
 */
export function buildSearchIndex(_db: DB): void {}
