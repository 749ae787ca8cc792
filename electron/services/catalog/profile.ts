import {
  educationChart,
  interestsChart,
  RIASEC_NAMES,
  wageRangeChart,
} from '../../../shared/charts/occupation'
import type {
  OccupationProfile,
  RelatedOccupation,
  RiasecArea,
  Section,
  SectionSource,
  Task,
  TechnologyItem,
} from '../../../shared/domain/catalog'
import { UserError } from '../../../shared/errors'
import type { DB } from '../db/open'
import { projectionFigures, wageFigures } from './bls'
import { fillTopcodes, type HomeArea, homeAreaWages, industriesFor, wagesByState } from './local'
import { hasSection, type PackMeta, packMeta, sourceOf } from './pack-meta'
import { jobZoneInfo, keyFacts, outlookSummary, overviewFigures } from './profile-facts'
import { statementsFor } from './profile-queries'
import { ratingSections } from './ratings'
import { majorGroupTitle } from './soc-groups'

type Row = Record<string, unknown>

/** How many sample titles a profile lists: reported titles first, then alternates. */
const SAMPLE_TITLES = 40

/** Which profile section each pack table feeds, for the "Sources" section. */
const SECTION_OF: Record<string, string> = {
  occupations: 'Title and description',
  titles: 'Sample job titles',
  tasks: 'Tasks',
  interests: 'Interests',
  job_zones: 'Job zone',
  job_zone_reference: 'Training (job zone text)',
  ratings: 'Ratings',
  education_levels: 'Education levels reported by workers',
  related_occupations: 'Related occupations',
  technology: 'Technology',
  tools: 'Tools',
  wages: 'Wages',
  projections: 'Employment, growth and openings',
  bls_totals: 'All-occupations growth',
  clusters: 'Career cluster and pathway',
  programs: 'Related college programs',
  area_wages: 'Wages in your area and by state',
  industry_wages: 'Where they work',
}

function section<T>(db: DB, meta: PackMeta, table: string, items: T[]): Section<T> {
  return { available: hasSection(db, meta, table), source: sourceOf(meta, table), items }
}

/** The whole occupation profile, every section the installed pack supports. */
export function buildProfile(db: DB, code: string, home: HomeArea | null = null): OccupationProfile {
  const s = statementsFor(db)
  const occ = s.occupation.get(code) as Row | undefined
  if (!occ)
    throw new UserError(
      'NOT_FOUND',
      `No occupation ${code} in the installed data pack.`,
      'Search for the career by name; codes change between O*NET releases.',
    )
  const meta = packMeta(db)
  const soc = String(occ.soc)
  const wages = fillTopcodes(db, wageFigures(s.wages.get(code) as Row | undefined, soc))
  const projections = projectionFigures(s.projections.get(code) as Row | undefined, soc)
  const outlook = outlookSummary(meta, projections, occ.bright_outlook === 1)
  const jobZone = jobZoneInfo(
    meta,
    (occ.job_zone as number | null) ?? null,
    sourceOf(meta, 'job_zone_reference'),
  )

  const titles = s.titles.all(code) as { title: string }[]
  const seen = new Set<string>()
  const sampleTitles = titles
    .map((t) => t.title)
    .filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()))
    .slice(0, SAMPLE_TITLES)

  const tasks: Task[] = (s.tasks.all(code) as Row[]).map((r) => ({
    id: Number(r.task_id),
    text: String(r.task),
    type: r.task_type === 'Core' || r.task_type === 'Supplemental' ? r.task_type : null,
  }))
  const interests = (s.interests.all(code) as { area: RiasecArea; score: number }[]).map((r) => ({
    area: r.area,
    name: RIASEC_NAMES[r.area],
    score: r.score,
  }))
  const education = (s.education.all(code) as { category: number; percent: number }[]).map((r) => ({
    category: r.category,
    name: meta.educationCategories.get(r.category) ?? `Category ${r.category}`,
    percent: r.percent,
  }))
  const related: RelatedOccupation[] = (s.related.all(code) as Row[]).map((r) => ({
    code: String(r.related_code),
    title: String(r.title),
    tier: (r.tier as string | null) ?? null,
    medianWage: (r.a_median as number | null) ?? null,
  }))
  const technology: TechnologyItem[] = (s.technology.all(code) as Row[]).map((r) => ({
    name: String(r.example),
    category: String(r.category),
    hot: r.hot === 1,
    inDemand: r.in_demand === 1,
  }))

  const sec = <T>(table: string, items: T[]) => section(db, meta, table, items)
  const profile: OccupationProfile = {
    code,
    soc,
    title: String(occ.title),
    description: String(occ.description),
    majorGroup: { code: String(occ.major_group), title: majorGroupTitle(String(occ.major_group)) },
    riasecCode: (occ.riasec_code as string | null) ?? null,
    keyFacts: keyFacts(meta, wages, projections, outlook, jobZone),
    overview: [],
    outlook,
    sampleTitles: sec('titles', sampleTitles),
    jobZone,
    wages,
    projections,
    tasks,
    tasksSource: sourceOf(meta, 'tasks'),
    ratings: ratingSections(db, meta, code),
    interests: sec('interests', interests),
    education: sec('education_levels', education),
    related: sec('related_occupations', related),
    programs: sec('programs', s.programs.all(code) as { cip: string; title: string }[]),
    clusters: sec('clusters', s.clusters.all(code) as { cluster: string; pathway: string }[]),
    technology: sec('technology', technology),
    tools: sec('tools', s.tools.all(code) as { name: string; category: string }[]),
    charts: {
      wagesAnnual: wageRangeChart([{ label: String(occ.title), wages }], 'annual'),
      wagesHourly: wageRangeChart([{ label: String(occ.title), wages }], 'hourly'),
      education: educationChart(education, sourceOf(meta, 'education_levels') ?? meta.name),
      interests: interestsChart(
        [{ label: String(occ.title), scores: Object.fromEntries(interests.map((i) => [i.area, i.score])) }],
        sourceOf(meta, 'interests') ?? meta.name,
      ),
    },
    sources: sources(meta),
    packName: meta.name,
  }
  profile.overview = overviewFigures(wages, projections)
  const title = String(occ.title)
  profile.homeArea = homeAreaWages(db, home, code, soc, title)
  const byState = wagesByState(db, code, home)
  profile.wagesByState = byState.section
  profile.wagesByStateChart = byState.chart
  profile.industries = industriesFor(db, code, wages?.employment.value ?? null)
  return profile
}

function sources(meta: PackMeta): SectionSource[] {
  const order = Object.keys(SECTION_OF)
  const base = (t: string) => t.split(':')[0] ?? t
  return [...meta.tables.values()]
    .filter((t) => t.rows > 0 && SECTION_OF[base(t.table)])
    .map((t) => {
      const part = t.table.split(':')[1]
      const label = SECTION_OF[base(t.table)] ?? t.table
      return { ...t, section: part ? `${label}: ${part.replace(/_/g, ' ')}` : label }
    })
    .sort(
      (a, b) => order.indexOf(base(a.table)) - order.indexOf(base(b.table)) || a.table.localeCompare(b.table),
    )
}
