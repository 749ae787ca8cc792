import type { Area } from './riasec'

/**
 * Career Atlas quick interest inventory: 36 short statements, six per area, written by the
 * Career Atlas team. It is NOT the O*NET Interest Profiler and uses none of its items; it is a
 * quick exploration aid for a first conversation, not a validated assessment. Item ids are
 * stable (stored answers refer to them): add new items with new ids, never renumber.
 */
export interface InventoryItem {
  id: string
  area: Area
  text: string
}

export const INVENTORY_TITLE = 'Quick interest check'
export const INVENTORY_NOTICE =
  'A quick exploration aid written for Career Atlas, not the O*NET Interest Profiler and not a test. ' +
  'It gives a rough picture of which kinds of work sound appealing, to start a conversation.'
export const INVENTORY_PROMPT = 'Would you enjoy doing this?'

export const INVENTORY: readonly InventoryItem[] = [
  { id: 'r1', area: 'R', text: 'Put together furniture or a bike from its parts' },
  { id: 'i1', area: 'I', text: 'Work out why a science experiment gave a surprising result' },
  { id: 'a1', area: 'A', text: 'Design a poster or logo for a school event' },
  { id: 's1', area: 'S', text: 'Help a younger student who is stuck on homework' },
  { id: 'e1', area: 'E', text: 'Convince people to join a club you started' },
  { id: 'c1', area: 'C', text: 'Keep a budget for a group trip up to date' },
  { id: 'r2', area: 'R', text: 'Fix a leaking tap or a broken lamp' },
  { id: 'i2', area: 'I', text: 'Read about how the brain or the body works' },
  { id: 'a2', area: 'A', text: 'Write a short story, song or poem' },
  { id: 's2', area: 'S', text: 'Listen to a friend talk through a problem' },
  { id: 'e2', area: 'E', text: 'Sell tickets or products at a fundraiser' },
  { id: 'c2', area: 'C', text: 'Sort files, photos or music into a clear system' },
  { id: 'r3', area: 'R', text: 'Work outdoors planting, building or caring for animals' },
  { id: 'i3', area: 'I', text: 'Solve logic puzzles or tricky math problems' },
  { id: 'a3', area: 'A', text: 'Act, dance or play music in front of an audience' },
  { id: 's3', area: 'S', text: 'Teach someone a new skill step by step' },
  { id: 'e3', area: 'E', text: 'Lead a team and decide how to split the work' },
  { id: 'c3', area: 'C', text: 'Check a form or report carefully for mistakes' },
  { id: 'r4', area: 'R', text: 'Use power tools or drive heavy equipment' },
  { id: 'i4', area: 'I', text: 'Collect data and look for patterns in it' },
  { id: 'a4', area: 'A', text: 'Take photos or make videos that tell a story' },
  { id: 's4', area: 'S', text: 'Volunteer at a hospital, shelter or community center' },
  { id: 'e4', area: 'E', text: 'Plan how to turn an idea into a small business' },
  { id: 'c4', area: 'C', text: 'Enter information into a spreadsheet accurately' },
  { id: 'r5', area: 'R', text: 'Cook a meal for many people in a busy kitchen' },
  { id: 'i5', area: 'I', text: 'Test which of two ideas works better, and find out why' },
  { id: 'a5', area: 'A', text: 'Decorate a room or choose colours and styles for clothing' },
  { id: 's5', area: 'S', text: 'Help settle an argument between two classmates' },
  { id: 'e5', area: 'E', text: 'Speak up for your group in a meeting with adults' },
  { id: 'c5', area: 'C', text: 'Follow a checklist so that nothing gets missed' },
  { id: 'r6', area: 'R', text: 'Repair a car engine or a computer' },
  { id: 'i6', area: 'I', text: 'Write a computer program that answers a question' },
  { id: 'a6', area: 'A', text: 'Sketch or paint something from your imagination' },
  { id: 's6', area: 'S', text: 'Coach a sports team or lead a youth group' },
  { id: 'e6', area: 'E', text: 'Negotiate a better price or a better deal' },
  { id: 'c6', area: 'C', text: 'Keep track of supplies and order more when they run low' },
]

export const INVENTORY_IDS: ReadonlySet<string> = new Set(INVENTORY.map((i) => i.id))
