// The one look of every Career Atlas report: a restrained publisher's palette that still reads
// in greyscale (every colour pair differs in lightness, and series also carry patterns).
export const ink = '#17212b'
export const muted = '#5a6573'
export const faint = '#8a94a1'
export const rule = '#cfd6de'
export const tint = '#eef2f6'
export const accent = '#1d5a85'
export const accentLight = '#d7e5f0'
/** Between accentLight and accent: the middle half of a wage range. */
export const accentMid = '#7ea6c4'
/** The page itself: the ground under patterned bars, text on the accent band. */
export const paper = '#ffffff'
/** Every other table row. */
export const zebra = '#f7f9fb'
/** The PREVIEW band and watermark: a copy not to hand out. */
export const alert = '#b3261e'
/** Quieter text on the accent band of the cover (kicker, date line). */
export const onAccentFaint = '#cfe0ee'
export const onAccentMuted = '#dbe8f2'

export const font = { regular: 'Body', bold: 'Body-Bold' } as const

export const size = {
  title: 24,
  h1: 15,
  h2: 11.5,
  body: 9.5,
  small: 8,
  tiny: 7,
} as const

/** Space after blocks, in points. */
export const gap = { block: 12, para: 6, tight: 3 } as const
