// The separators rows travel with between the reader threads and the builder (cells joined by
// CELL, rows by ROW). A module of their own, free of side effects: xlsx-sheet.mjs answers every
// message on its thread's port, so a thread that imported it for these two would read each of
// its workbooks a second time.
export const CELL = '\x1f'
export const ROW = '\x1e'
