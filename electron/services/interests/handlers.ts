import type { HandlersFor } from '../../../shared/api/define'
import type { interestsApi } from '../../../shared/api/interests'
import type { ServiceContext } from '../context'
import { explainMatch, matchStudent } from './match'
import { addProfile, listProfiles, removeProfile } from './profiles'

export function interestsHandlers(ctx: ServiceContext): HandlersFor<typeof interestsApi> {
  return {
    'interests.list': ({ studentId }) => listProfiles(ctx.clients, studentId),
    'interests.add': (input) => addProfile(ctx, input),
    'interests.remove': ({ id }) => removeProfile(ctx.clients, id),
    'interests.match': (input) => matchStudent(ctx, input),
    'interests.explain': (input) => explainMatch(ctx, input),
  }
}
