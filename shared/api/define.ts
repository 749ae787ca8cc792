import type { z } from 'zod'

/**
 * A method of the API: its input schema and, as a phantom type, its result.
 * The result is never produced at run time; it only lets every caller be typed.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I
  output: O
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input, output: undefined as O })
}

export type MethodMap = Record<string, MethodDef>

/** The handler map a domain's service must provide for its slice of the contract. */
export type HandlersFor<M extends MethodMap> = {
  [K in keyof M]: (input: z.output<M[K]['input']>) => Promise<M[K]['output']> | M[K]['output']
}
