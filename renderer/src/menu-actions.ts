import { useEffect } from 'react'
import { LOCKED_EVENT } from './api'
import { navigate } from './router'

/** Fired on window when the native menu asks to print; the visible screen's report actions listen. */
export const PRINT_EVENT = 'career-atlas:print'

/**
 * File › Print… prints what the screen is about: the report of the visible screen (profile,
 * comparison, a student's report, statistics) through its own Print… button, so the printout
 * is the PDF with its disclosure logged. A screen without a report prints as shown.
 */
function printCurrentScreen(): void {
  window.dispatchEvent(new CustomEvent(PRINT_EVENT))
  const button = document.querySelector<HTMLButtonElement>(
    'main button[aria-label^="Print… "]:not([disabled])',
  )
  if (button) button.click()
  else window.print()
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
            return navigate('/data')
          case 'lock':
            return void window.dispatchEvent(new CustomEvent(LOCKED_EVENT))
          case 'print':
            return printCurrentScreen()
        }
      }),
    [],
  )
}
