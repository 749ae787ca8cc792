export interface PackSource {
  kind: string
  release: string
  file: string
  sha256: string
  rows: number
}

export interface PackSummary {
  name: string
  builtAt: string
  schemaVersion: number
  occupations: number
  sources: PackSource[]
  contentChecksum: string
}
