import type { TextBook } from './types'

/** Teaching, counseling, social work and law. Every sentence here is written by Career Atlas. */
export const EDUCATION_AND_PEOPLE: TextBook = {
  '25-2011.00': {
    description:
      'Preschool teachers help children around ages three to five get ready for kindergarten. They teach through play, songs and stories and help kids learn to share and follow routines.',
    tasks: [
      ['C', 'Plan daily lessons with games, art, music and stories.'],
      ['C', 'Teach early skills like letters, numbers, colors and shapes.'],
      ['C', 'Help children learn to take turns, share and use their words.'],
      ['C', "Watch each child's progress and write notes about it."],
      ['C', 'Keep children safe during play inside and outside.'],
      ['S', 'Meet with parents to talk about how their child is doing.'],
      ['S', 'Set up the classroom with learning centers and supplies.'],
    ],
  },
  '25-2021.00': {
    description:
      'Elementary school teachers teach children in kindergarten through about fifth grade. They cover reading, writing, math, science and social studies and help kids build good habits for learning.',
    tasks: [
      ['C', 'Plan lessons that match what students must learn at each grade.'],
      ['C', 'Teach the whole class, small groups and single students.'],
      ['C', "Grade homework and tests and track each student's progress."],
      ['C', 'Set classroom rules and help students get along.'],
      ['C', 'Meet with parents to share how their child is doing.'],
      ['S', 'Work with special education staff to help students who need extra support.'],
      ['S', 'Supervise recess, lunch or field trips.'],
    ],
  },
  '25-2031.00': {
    description:
      'High school teachers teach one or two subjects, such as English, math, science, history or a language, to students in grades 9 through 12. They help teens get ready for college, training or work.',
    tasks: [
      ['C', 'Plan lessons and projects in their subject.'],
      ['C', "Explain ideas clearly and answer students' questions."],
      ['C', 'Write, give and grade tests, essays and labs.'],
      ['C', 'Keep the classroom respectful and focused.'],
      ['C', 'Talk with students and parents about grades and goals.'],
      ['S', 'Coach a sport or advise a club.'],
      ['S', 'Write college recommendation letters for students.'],
    ],
  },
  '21-1012.00': {
    description:
      'School and career counselors help students with classes, college and career plans, and personal problems. They listen, give advice and connect students with help inside and outside school.',
    tasks: [
      ['C', 'Meet with students one on one to talk about goals and problems.'],
      ['C', 'Help students pick classes and plan for graduation.'],
      ['C', 'Guide students through college and job applications.'],
      ['C', 'Give interest and career surveys and explain the results.'],
      ['C', 'Work with teachers and parents when a student is struggling.'],
      ['S', 'Lead small groups on topics like stress or study skills.'],
      ['S', 'Step in during a crisis and connect students with outside help.'],
    ],
  },
  '21-1021.00': {
    description:
      'Child, family and school social workers help children and families facing hard times such as poverty, neglect or problems at home. They connect families with services and work to keep kids safe.',
    tasks: [
      ['C', 'Visit homes and schools to learn what a family needs.'],
      ['C', 'Connect families with food, housing, health care or counseling.'],
      ['C', 'Look into reports that a child may be hurt or neglected.'],
      ['C', 'Help place children with foster or adoptive families when needed.'],
      ['C', 'Keep careful records and write reports for courts or agencies.'],
      ['S', 'Help students with attendance, behavior or family issues.'],
      ['S', 'Speak up for children in court hearings.'],
    ],
  },
  '19-3033.00': {
    description:
      'Clinical and counseling psychologists help people deal with stress, sadness, fears and other mental health problems. They talk with patients, use tests to understand them, and guide them toward feeling better.',
    tasks: [
      ['C', 'Talk with clients to learn about their feelings, thoughts and history.'],
      ['C', 'Give and score psychological tests.'],
      ['C', 'Diagnose mental health conditions.'],
      ['C', 'Use talk therapy to help clients change habits and handle problems.'],
      ['C', "Keep private notes on each client's progress."],
      ['S', 'Work with doctors, schools or families on a care plan.'],
      ['S', 'Do research or teach about mental health.'],
    ],
  },
  '23-1011.00': {
    description:
      'Lawyers give people and companies advice about the law and speak for them in court. They research laws, write legal papers and try to settle disputes, and they need law school and a bar exam.',
    tasks: [
      ['C', 'Meet with clients to understand their legal problem.'],
      ['C', 'Research laws and past court cases.'],
      ['C', 'Write contracts, wills, lawsuits and other legal papers.'],
      ['C', 'Argue for clients in court and question witnesses.'],
      ['C', 'Bargain with the other side to settle a case.'],
      ['S', "Explain a client's rights and choices in plain words."],
      ['S', 'Guide paralegals and legal assistants.'],
    ],
  },
}
