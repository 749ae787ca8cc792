/**
 * The occupations in the starter pack: ones a high-school counselor is asked about often,
 * chosen so every job zone (1–5) and every RIASEC high point appears. 35-3023.01 and
 * 33-3051.04 are detailed O*NET codes whose BLS figures come from their parent SOC, so the
 * importer's "inherited" wage path runs on the starter pack too. (33-3051.01 was retired
 * in O*NET-SOC 2019; 33-3051.04 is the child code that exists in the official files.)
 */
export const STARTER_CODES = [
  // Job zone 1
  '35-3023.00',
  '35-3023.01',
  '35-2021.00',
  '37-3011.00',
  '39-3091.00',
  // Job zone 2
  '51-4121.00',
  '53-3032.00',
  '47-2031.00',
  '27-2011.00',
  '39-9011.00',
  '41-2031.00',
  '41-2011.00',
  '35-2014.00',
  '35-3031.00',
  '43-4051.00',
  '39-2021.00',
  // Job zone 3
  '29-2061.00',
  '47-2111.00',
  '33-3051.00',
  '33-3051.04',
  '29-2056.00',
  '31-9092.00',
  '35-1011.00',
  '29-1292.00',
  '29-2042.00',
  '39-5012.00',
  '49-3023.00',
  '33-2011.00',
  '15-1254.00',
  '47-2152.00',
  '49-9021.00',
  '29-2052.00',
  '29-2072.00',
  '31-1131.00',
  '25-2011.00',
  // Job zone 4
  '29-1141.00',
  '25-2021.00',
  '25-2031.00',
  '15-1252.00',
  '27-1024.00',
  '13-2011.00',
  '21-1021.00',
  '27-2042.00',
  '15-1251.00',
  '17-2141.00',
  '11-2021.00',
  // Job zone 5
  '29-1123.00',
  '29-1051.00',
  '23-1011.00',
  '29-1131.00',
  '21-1012.00',
  '29-1215.00',
  '19-3033.00',
] as const

export type StarterCode = (typeof STARTER_CODES)[number]

/** SOC 2018 code of an O*NET-SOC code: the BLS and NCES files use it. */
export const socOf = (code: string): string => code.slice(0, 7)

export const RELEASE_NAME = 'Career Atlas Starter Pack 2026.1'
