/** 'C' = Core, 'S' = Supplemental (O*NET's task types). */
export type TaskLine = readonly ['C' | 'S', string]

/** Our own words for one occupation: a 2–3 sentence description and 6–10 tasks. */
export interface OccupationText {
  readonly description: string
  readonly tasks: readonly TaskLine[]
}

export type TextBook = Record<string, OccupationText>
