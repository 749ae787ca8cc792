/** An ENOSPC error like the one a full disk raises, for InstallHooks.beforeWrite. */
export function diskFullError(): NodeJS.ErrnoException {
  const e = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException
  e.code = 'ENOSPC'
  return e
}
