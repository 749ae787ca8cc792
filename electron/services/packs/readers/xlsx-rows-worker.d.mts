export declare const POSTED: number
export declare const AHEAD: number
export declare const BEAT: number
