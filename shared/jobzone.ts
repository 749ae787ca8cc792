/**
 * The one way every screen and report names a job zone: "Job Zone 3", or "Job Zone 1–2" where the
 * pack's reference describes zones together (O*NET 30.2+ merges 1 and 2 into one row).
 */
export function jobZoneLabel(zone: number, covers: readonly number[] = [zone]): string {
  const c = [...new Set(covers.length ? covers : [zone])].sort((a, b) => a - b)
  return c.length > 1 ? `Job Zone ${c[0]}–${c[c.length - 1]}` : `Job Zone ${zone}`
}

/** "Job Zone 1-2: Little or Some Preparation Needed" → "Little or Some Preparation Needed". */
export function jobZoneTitle(name: string): string {
  return name.replace(/^Job Zone [^:]*:\s*/i, '')
}
