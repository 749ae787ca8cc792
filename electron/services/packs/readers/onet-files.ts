/**
 * The O*NET tables the builder reads, with their file names in the classic text/Excel layout
 * (`db_XX_X_text`, `db_XX_X_excel`) and in the 30.3+ CSV layout (renamed files, see
 * ../shared/data/README.md). A release may hold any subset.
 */
export const ONET_FILES = {
  occupation_data: { classic: 'Occupation Data', csv: 'occupation_data' },
  interests: { classic: 'Interests', csv: 'career_interest_types' },
  job_zones: { classic: 'Job Zones', csv: 'job_zones' },
  job_zone_reference: { classic: 'Job Zone Reference', csv: 'job_zone_reference' },
  alternate_titles: { classic: 'Alternate Titles', csv: 'job_titles' },
  reported_titles: { classic: 'Sample of Reported Titles', csv: 'sample_of_reported_titles' },
  task_statements: { classic: 'Task Statements', csv: 'task_statements' },
  technology: { classic: 'Technology Skills', csv: 'software_skills' },
  tools: { classic: 'Tools Used', csv: 'tools_used' },
  related_occupations: { classic: 'Related Occupations', csv: 'related_occupations' },
  education: { classic: 'Education, Training, and Experience', csv: 'education' },
  education_categories: {
    classic: 'Education, Training, and Experience Categories',
    csv: 'education_categories',
  },
  knowledge: { classic: 'Knowledge', csv: 'knowledge' },
  // Classic Skills holds basic (2.A) and cross-functional (2.B) skills; 30.3 splits them in two files.
  skills: { classic: 'Skills', csv: null },
  essential_skills: { classic: null, csv: 'essential_skills' },
  transferable_skills: { classic: null, csv: 'transferable_skills' },
  abilities: { classic: 'Abilities', csv: 'abilities' },
  work_activities: { classic: 'Work Activities', csv: 'work_activities' },
  work_styles: { classic: 'Work Styles', csv: 'work_styles' },
  work_values: { classic: 'Work Values', csv: 'work_values' },
} as const satisfies Record<string, { classic: string | null; csv: string | null }>

export type OnetTable = keyof typeof ONET_FILES
export const ONET_TABLES = Object.keys(ONET_FILES) as OnetTable[]

export type OnetKind = 'onet-text' | 'onet-csv' | 'onet-excel'

/** Candidate file names for a table, in the order they are tried. */
export function candidateNames(table: OnetTable): { name: string; kind: OnetKind }[] {
  const f = ONET_FILES[table]
  const out: { name: string; kind: OnetKind }[] = []
  if (f.csv) out.push({ name: `${f.csv}.csv`, kind: 'onet-csv' })
  if (f.classic) {
    out.push({ name: `${f.classic}.txt`, kind: 'onet-text' })
    out.push({ name: `${f.classic}.xlsx`, kind: 'onet-excel' })
  }
  return out
}
