/**
 * True when every absolute path inside an API input was granted by a native dialog. Services
 * take file paths (pack import/build); from the renderer they may only be paths the user chose.
 */
export function onlyGrantedPaths(input: unknown, granted: Set<string>): boolean {
  if (typeof input === 'string') return !isAbsolutePath(input) || granted.has(input)
  if (Array.isArray(input)) return input.every((v) => onlyGrantedPaths(v, granted))
  if (input && typeof input === 'object')
    return Object.values(input).every((v) => onlyGrantedPaths(v, granted))
  return true
}

function isAbsolutePath(s: string): boolean {
  return s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s) || s.startsWith('\\\\')
}
