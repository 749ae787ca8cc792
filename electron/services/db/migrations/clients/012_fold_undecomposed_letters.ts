import type { Migration } from '../../open'

// Search keys now also fold letters without a decomposition (ø, æ, ß, đ, ł …): recompute them.
export const m012: Migration = {
  version: 12,
  name: 'student search keys fold ø, æ, ß and similar letters',
  up: (db) => {
    const rows = db.prepare('SELECT id, name, preferred_name, student_number FROM students').all() as {
      id: number
      name: string
      preferred_name: string | null
      student_number: string | null
    }[]
    const set = db.prepare('UPDATE students SET search_key = ? WHERE id = ?')
    // The search-key fold as it was when this step shipped (shared/domain/students.ts then),
    // frozen here so later changes to live search code cannot change what this step does.
    const undecomposed: Record<string, string> = {
      ø: 'o',
      æ: 'ae',
      œ: 'oe',
      ß: 'ss',
      đ: 'd',
      ł: 'l',
      þ: 'th',
      ı: 'i',
    }
    for (const r of rows) {
      const key = [r.name, r.preferred_name, r.student_number]
        .filter((p): p is string => !!p)
        .join(' ')
        .normalize('NFKD')
        // biome-ignore lint/complexity/useRegexLiterals: esbuild rewrites a \p{…} literal, changing the fingerprint
        .replace(new RegExp('\\p{M}', 'gu'), '')
        .toLowerCase()
        .replace(/[øæœßđłþı]/g, (c) => undecomposed[c] ?? c)
      set.run(key, r.id)
    }
  },
}
