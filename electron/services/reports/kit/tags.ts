import type { Doc } from './types'

/*
 * The structure tree of a tagged report: what a screen reader reads, in order. Each kit helper
 * tags what it draws (a heading is H1, a table is Table/TR/TH/TD, a chart is a Figure with its
 * text equivalent) and draws decoration (rules, fills, page furniture) as artifacts, so every
 * report is tagged without per-report code. An untagged document (bench peer) draws the same
 * pages and skips all of this.
 *
 * pdfkit cannot nest marked content: a leaf (P, H1, TD, Figure…) owns everything drawn inside
 * it, so a tag asked for inside a leaf simply draws into that leaf.
 */
type Element = PDFKit.PDFStructureElement

interface State {
  parents: Element[]
  /** Inside a leaf's marked content: nested tags and artifacts draw into it. */
  marking: boolean
}

const states = new WeakMap<Doc, State>()

export type LeafType = 'P' | 'H1' | 'H2' | 'H3' | 'Lbl' | 'LBody' | 'TH' | 'TD' | 'Figure' | 'Caption'
export type GroupType = 'Document' | 'Sect' | 'L' | 'LI' | 'Table' | 'TR' | 'Part'

function state(doc: Doc): State | null {
  const known = states.get(doc)
  if (known) return known
  if (!(doc as Doc & { options: { tagged?: boolean } }).options.tagged) return null
  const root = doc.struct('Document')
  doc.addStructure(root)
  const s: State = { parents: [root], marking: false }
  states.set(doc, s)
  return s
}

export interface TagOptions {
  /** Text equivalent of a figure. */
  alt?: string
  /** The words as written, where the page prints them otherwise (capitals for small headings). */
  actual?: string
}

/** Draws one piece of content as a structure element of its own (a paragraph, a cell, a chart). */
export function tag<T>(doc: Doc, type: LeafType, draw: () => T, opts: TagOptions = {}): T {
  const s = state(doc)
  if (!s || s.marking) return draw()
  const el = doc.struct(type, opts)
  s.parents.at(-1)!.add(el)
  const content = doc.markStructureContent(type)
  s.marking = true
  try {
    return draw()
  } finally {
    s.marking = false
    doc.endMarkedContent()
    el.add(content)
    el.end()
  }
}

/** Groups the elements `body` tags (a list, a list item, a table, a row). */
export function group<T>(doc: Doc, type: GroupType, body: () => T): T {
  const close = openGroup(doc, type)
  try {
    return body()
  } finally {
    close()
  }
}

/**
 * Opens a group that spans awaits (one student's report in a batch); the returned function
 * closes it. Closing lets pdfkit write the group's elements out instead of holding them until
 * the whole batch ends.
 */
export function openGroup(doc: Doc, type: GroupType): () => void {
  const s = state(doc)
  if (!s || s.marking) return () => {}
  const el = doc.struct(type)
  s.parents.at(-1)!.add(el)
  s.parents.push(el)
  return () => {
    s.parents.splice(s.parents.lastIndexOf(el), 1)
    el.end()
  }
}

/** Draws decoration a listener should not hear: rules, fills, page headers and footers, stamps. */
export function artifact<T>(doc: Doc, draw: () => T, type?: 'Pagination' | 'Layout' | 'Page'): T {
  const s = state(doc)
  if (!s || s.marking) return draw()
  doc.markContent('Artifact', type ? { type } : undefined)
  s.marking = true
  try {
    return draw()
  } finally {
    s.marking = false
    doc.endMarkedContent()
  }
}
