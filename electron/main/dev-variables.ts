/**
 * Environment variables that steer a development build (dev server, native module paths, test
 * builders and pauses, Node flags). A packaged app must not obey them: whoever can set a
 * variable could otherwise load any page with the whole API, or any native module or script.
 * Removing them from process.env also keeps them from the worker processes.
 */
export const DEV_VARIABLES = [
  'ELECTRON_RENDERER_URL',
  'CAREER_ATLAS_SQLITE_BINDING',
  'CAREER_ATLAS_CIPHER_BINDING',
  'CAREER_ATLAS_TEST_BUILDER',
  'CAREER_ATLAS_PACK_WORK_INLINE',
  'CAREER_ATLAS_TEST_PAUSE_AT',
  'CAREER_ATLAS_TEST_PAUSE_FILE',
  'ELECTRON_RUN_AS_NODE',
  'NODE_OPTIONS',
] as const

export function dropDevVariables(isPackaged: boolean): void {
  if (!isPackaged) return
  for (const name of DEV_VARIABLES) delete process.env[name]
}
