import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVENTORY, INVENTORY_NOTICE } from '../../shared/inventory'
import { AREAS, type InventoryAnswer, scoreInventory } from '../../shared/riasec'
import { SHARED_DATA } from '../support/tmp'

const all = (a: InventoryAnswer) => Object.fromEntries(INVENTORY.map((i) => [i.id, a]))

describe('the quick interest inventory', () => {
  it('has six statements per area with unique ids', () => {
    expect(INVENTORY).toHaveLength(36)
    for (const a of AREAS) expect(INVENTORY.filter((i) => i.area === a)).toHaveLength(6)
    expect(new Set(INVENTORY.map((i) => i.id)).size).toBe(36)
  })

  it('says it is a quick exploration aid and not the O*NET Interest Profiler', () => {
    expect(INVENTORY_NOTICE).toMatch(/quick exploration aid/)
    expect(INVENTORY_NOTICE).toMatch(/not the O\*NET Interest Profiler/)
  })

  it('uses none of O*NET’s own illustrative activity wording', () => {
    const onet = readFileSync(
      join(SHARED_DATA, 'onet/30.3_csv/interests_illustrative_activities.csv'),
      'utf8',
    ).toLowerCase()
    for (const item of INVENTORY) expect(onet).not.toContain(item.text.toLowerCase())
  })

  it('scores agree 2, unsure 1, disagree 0, scaled to 0-40', () => {
    expect(scoreInventory(INVENTORY, all('agree')).scores).toEqual([40, 40, 40, 40, 40, 40])
    expect(scoreInventory(INVENTORY, all('unsure')).scores).toEqual([20, 20, 20, 20, 20, 20])
    const answers = all('disagree')
    // Social: 3 agree, 2 unsure, 1 disagree = 8 of 12 points -> 26.7 -> 27
    Object.assign(answers, { s1: 'agree', s2: 'agree', s3: 'agree', s4: 'unsure', s5: 'unsure' })
    answers.e1 = 'agree'
    expect(scoreInventory(INVENTORY, answers).scores).toEqual([0, 0, 0, 27, 7, 0])
  })

  it('reports unanswered statements instead of scoring them as zero', () => {
    const answers = all('agree')
    delete answers.c6
    delete answers.r1
    expect(scoreInventory(INVENTORY, answers).missing.sort()).toEqual(['c6', 'r1'])
  })
})
