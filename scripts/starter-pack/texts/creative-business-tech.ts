import type { TextBook } from './types'

/** Arts, business, computing and engineering. Every sentence here is written by Career Atlas. */
export const CREATIVE_BUSINESS_TECH: TextBook = {
  '27-2011.00': {
    description:
      'Actors bring characters to life on stage, in movies, on TV and in video games and ads. Most go to many auditions, take classes for years, and hold other jobs between roles.',
    tasks: [
      ['C', 'Learn lines and study the character they will play.'],
      ['C', 'Go to auditions and read for parts.'],
      ['C', 'Rehearse scenes with the director and other actors.'],
      ['C', 'Perform in front of live audiences or cameras.'],
      ['S', 'Take acting, voice or dance lessons to improve.'],
      ['S', 'Record voices for cartoons, games or commercials.'],
    ],
  },
  '27-2042.00': {
    description:
      'Musicians and singers play instruments or sing for live audiences and recordings. They practice a lot, perform at concerts, churches, events and studios, and often teach lessons too.',
    tasks: [
      ['C', 'Practice songs and pieces until they can play or sing them well.'],
      ['C', 'Perform at concerts, shows, weddings and services.'],
      ['C', 'Rehearse with bands, choirs or orchestras.'],
      ['C', 'Record music in a studio.'],
      ['S', 'Write or arrange their own music.'],
      ['S', 'Promote their shows online and book new gigs.'],
      ['S', 'Teach music lessons to students.'],
    ],
  },
  '27-1024.00': {
    description:
      'Graphic designers make logos, posters, websites, packages and social media images. They mix pictures, words and color to share a message, mostly using design software.',
    tasks: [
      ['C', 'Meet with clients to learn what message they want to share.'],
      ['C', 'Sketch ideas and turn them into designs on the computer.'],
      ['C', 'Pick fonts, colors and images that fit the brand.'],
      ['C', 'Change designs based on feedback from clients or bosses.'],
      ['C', 'Prepare final files for printing or for the web.'],
      ['S', 'Build a portfolio of their best work to show new clients.'],
      ['S', 'Work with writers, photographers and web developers on a project.'],
    ],
  },
  '13-2011.00': {
    description:
      'Accountants and auditors keep track of money for people, businesses and governments. They check that financial records are right, prepare taxes and help leaders make smart money choices.',
    tasks: [
      ['C', 'Prepare and check financial statements and tax returns.'],
      ['C', 'Review records to make sure they follow the law.'],
      ['C', 'Look for mistakes, waste or signs of fraud.'],
      ['C', 'Explain the numbers to managers and clients.'],
      ['C', 'Use spreadsheets and accounting software every day.'],
      ['S', 'Suggest ways to save money or lower taxes.'],
      ['S', 'Help set up budgets for the coming year.'],
    ],
  },
  '11-2021.00': {
    description:
      'Marketing managers plan how a company gets people interested in what it sells. They study customers, lead marketing teams and decide where to spend money on ads and social media.',
    tasks: [
      ['C', 'Study who buys the product and what they want.'],
      ['C', 'Plan campaigns across ads, social media, email and events.'],
      ['C', 'Set the marketing budget and decide where to spend it.'],
      ['C', 'Lead designers, writers and other marketing staff.'],
      ['C', 'Check sales numbers to see which campaigns worked.'],
      ['S', 'Work with product teams to set prices and launch dates.'],
      ['S', 'Meet with ad agencies and media companies.'],
    ],
  },
  '15-1252.00': {
    description:
      'Software developers design and build apps and computer programs, from phone games to banking systems. They figure out what users need, plan how the software should work and lead it from idea to release.',
    tasks: [
      ['C', 'Talk with users and teammates to learn what the software must do.'],
      ['C', 'Plan how the pieces of a program will fit together.'],
      ['C', 'Write code and review code written by teammates.'],
      ['C', 'Test programs and fix bugs before release.'],
      ['C', 'Update software after launch to add features and fix problems.'],
      ['S', 'Write notes that explain how the software works.'],
      ['S', 'Keep learning new programming languages and tools.'],
    ],
  },
  '15-1251.00': {
    description:
      'Computer programmers write and test the code that makes software work. They turn plans from developers and engineers into instructions a computer can follow.',
    tasks: [
      ['C', 'Write code in languages such as Python, Java or C++.'],
      ['C', 'Test programs to find and fix errors.'],
      ['C', 'Update older programs so they keep working.'],
      ['C', 'Follow design plans from software developers.'],
      ['S', 'Write comments and guides that explain the code.'],
      ['S', 'Use tools that check code for mistakes automatically.'],
    ],
  },
  '15-1254.00': {
    description:
      'Web developers build and maintain websites. They write the code that makes pages look good, load fast and work on phones and computers.',
    tasks: [
      ['C', 'Build web pages with HTML, CSS and JavaScript.'],
      ['C', 'Make sites work well on phones, tablets and computers.'],
      ['C', 'Fix bugs and speed up slow pages.'],
      ['C', 'Add features such as forms, search or online stores.'],
      ['C', 'Meet with clients to plan what the site should do.'],
      ['S', 'Keep websites safe with updates and backups.'],
      ['S', 'Check that sites are easy to use for people with disabilities.'],
    ],
  },
  '17-2141.00': {
    description:
      'Mechanical engineers design machines and devices, from car engines and robots to heating systems and medical tools. They use math, science and computer models to make things that work safely.',
    tasks: [
      ['C', 'Design parts and machines with computer drawing software.'],
      ['C', 'Use math and computer models to test whether a design will work.'],
      ['C', 'Build and test prototypes and fix problems they find.'],
      ['C', 'Work with factory teams to make products.'],
      ['S', 'Estimate costs and timelines for a project.'],
      ['S', 'Write reports about test results.'],
      ['S', 'Look for ways to make machines use less energy.'],
    ],
  },
}
