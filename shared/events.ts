// Events pushed from the main process to the renderer (progress of long work).
export type AppEvent =
  | { type: 'pack.progress'; jobId: string; file: string; rowsRead: number; fraction: number; stage: string }
  | { type: 'pack.done'; jobId: string; ok: boolean; message: string }
  | { type: 'report.progress'; jobId: string; done: number; total: number }
  | { type: 'catalog.changed' }
  /** The app locked (on request, from the menu or when idle) or unlocked: the window follows at once. */
  | { type: 'lock.changed'; locked: boolean }
  /** A native menu item or shortcut the renderer acts on (navigate, print the current screen). */
  | { type: 'menu'; action: MenuAction }

export type MenuAction = 'new-student' | 'find' | 'import-pack' | 'print' | 'preferences' | 'about' | 'lock'
