import { useEffect } from 'react'
import { navigate } from './router'

/** Fired on window when the native menu asks to print; the visible screen's report actions listen. */
export const PRINT_EVENT = 'career-atlas:print'

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
          case 'about':
            return navigate('/data')
          case 'print':
            return void window.dispatchEvent(new CustomEvent(PRINT_EVENT))
        }
      }),
    [],
  )
}
