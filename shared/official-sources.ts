/**
 * The official downloads a full pack is built from: where a counselor finds each one (agency and
 * page, named, never linked: the app works offline) and what it adds. The Data screen's guide and
 * the "not found" lines of a build report both read this list.
 */
export interface OfficialSource {
  key: 'onet' | 'oews' | 'ep' | 'cip' | 'cip-codes' | 'clusters'
  name: string
  agency: string
  /** Where on the agency's site, in words. */
  where: string
  /** The file as it downloads. */
  file: string
  adds: string
  required?: boolean
}

export const OFFICIAL_SOURCES: OfficialSource[] = [
  {
    key: 'onet',
    name: 'O*NET database',
    agency: 'O*NET Resource Center (onetcenter.org), U.S. Department of Labor',
    where: 'Database › Download the current O*NET database (text, Excel or CSV: any of them)',
    file: 'db_30_3_text.zip (or _excel / _csv); older releases fill what the newest lacks',
    adds: 'every occupation, its description, tasks, alternate titles, interests, skills, knowledge, work styles and values, education and job zone',
    required: true,
  },
  {
    key: 'oews',
    name: 'Occupational Employment and Wage Statistics (OEWS)',
    agency: 'U.S. Bureau of Labor Statistics (bls.gov/oes)',
    where:
      'OEWS › Tables › the "National" download (not "All data": that one holds every state and industry too)',
    file: 'oesm25nat.zip (holds national_M2025_dl.xlsx)',
    adds: 'wages (median, 10th–90th percentiles) and employment',
  },
  {
    key: 'ep',
    name: 'Employment Projections',
    agency: 'U.S. Bureau of Labor Statistics (bls.gov/emp)',
    where: 'Employment Projections › Data › Occupational projections and worker characteristics',
    file: 'occupation.xlsx',
    adds: 'ten-year growth, openings per year, Bright Outlook, typical entry education',
  },
  {
    key: 'cip',
    name: 'CIP 2020 to SOC 2018 crosswalk',
    agency: 'National Center for Education Statistics (nces.ed.gov)',
    where: 'IPEDS › CIP › Resources › CIP–SOC crosswalk',
    file: 'CIP2020_SOC2018_Crosswalk.xlsx (or .csv)',
    adds: 'related college programs for each occupation',
  },
  {
    key: 'cip-codes',
    name: 'CIP 2020 code list',
    agency: 'National Center for Education Statistics (nces.ed.gov)',
    where: 'IPEDS › CIP › Resources › CIP 2020 codes and titles',
    file: 'CIPCode2020.csv',
    adds: 'the program titles (without it programs show by code)',
  },
  {
    key: 'clusters',
    name: 'Career Clusters',
    agency: 'O*NET OnLine (onetonline.org), U.S. Department of Labor',
    where: 'Browse by Career Cluster › All Career Clusters › Save table (CSV)',
    file: 'All_Career_Clusters.csv',
    adds: 'career clusters and pathways for browsing',
  },
]
