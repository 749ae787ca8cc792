/**
 * The full national pack built from ../shared/data, built once and cached under .tmp/ for every
 * test and benchmark that needs real data. Implemented by the data-packs work.
 */
export async function nationalPackPath(): Promise<string> {
  throw new Error('The national pack builder is not available yet.')
}
