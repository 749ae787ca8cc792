import { join } from 'node:path'
import type { BuildOptions } from '../../electron/services/packs/build/types'

/** The official files in ../shared/data, as the national pack combines them. */
export function nationalSources(shared: string, out: string): BuildOptions {
  const onet = join(shared, 'onet')
  const cw = join(shared, 'crosswalks')
  return {
    out,
    name: 'National (O*NET 30.3 + OEWS May 2025 + EP 2024-34)',
    onet: [
      join(onet, '30.3_csv'),
      { path: join(onet, '30.1_text'), release: '30.1' },
      join(onet, '29.0_excel'),
      join(onet, '27.0_text'),
    ],
    oews: join(shared, 'bls/oews/national_M2025_dl.xlsx'),
    ep: join(shared, 'bls/ep/occupation.xlsx'),
    cipCrosswalk: join(cw, 'nces_cip2020_soc2018/CIP2020_SOC2018_Crosswalk.csv'),
    cipCodes: join(cw, 'nces_cip2020_soc2018/CIPCode2020.csv'),
    clusters: join(cw, 'onet_career_clusters/All_Career_Clusters.csv'),
  }
}
