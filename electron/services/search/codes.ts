/**
 * Occupation codes typed in any common form: 29-2072.00, 29-2072, 292072, 29 2072, or the start
 * of one (29-20, 29). Anything else is a text search.
 */
const CODE_LIKE = /^\d{2}(?:[-\s]?\d{0,4}(?:\.\d{0,2})?)?$/

export function isCodeQuery(q: string): boolean {
  return CODE_LIKE.test(q.trim())
}

/** The code prefix a code-like query stands for: "292072" → "29-2072", "29-2072.0" → "29-2072.0". */
export function codePrefix(q: string): string {
  const digits = q.replace(/\D/g, '')
  let out = digits.slice(0, 2)
  if (digits.length > 2 || /[-\s]/.test(q.trim())) out += `-${digits.slice(2, 6)}`
  if (digits.length > 6 || q.includes('.')) out += `.${digits.slice(6, 8)}`
  return out
}

/** Codes starting with the typed prefix, the exact code first (codes are sorted). */
export function findCodes(q: string, sortedCodes: string[], limit: number): string[] {
  const prefix = codePrefix(q)
  let lo = 0
  let hi = sortedCodes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sortedCodes[mid] as string) < prefix) lo = mid + 1
    else hi = mid
  }
  const out: string[] = []
  for (let i = lo; i < sortedCodes.length && out.length < limit; i++) {
    const code = sortedCodes[i] as string
    if (!code.startsWith(prefix)) break
    out.push(code)
  }
  return out
}
