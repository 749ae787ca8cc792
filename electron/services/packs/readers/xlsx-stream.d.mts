export interface ZipEntry {
  name: string
  method: number
  csize: number
  size: number
  local: number
}
export declare function zipDirectory(buf: Uint8Array): Map<string, ZipEntry>
export declare function xlsxSheets(
  buf: Uint8Array,
  entries?: Map<string, ZipEntry>,
): { name: string; path: string }[]
export declare function forEachXlsxRow(
  buf: Uint8Array,
  sheet: string | undefined,
  onRow: (cells: string[], rowNumber: number) => void,
): { found: boolean; sheet: string; seen: string[] }
/** As forEachXlsxRow, inflated by Node's zlib in a stream (for reader threads). */
export declare function forEachXlsxRowAsync(
  buf: Uint8Array,
  sheet: string | undefined,
  onRow: (cells: string[], rowNumber: number) => void,
): Promise<{ found: boolean; sheet: string; seen: string[] }>
export declare function xlsxSheetText(buf: Uint8Array, sheet: string): string
