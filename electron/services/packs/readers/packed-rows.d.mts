export declare const CELL: string
export declare const ROW: string
