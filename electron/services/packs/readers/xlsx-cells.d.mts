/** A row parser fed with a sheet's inflated bytes piece by piece (xlsx-stream.mjs feeds it). */
export declare function sheetRows(
  strings: string[],
  onRow: (cells: string[], rowNumber: number) => void,
): { push(piece: Uint8Array): void; end(): void }
export declare function runsText(xml: string): string
export declare function unescapeXml(s: string): string
