import type { Migration } from '../../open'

// Versions 030-33 belong to the reports domain; append new steps, never edit shipped ones.
export const reportsMigrations: Migration[] = []
