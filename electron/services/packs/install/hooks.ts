/** Where an install can be observed; the crash tests stop the process at each one. */
export type InstallStage = 'copying' | 'validated' | 'previous-saved' | 'swapped' | 'reported'

/**
 * Seams of the install, passed in (ServiceOptions.hooks.install) rather than read from globals
 * or the environment: the app passes none. Tests inject a full disk (`beforeWrite` throws
 * ENOSPC) or stop an install at a stage to kill it there (`reached`).
 */
export interface InstallHooks {
  /** Before each chunk of a pack copy or history file is written; may throw like a failing disk. */
  beforeWrite?: (file: string, offset: number, length: number) => void
  /** When an install reaches `stage` ('copying' fires with the copy half written). */
  reached?: (stage: InstallStage) => void
}

export const NO_HOOKS: InstallHooks = {}
