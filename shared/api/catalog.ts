import { z } from 'zod'
import type { OccupationProfile } from '../domain/catalog'
import { onetCode } from './common'
import { method } from './define'

export const catalogApi = {
  'catalog.profile': method<OccupationProfile>()(z.object({ code: onetCode }).strict()),
}
