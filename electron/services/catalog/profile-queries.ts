import type { DB, Statement } from '../db/open'
import { statements } from '../db/statements'
import { packMeta } from './pack-meta'

type Stmt = Statement<unknown[]>
export interface ProfileStatements {
  occupation: Stmt
  wages: Stmt
  projections: Stmt
  titles: Stmt
  tasks: Stmt
  interests: Stmt
  education: Stmt
  related: Stmt
  technology: Stmt
  tools: Stmt
  programs: Stmt
  clusters: Stmt
}

/** Prepared once per catalog handle (statements()): a profile is a dozen indexed lookups, well under 5 ms. */
export function statementsFor(db: DB): ProfileStatements {
  const prepare = statements(db)
  const tables = packMeta(db).present
  // A table an older pack lacks becomes a query that returns nothing.
  const q = (table: string, sql: string): Stmt =>
    prepare(tables.has(table) ? sql : 'SELECT NULL AS none WHERE 0 AND ?')
  return {
    occupation: prepare('SELECT * FROM occupations WHERE code = ?'),
    wages: q('wages', 'SELECT * FROM wages WHERE code = ?'),
    projections: q('projections', 'SELECT * FROM projections WHERE code = ?'),
    titles: q(
      'titles',
      `SELECT title FROM titles WHERE code = ?
         ORDER BY kind = 'reported' DESC, shown_in_my_next_move DESC, title`,
    ),
    tasks: q(
      'tasks',
      `SELECT task_id, task, task_type FROM tasks WHERE code = ?
         ORDER BY CASE task_type WHEN 'Core' THEN 0 WHEN 'Supplemental' THEN 1 ELSE 2 END, task_id`,
    ),
    interests: q(
      'interests',
      `SELECT area, score FROM interests WHERE code = ?
         ORDER BY instr('RIASEC', area)`,
    ),
    education: q(
      'education_levels',
      'SELECT category, percent FROM education_levels WHERE code = ? ORDER BY category',
    ),
    related: q(
      'related_occupations',
      `SELECT r.related_code, r.tier, o.title, w.a_median FROM related_occupations r
         JOIN occupations o ON o.code = r.related_code
         LEFT JOIN wages w ON w.code = r.related_code
         WHERE r.code = ? ORDER BY r.rank LIMIT 20`,
    ),
    technology: q(
      'technology',
      'SELECT example, category, hot, in_demand FROM technology WHERE code = ? ORDER BY hot DESC, in_demand DESC, category, example',
    ),
    tools: q(
      'tools',
      'SELECT example AS name, category FROM tools WHERE code = ? ORDER BY category, example',
    ),
    programs: q('programs', 'SELECT cip, cip_title AS title FROM programs WHERE code = ? ORDER BY cip'),
    clusters: q('clusters', 'SELECT cluster, pathway FROM clusters WHERE code = ? ORDER BY cluster, pathway'),
  }
}
