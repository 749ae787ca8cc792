export declare const CELL: string
export declare const ROW: string
export interface PackedSheet {
  found: boolean
  sheet: string
  packed: string
  rowNumbers: number[]
  seen: string[]
  /** Text of the `notes` sheet when one was asked for. */
  notesText?: string
  /** SHA-256 (hex) of the workbook's bytes (readSheetPacked only). */
  sha256?: string
}
export declare function readSheetPacked(
  input: string | Uint8Array,
  sheet?: string,
  notes?: string,
): Promise<PackedSheet>
/** The exceljs reader the streaming one falls back to (tests compare the two). */
export declare function readSheetExceljs(
  input: string | Uint8Array,
  sheet?: string,
  notes?: string,
): Promise<PackedSheet>
/** The streaming reader alone (throws where readSheetPacked would fall back to exceljs). */
export declare function readSheetFast(input: string | Uint8Array, sheet?: string, notes?: string): PackedSheet
/** The streaming reader with native inflating (what readSheetPacked uses first). */
export declare function readSheetFastAsync(
  input: string | Uint8Array,
  sheet?: string,
  notes?: string,
): Promise<PackedSheet>
