import type { ServiceContext } from '../context'

/**
 * On first start (no catalog.sqlite), builds the catalog from resources/starter-pack with the
 * same importer that reads official releases. Implemented by the data-packs work.
 */
export async function ensureStarterCatalog(_ctx: ServiceContext): Promise<void> {}
