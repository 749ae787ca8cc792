import type { Migration } from '../../open'

// Versions 020-25 belong to the interests domain; append new steps, never edit shipped ones.
export const interestsMigrations: Migration[] = []
