// Interest profiles, matching and caseload statistics (students issue, part two).
export const interestsApi = {}
