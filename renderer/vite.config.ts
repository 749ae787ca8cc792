import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { rendererConfig } from './vite.shared'

export default defineConfig(rendererConfig(resolve(__dirname, '..')))
