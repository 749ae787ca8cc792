import { useSyncExternalStore } from 'react'

/**
 * The careers chosen for side-by-side comparison (2-4), shared by every screen that can add one
 * (search results, profile, a student's saved careers). Kept across reloads in localStorage.
 */
export interface CompareItem {
  code: string
  title: string
}

export const COMPARE_MAX = 4
const KEY = 'career-atlas.compare'
const listeners = new Set<() => void>()
let items: CompareItem[] = load()

function load(): CompareItem[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown
    return Array.isArray(raw) ? (raw as CompareItem[]).slice(0, COMPARE_MAX) : []
  } catch {
    return []
  }
}

function set(next: CompareItem[]): void {
  items = next
  localStorage.setItem(KEY, JSON.stringify(items))
  for (const l of listeners) l()
}

/** Returns false when the comparison is already full. */
export function addToCompare(item: CompareItem): boolean {
  if (items.some((i) => i.code === item.code)) return true
  if (items.length >= COMPARE_MAX) return false
  set([...items, item])
  return true
}

export function removeFromCompare(code: string): void {
  set(items.filter((i) => i.code !== code))
}

export function clearCompare(): void {
  set([])
}

export function useCompare(): CompareItem[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => items,
  )
}

export function isInCompare(code: string): boolean {
  return items.some((i) => i.code === code)
}
