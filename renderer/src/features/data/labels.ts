/** The catalog tables a counselor cares about, in the order a profile shows them. */
export const TABLE_LABELS: Record<string, string> = {
  occupations: 'Occupations',
  titles: 'Other job titles',
  tasks: 'Tasks',
  interests: 'Interest profiles (RIASEC)',
  job_zone_reference: 'Job zones',
  ratings: 'Skills, knowledge, work styles and values',
  education_levels: 'Education levels',
  technology: 'Technology skills',
  tools: 'Tools',
  related_occupations: 'Related occupations',
  wages: 'Wages (BLS OEWS)',
  projections: 'Projections (BLS EP)',
  programs: 'College programs (CIP)',
  clusters: 'Career clusters',
  code_links: 'Code changes between releases',
}

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' })

export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return 'unknown'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : when.format(d)
}
