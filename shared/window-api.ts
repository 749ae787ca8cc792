import type { Result } from './errors'
import type { AppEvent } from './events'

/**
 * A file or folder the user chose. `ref` is what the services accept: in the desktop app an
 * opaque grant id (the renderer never holds a path); `name` is what the screen shows.
 */
export interface PickedFile {
  ref: string
  name: string
}

/** What the shell (file dialogs, printing) offers the renderer; the harness offers browser stand-ins. */
export interface PlatformApi {
  kind: 'electron' | 'web'
  /** Opens a generated file for preview (an Electron window, or a new browser tab). */
  openFile(fileId: string): Promise<void>
  /** Asks where to save a generated file; false when the user cancels. */
  saveFile(fileId: string): Promise<boolean>
  /** Sends a generated file to the system print dialog (browser: opens it to print from there). */
  printFile(fileId: string): Promise<void>
  /** Lets the user choose a file to import; the services accept its `ref`; null when cancelled. */
  pickFile(options: { title: string; extensions: string[] }): Promise<PickedFile | null>
  /** Lets the user choose a folder (e.g. official release folders); null when cancelled or unsupported. */
  pickFolder(options: { title: string }): Promise<PickedFile | null>
  /**
   * Paths the services can read for files and folders dropped on the window, read inside the
   * drop handler: Electron gives each File's own path (webUtils, granted like a dialog's choice);
   * the browser harness uploads them, keeping the dropped folders' layout. Empty when nothing usable.
   */
  pathsForDrop?(drop: DroppedItems): Promise<string[]>
  /** Desktop only: opens the folder with the error log (About), for support. */
  openLogFolder?(): Promise<void>
}

/** What a drop carried: the File objects and, where the browser offers them, entries that walk folders. */
export interface DroppedItems {
  files: File[]
  /** `DataTransferItem.webkitGetAsEntry()` per item (null where unavailable). */
  entries: unknown[]
}

/** The only thing the preload (or the harness) puts on window. */
export interface WindowApi {
  call(method: string, input: unknown): Promise<Result<unknown>>
  onEvent(listener: (event: AppEvent) => void): () => void
  platform: PlatformApi
}
