import type { Migration } from '../../open'

// Versions 010-17 belong to the students domain; append new steps, never edit shipped ones.
export const studentsMigrations: Migration[] = []
