/** Our own explanation of each job zone, written for a student (O*NET's wording is not used). */
export interface JobZoneText {
  experience: string
  education: string
  training: string
  examples: string
}

export const JOB_ZONE_TEXT: Record<number, JobZoneText> = {
  1: {
    experience:
      'You can usually start with no work history at all. Many people take these jobs as their first job.',
    education: 'A high school diploma helps but is often not asked for.',
    training: 'A coworker or manager shows you what to do, usually in a few days or weeks.',
    examples: 'Fast food workers, baristas, dishwashers, food prep workers, ride attendants, landscapers.',
  },
  2: {
    experience: 'Some experience helps, like a part-time job, babysitting or helping customers.',
    education: 'Most of these jobs expect a high school diploma or GED.',
    training:
      'Expect a few months to a year of learning on the job. Some offer an apprenticeship or a short course.',
    examples: 'Cashiers, retail salespeople, childcare workers, carpenters, welders, truck drivers, actors.',
  },
  3: {
    experience:
      'You usually need real practice first, such as an apprenticeship, an internship or a year or two of related work.',
    education: 'Most people finish a trade school program, a certificate or a two-year associate degree.',
    training:
      'Plan on one to two years of training, often a mix of classes and supervised work. Some jobs need a license.',
    examples:
      'Electricians, plumbers, EMTs, vet techs, medical assistants, dental hygienists, police officers, chefs.',
  },
  4: {
    experience: 'Employers look for a few years of related work or strong internships.',
    education: "Most of these jobs need a four-year bachelor's degree.",
    training:
      'Even with a degree, new workers spend months to a few years learning the job. Some need a state license.',
    examples: 'Registered nurses, teachers, software developers, accountants, graphic designers, engineers.',
  },
  5: {
    experience:
      'Many people in these jobs have several years of work, research or supervised practice behind them.',
    education: "Most need a degree after college: a master's, a doctorate, or a law or medical degree.",
    training:
      'School already covers a lot, but many also finish residencies, clinical hours or exams before they work alone.',
    examples:
      'Pharmacists, physical therapists, lawyers, veterinarians, school counselors, doctors, psychologists.',
  },
}
