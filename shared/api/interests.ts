import { z } from 'zod'
import type { InterestProfile, MatchExplanation, MatchResult } from '../domain/interests'
import { id, isoDate, onetCode, shortText } from './common'
import { method } from './define'

const score = z
  .number({ error: 'Each area score must be a number from 0 to 40.' })
  .min(0, 'Interest Profiler scores run from 0 to 40.')
  .max(40, 'Interest Profiler scores run from 0 to 40.')
const answer = z.enum(['agree', 'unsure', 'disagree'])
const common = { studentId: id, takenOn: isoDate, note: shortText(1000).optional() }

/** One way of recording a profile per source; all are stored on the 0-40 scale. */
export const profileInput = z.discriminatedUnion('source', [
  z
    .object({
      ...common,
      source: z.literal('profiler'),
      scores: z.object({ R: score, I: score, A: score, S: score, E: score, C: score }).strict(),
    })
    .strict(),
  z.object({ ...common, source: z.literal('holland'), code: z.string().trim().min(1).max(12) }).strict(),
  z
    .object({
      ...common,
      source: z.literal('quick'),
      answers: z.record(z.string().max(8), answer).refine((r) => Object.keys(r).length <= 100),
    })
    .strict(),
])

const zones = z.array(z.number().int().min(1).max(5)).max(5)

export const interestsApi = {
  'interests.list': method<InterestProfile[]>()(z.object({ studentId: id }).strict()),
  'interests.add': method<InterestProfile>()(profileInput),
  'interests.remove': method<{ removed: boolean }>()(z.object({ id }).strict()),
  /** Ranks the installed pack's occupations against a profile (the student's latest by default). */
  'interests.match': method<MatchResult>()(
    z
      .object({
        studentId: id,
        profileId: id.optional(),
        zones: zones.optional(),
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
  ),
  'interests.explain': method<MatchExplanation>()(
    z.object({ studentId: id, profileId: id.optional(), code: onetCode }).strict(),
  ),
}
