import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './renderer/vite.shared'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Native and heavy Node modules stay outside the bundle and load from node_modules at run time.
      rollupOptions: {
        // pack-worker: the child process that builds and checks data packs (packs/jobs/worker.ts).
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'pack-worker': resolve(__dirname, 'electron/services/packs/jobs/worker-entry.ts'),
          // report-batch-worker: the child process that prints a class set of reports (reports/batch/job.ts).
          'report-batch-worker': resolve(__dirname, 'electron/services/reports/batch/entry.ts'),
          // The pack builder's reader threads (readers/xlsx-pool.ts, readers/row-prefetch.ts): without
          // their scripts in out/ the app read every workbook on the build's main thread.
          'xlsx-sheet': resolve(__dirname, 'electron/services/packs/readers/xlsx-sheet.mjs'),
          'xlsx-rows-worker': resolve(__dirname, 'electron/services/packs/readers/xlsx-rows-worker.mjs'),
        },
        external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts') },
    },
  },
  renderer: rendererConfig(__dirname),
})
