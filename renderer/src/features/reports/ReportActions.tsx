/**
 * Preview / Save as / Print buttons for each report (built by the reports work). Screens embed
 * these so every report is produced the same way.
 */
export function StudentReportActions(_props: { studentId: number }) {
  return null
}

export function ProfileReportActions(_props: { code: string }) {
  return null
}

export function CompareReportActions(_props: { codes: string[] }) {
  return null
}
