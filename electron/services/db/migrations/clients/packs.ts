import type { Migration } from '../../open'

// Versions 040-41 belong to the packs domain; append new steps, never edit shipped ones.
export const packsMigrations: Migration[] = []
