import { FIX_OFFICIAL, packInvalid } from './problem'
import { column } from './table'
import { readTabular } from './tabular'

export interface ClusterRow {
  code: string
  cluster: string
  pathway: string
}

/**
 * O*NET `All_Career_Clusters.csv`. A code in several clusters lists them `; `-separated in
 * both cells, paired by position.
 */
export async function readClusters(file: string): Promise<ClusterRow[]> {
  const t = await readTabular(file, (c) => c.some((h) => /^career cluster$/i.test(h.trim())))
  const cCluster = column(t, ['Career Cluster'])
  const cPath = column(t, ['Career Pathway'])
  const cCode = column(t, ['Code', 'O*NET-SOC Code'])
  const out: ClusterRow[] = []
  t.rows.forEach((cells, i) => {
    const code = (cells[cCode] ?? '').trim()
    if (!code) return
    if (!/^\d\d-\d{4}\.\d\d$/.test(code)) {
      throw packInvalid(
        file,
        `${t.where(i)}, column Code`,
        `"${code}" is not an O*NET-SOC code like 29-2072.00.`,
        FIX_OFFICIAL,
      )
    }
    const clusters = (cells[cCluster] ?? '').split(';').map((s) => s.trim())
    const pathways = (cells[cPath] ?? '').split(';').map((s) => s.trim())
    if (clusters.length !== pathways.length) {
      throw packInvalid(
        file,
        t.where(i),
        `${clusters.length} clusters but ${pathways.length} pathways are listed; they must pair up.`,
        FIX_OFFICIAL,
      )
    }
    clusters.forEach((cluster, k) => {
      if (cluster) out.push({ code, cluster, pathway: pathways[k] ?? '' })
    })
  })
  return out
}
