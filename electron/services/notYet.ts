import { UserError } from '../../shared/errors'

/** Placeholder for a method whose issue has not landed; removed as each domain is built. */
export function notYet(what: string): never {
  throw new UserError('NOT_FOUND', `${what} is not available in this version yet.`)
}
