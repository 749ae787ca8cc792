/** Every month from the one holding `from` to the one holding `to`, as 'YYYY-MM'; at most the last ten years. */
export function monthsBetween(from: string, to: string, max = 120): string[] {
  const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1
  const end = index(to)
  const start = Math.max(index(from), end - max + 1)
  const out: string[] = []
  for (let k = start; k <= end; k++)
    out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`)
  return out
}
