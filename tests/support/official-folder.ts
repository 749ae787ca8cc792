import { mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import { SHARED_DATA } from './tmp'

/**
 * The official files of ../shared/data laid out as a counselor's downloads folder, made of
 * symbolic links (nothing copied, nothing committed): the four O*NET releases in their own
 * folders (30.3 CSV, 30.1 text, 29.0 Excel, 27.0 text), both OEWS years and the EP workbook in
 * one folder, and the NCES and O*NET crosswalks (the CIP–SOC crosswalk as CSV and workbook).
 */
export function officialFolder(root: string): {
  dir: string
  onet: (r: string) => string
  file: (n: string) => string
} {
  const dir = join(root, 'downloads')
  const link = (from: string, toDir: string, name = basename(from)) => {
    mkdirSync(toDir, { recursive: true })
    symlinkSync(from, join(toDir, name))
  }
  for (const r of ['30.3_csv', '30.1_text', '29.0_excel', '27.0_text']) {
    const src = join(SHARED_DATA, 'onet', r)
    for (const f of readdirSync(src)) link(join(src, f), join(dir, 'onet', r))
  }
  for (const f of ['oews/national_M2025_dl.xlsx', 'oews/national_M2024_dl.xlsx', 'ep/occupation.xlsx'])
    link(join(SHARED_DATA, 'bls', f), join(dir, 'bls'))
  for (const f of [
    'nces_cip2020_soc2018/CIP2020_SOC2018_Crosswalk.csv',
    'nces_cip2020_soc2018/CIP2020_SOC2018_Crosswalk.xlsx',
    'nces_cip2020_soc2018/CIPCode2020.csv',
    'onet_career_clusters/All_Career_Clusters.csv',
  ])
    link(join(SHARED_DATA, 'crosswalks', f), join(dir, 'crosswalks'))
  return {
    dir,
    onet: (r) => join(dir, 'onet', r),
    file: (n) => join(dir, n),
  }
}
