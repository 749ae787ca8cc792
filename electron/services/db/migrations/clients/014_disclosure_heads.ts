import type { Migration } from '../../open'

// The newest entry of each student's chain, sealed apart from the chain: cutting entries off the
// end (or a whole chain) leaves the seal pointing past the log, so verification notices.
export const m014: Migration = {
  version: 14,
  name: 'disclosure chain heads',
  up: (db) => {
    db.exec(`
      CREATE TABLE disclosure_heads (student_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL);
      INSERT INTO disclosure_heads (student_id, seq, hash)
        SELECT d.student_id, d.seq, d.hash FROM disclosures d
        WHERE d.seq = (SELECT max(seq) FROM disclosures x WHERE x.student_id = d.student_id);
      CREATE TRIGGER disclosures_advance_head AFTER INSERT ON disclosures BEGIN
        INSERT INTO disclosure_heads (student_id, seq, hash) VALUES (NEW.student_id, NEW.seq, NEW.hash)
        ON CONFLICT (student_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
      END;
      CREATE TRIGGER disclosure_heads_forward_only BEFORE UPDATE ON disclosure_heads
      WHEN NEW.student_id <> OLD.student_id OR NEW.seq <> OLD.seq + 1
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;
      CREATE TRIGGER disclosure_heads_no_delete BEFORE DELETE ON disclosure_heads
      WHEN NOT EXISTS (SELECT 1 FROM disclosure_purge_gate g WHERE g.student_id = OLD.student_id)
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;
    `)
  },
}
