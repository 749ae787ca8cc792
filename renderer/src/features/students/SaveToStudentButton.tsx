/** "Save to a student" for an occupation (built by the students work); embedded in the profile. */
export function SaveToStudentButton(_props: { code: string; title: string }) {
  return null
}
