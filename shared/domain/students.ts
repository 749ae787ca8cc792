export interface StudentSummary {
  id: number
  name: string
  preferredName: string | null
  grade: number | null
  school: string | null
  status: 'active' | 'graduated' | 'transferred'
  archived: boolean
  lastSeen: string | null
}

export interface Student extends StudentSummary {
  studentNumber: string | null
  createdAt: string
  updatedAt: string
}

export interface SavedCareer {
  id: number
  studentId: number
  /** Code and title as saved: kept even if a later pack drops or renames the occupation. */
  code: string
  title: string
  rank: number
  status: 'exploring' | 'shortlisted' | 'set_aside'
  note: string | null
  savedAt: string
}
