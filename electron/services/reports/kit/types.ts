/** The document every kit helper draws on: its own file, so doc.ts and fonts.ts need not import each other. */
export type Doc = PDFKit.PDFDocument
export type Paper = 'letter' | 'a4'
