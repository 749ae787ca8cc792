import { zodResolver } from '@hookform/resolvers/zod'
import {
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormProps,
  type UseFormReturn,
  useForm,
} from 'react-hook-form'
import type { z } from 'zod'
import { api, type InputOf, type MethodName, type ParsedInputOf } from '../../../shared/api'
import { type FormError, toFormError } from '../components/ui'

/**
 * A form validated by the same zod schema the services check (shared/api), so the message under
 * a field on screen is the message the services would give.
 */
type FormIn<M extends MethodName> = Extract<InputOf<M>, FieldValues>
type FormOut<M extends MethodName> = Extract<ParsedInputOf<M>, FieldValues>

export function useApiForm<M extends MethodName>(
  method: M,
  props: UseFormProps<FormIn<M>, unknown, FormOut<M>> = {},
): UseFormReturn<FormIn<M>, unknown, FormOut<M>> {
  return useSchemaForm(api[method].input as unknown as z.ZodType<FormOut<M>, FormIn<M>>, props)
}

/**
 * For a form that holds part of a method's input: pass a schema derived from the contract
 * (`api['students.update'].input.pick({...})`, `.omit`, `.extend`), never a hand-written copy.
 */
export function useSchemaForm<Out extends FieldValues, In extends FieldValues>(
  schema: z.ZodType<Out, In>,
  props: UseFormProps<In, unknown, Out> = {},
): UseFormReturn<In, unknown, Out> {
  return useForm<In, unknown, Out>({
    resolver: zodResolver(schema as never) as unknown as Resolver<In, unknown, Out>,
    ...props,
  })
}

/**
 * Shows a failed save on the form: each VALIDATION detail from the services lands on its field
 * (by path, as the schema names it); the message and fix come back for the form's banner.
 */
export function applyApiError<In extends FieldValues, Out extends FieldValues>(
  form: UseFormReturn<In, unknown, Out>,
  e: unknown,
): FormError {
  const error = toFormError(e)
  let first = true
  for (const [path, message] of Object.entries(error.fields)) {
    form.setError(path as Path<In>, { type: 'server', message }, { shouldFocus: first })
    first = false
  }
  return error
}
