import { useEffect } from 'react'
import { LOCKED_EVENT } from './api'
import { navigate, parseRoute } from './router'

/** Fired on window when the native menu asks to print; the visible screen's report actions listen. */
export const PRINT_EVENT = 'career-atlas:print'

/**
 * File › Print… prints what the screen is about: the report of the visible screen (profile,
 * comparison, a student's report, statistics) through its own Print… button, so the printout
 * is the PDF with its disclosure logged. On a student's record without one (sessions, notes, or
 * a report still missing who receives it) it opens the Reports tab instead: printing the screen
 * would hand out the record with nothing in the disclosure log. Any other screen prints as shown.
 */
function printCurrentScreen(): void {
  window.dispatchEvent(new CustomEvent(PRINT_EVENT))
  const button = document.querySelector<HTMLButtonElement>(
    'main button[data-report-action="print"]:not([disabled])',
  )
  const route = parseRoute(window.location.hash)
  if (button) button.click()
  else if (route.name !== 'student') window.print()
  else openStudentReports(route.id, route.tab)
}

function openStudentReports(id: number, tab: string): void {
  if (tab !== 'reports') navigate(`/students/${id}/reports`)
  // Who receives it and why come first: the report's Print… waits for them.
  const focus = (tries: number) => {
    const field = document.querySelector<HTMLInputElement>('main [data-report-disclosure] input')
    if (field) field.focus()
    else if (tries > 0) requestAnimationFrame(() => focus(tries - 1))
  }
  requestAnimationFrame(() => focus(30))
}

/** Native menu items and shortcuts (Electron) arrive as events; each maps to a screen. */
export function useMenuActions(): void {
  useEffect(
    () =>
      window.api.onEvent((e) => {
        if (e.type !== 'menu') return
        switch (e.action) {
          case 'new-student':
            return navigate('/students?new=1')
          case 'find':
            navigate('/')
            return requestAnimationFrame(() =>
              document.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
            )
          case 'import-pack':
            return navigate('/data?import=1')
          case 'preferences':
            return navigate('/settings')
          case 'about':
            // About sits at the end of a long screen: the flag brings it into view.
            return navigate('/data?about=1')
          case 'lock':
            return void window.dispatchEvent(new CustomEvent(LOCKED_EVENT))
          case 'print':
            return printCurrentScreen()
        }
      }),
    [],
  )
}
