import type { Migration } from '../../open'

// Versions 050-49 belong to the settings domain; append new steps, never edit shipped ones.
export const settingsMigrations: Migration[] = []
