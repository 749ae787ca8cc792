import { CREATIVE_BUSINESS_TECH } from './creative-business-tech'
import { EDUCATION_AND_PEOPLE } from './education-and-people'
import { FOOD_AND_SERVICE } from './food-and-service'
import { HEALTH } from './health'
import { TRADES_AND_SAFETY } from './trades-and-safety'
import type { TextBook } from './types'

export const TEXTS: TextBook = {
  ...FOOD_AND_SERVICE,
  ...HEALTH,
  ...TRADES_AND_SAFETY,
  ...EDUCATION_AND_PEOPLE,
  ...CREATIVE_BUSINESS_TECH,
}
