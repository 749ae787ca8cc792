// App settings, lock and shell-level actions (desktop shell issue).
export const settingsApi = {}
