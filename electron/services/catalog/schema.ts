/**
 * The catalog database schema: what a data pack holds once built. The pack builder writes it,
 * the catalog, students (matching) and reports services read it. Changes bump
 * CATALOG_SCHEMA_VERSION; an app refuses a pack built with a newer schema and brings an older one up
 * to date where it is installed or opened (catalog/upgrade.ts): changes must be additive.
 *
 * Versions: 1 the first packs; 2 added areas, area_wages and industry_wages (OEWS state, metro and
 * industry wages), which a version-1 pack gets empty (see ADDED_AFTER_V1).
 *
 * Conventions: O*NET-SOC codes as `29-2072.00`; SOC codes as `29-2072`; every table a section
 * comes from is listed in `table_sources` with the release it was read from, so the app can say
 * where each figure came from and "not in this pack" when a table is empty.
 */
export const CATALOG_SCHEMA_VERSION = 2

/** Tables schema 2 added (with their indexes): a version-1 pack lacks them and reads "no area wages". */
export const ADDED_AFTER_V1: readonly string[] = ['areas', 'area_wages', 'industry_wages']

export const CATALOG_SCHEMA = `
CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- keys: name, built_at, schema_version, content_checksum, sources (JSON PackSource[]), counts (JSON), attribution

CREATE TABLE table_sources (
  table_name TEXT PRIMARY KEY,
  source_kind TEXT NOT NULL,      -- onet-text | onet-csv | onet-excel | oews | ep | cip | clusters | starter
  release TEXT NOT NULL,          -- e.g. 'O*NET 30.3', 'OEWS May 2025', 'EP 2024-34'
  file TEXT NOT NULL,
  rows INTEGER NOT NULL
);

CREATE TABLE occupations (
  code TEXT PRIMARY KEY,          -- 29-2072.00
  soc TEXT NOT NULL,              -- 29-2072
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  major_group TEXT NOT NULL,      -- '29' (SOC major group)
  job_zone INTEGER,
  riasec_code TEXT,               -- high-point code, e.g. 'CI' or 'SAE' (areas with OI >= their high points)
  bright_outlook INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE titles (            -- alternate titles and sample reported titles
  code TEXT NOT NULL REFERENCES occupations(code),
  title TEXT NOT NULL,
  short_title TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('alternate','reported')),
  shown_in_my_next_move INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX titles_code ON titles(code);

CREATE TABLE tasks (
  code TEXT NOT NULL REFERENCES occupations(code),
  task_id INTEGER NOT NULL,
  task TEXT NOT NULL,
  task_type TEXT,                 -- 'Core' | 'Supplemental' | NULL
  PRIMARY KEY (code, task_id)
);

CREATE TABLE interests (          -- O*NET OI scale, 1-7
  code TEXT NOT NULL REFERENCES occupations(code),
  area TEXT NOT NULL CHECK (area IN ('R','I','A','S','E','C')),
  score REAL NOT NULL,
  PRIMARY KEY (code, area)
);

CREATE TABLE job_zone_reference (
  zone INTEGER PRIMARY KEY,       -- 30.2+ merges zones 1 and 2 into one row (zone 2 named 'Job Zone 1-2 ...')
  name TEXT NOT NULL,
  experience TEXT NOT NULL,
  education TEXT NOT NULL,
  job_training TEXT NOT NULL,
  examples TEXT NOT NULL,
  svp_range TEXT NOT NULL,
  covers_zones TEXT NOT NULL      -- e.g. '1,2' for the merged row
);

CREATE TABLE ratings (            -- knowledge, skills, abilities, work_activities, work_styles, work_values
  code TEXT NOT NULL REFERENCES occupations(code),
  domain TEXT NOT NULL,
  element_id TEXT NOT NULL,
  element_name TEXT NOT NULL,
  importance REAL,                -- IM (1-5); work_styles: WI; work_values: EX
  level REAL,                     -- LV (0-7) where the domain has it
  PRIMARY KEY (code, domain, element_id)
);
CREATE INDEX ratings_rank ON ratings(code, domain, importance DESC);

CREATE TABLE rating_domains (     -- one row per domain this pack holds
  domain TEXT PRIMARY KEY,
  release TEXT NOT NULL,
  importance_scale TEXT NOT NULL,
  level_scale TEXT,
  occupations_rated INTEGER NOT NULL
);

CREATE TABLE education_levels (   -- O*NET RL categories: % of workers reporting each required level
  code TEXT NOT NULL REFERENCES occupations(code),
  category INTEGER NOT NULL,
  percent REAL NOT NULL,
  PRIMARY KEY (code, category)
);
CREATE TABLE education_categories (category INTEGER PRIMARY KEY, name TEXT NOT NULL);

CREATE TABLE related_occupations (
  code TEXT NOT NULL REFERENCES occupations(code),
  related_code TEXT NOT NULL,
  tier TEXT,                      -- 'Primary-Short' | 'Primary-Long' | 'Supplemental' | NULL
  rank INTEGER NOT NULL,
  PRIMARY KEY (code, related_code)
);

CREATE TABLE technology (
  code TEXT NOT NULL REFERENCES occupations(code),
  example TEXT NOT NULL,
  category TEXT NOT NULL,         -- commodity / element name, e.g. 'Medical software'
  hot INTEGER NOT NULL DEFAULT 0,
  in_demand INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX technology_code ON technology(code);

CREATE TABLE tools (
  code TEXT NOT NULL REFERENCES occupations(code),
  example TEXT NOT NULL,
  category TEXT NOT NULL
);
CREATE INDEX tools_code ON tools(code);

-- BLS figures joined to each occupation. basis: 'exact' (own SOC), 'inherited' (detailed
-- .01/.02 code takes its parent SOC), 'broad' (only a broader BLS group had figures).
-- Wage columns hold numbers; *_flags is JSON {column: 'suppressed'|'topcoded'} for BLS * and #.
CREATE TABLE wages (
  code TEXT PRIMARY KEY REFERENCES occupations(code),
  soc_used TEXT NOT NULL,
  basis TEXT NOT NULL,
  release TEXT NOT NULL,
  tot_emp REAL,
  a_mean REAL, a_pct10 REAL, a_pct25 REAL, a_median REAL, a_pct75 REAL, a_pct90 REAL,
  h_mean REAL, h_pct10 REAL, h_pct25 REAL, h_median REAL, h_pct75 REAL, h_pct90 REAL,
  hourly_only INTEGER NOT NULL DEFAULT 0,
  flags TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE projections (
  code TEXT PRIMARY KEY REFERENCES occupations(code),
  soc_used TEXT NOT NULL,
  basis TEXT NOT NULL,
  release TEXT NOT NULL,
  base_year INTEGER NOT NULL,
  proj_year INTEGER NOT NULL,
  emp_base REAL,                  -- in jobs (BLS publishes thousands; the builder multiplies)
  emp_proj REAL,
  change_pct REAL,
  openings REAL,                  -- average annual openings, in jobs
  median_wage REAL,
  entry_education TEXT,
  work_experience TEXT,
  job_training TEXT
);

-- Totals for "all occupations" (e.g. growth 3.1%), used by outlook wording.
CREATE TABLE bls_totals (key TEXT PRIMARY KEY, value REAL NOT NULL, release TEXT NOT NULL);

-- BLS rows with no O*NET occupation, reported by the builder.
CREATE TABLE unmatched_bls (source TEXT NOT NULL, soc TEXT NOT NULL, title TEXT NOT NULL);

CREATE TABLE clusters (
  code TEXT NOT NULL REFERENCES occupations(code),
  cluster TEXT NOT NULL,
  pathway TEXT NOT NULL,
  PRIMARY KEY (code, cluster, pathway)
);

CREATE TABLE programs (           -- related college programs (CIP 2020) through the SOC 2018 crosswalk
  code TEXT NOT NULL REFERENCES occupations(code),
  cip TEXT NOT NULL,              -- '51.0707'
  cip_title TEXT NOT NULL,
  PRIMARY KEY (code, cip)
);

-- OEWS areas the pack holds wages for (state, MSA, nonmetro and all-data workbooks).
CREATE TABLE areas (
  area TEXT PRIMARY KEY,          -- BLS AREA: state FIPS '39', MSA '17460', nonmetro '3900002'
  title TEXT NOT NULL,            -- AREA_TITLE, e.g. 'Ohio', 'Columbus, OH'
  area_type INTEGER NOT NULL,     -- AREA_TYPE: 2 state, 3 territory, 4 MSA, 6 nonmetro
  state TEXT NOT NULL,            -- PRIM_STATE postal code ('OH'); an MSA's primary state
  release TEXT NOT NULL,
  file TEXT NOT NULL
);

-- Area wages joined to each occupation as wages is (basis exact | inherited | broad). Flags as
-- in wages, plus jobs_1000 / loc_quotient; a marker is never stored as 0.
CREATE TABLE area_wages (
  area TEXT NOT NULL REFERENCES areas(area),
  code TEXT NOT NULL REFERENCES occupations(code),
  soc_used TEXT NOT NULL,
  basis TEXT NOT NULL,
  tot_emp REAL,
  jobs_1000 REAL,
  loc_quotient REAL,
  a_mean REAL, a_pct10 REAL, a_pct25 REAL, a_median REAL, a_pct75 REAL, a_pct90 REAL,
  h_mean REAL, h_pct10 REAL, h_pct25 REAL, h_median REAL, h_pct75 REAL, h_pct90 REAL,
  hourly_only INTEGER NOT NULL DEFAULT 0,
  flags TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (area, code)
);
CREATE INDEX area_wages_code ON area_wages(code);

-- National industry-specific OEWS (nat3d/nat4d): who employs each occupation ("Where they work").
CREATE TABLE industry_wages (
  naics TEXT NOT NULL,            -- '622000'
  naics_title TEXT NOT NULL,
  i_group TEXT NOT NULL,          -- I_GROUP: 'sector', '3-digit', '4-digit', ...
  code TEXT NOT NULL REFERENCES occupations(code),
  soc_used TEXT NOT NULL,
  basis TEXT NOT NULL,
  release TEXT NOT NULL,
  tot_emp REAL,
  pct_total REAL,                 -- percent of the industry's employment in this occupation
  a_median REAL,
  h_median REAL,
  flags TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (naics, i_group, code)
);
CREATE INDEX industry_wages_code ON industry_wages(code, tot_emp DESC);

-- Previous codes that O*NET links to current ones (taxonomy crosswalks), for "what changed".
CREATE TABLE code_links (old_code TEXT NOT NULL, new_code TEXT NOT NULL, PRIMARY KEY (old_code, new_code));

-- Lay words a counselor or student may type, maintained in the pack builder ("cop" -> police).
CREATE TABLE synonyms (term TEXT NOT NULL, expansion TEXT NOT NULL, PRIMARY KEY (term, expansion));
`

/** Tables a pack must hold, with at least this many rows, to be installable. */
export const REQUIRED_TABLES: Record<string, number> = {
  manifest: 3,
  occupations: 1,
  job_zone_reference: 1,
}
