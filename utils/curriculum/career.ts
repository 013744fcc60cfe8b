import type { Attribution, CareerFacts } from './types';

/**
 * Career facts from the two source pages. Their salary figures disagree, so both are
 * kept, each attributed to the page (and source) that states it.
 */

const CAREER_PAGE = 'Career as a Back End Developer';
/** The role page's own heading, quoted exactly (it has no "a"). */
const ROLE_PAGE = 'What does Back End Developer do?';

const INDEED_ON_CAREER_PAGE: Attribution = { source: 'Indeed', year: null, page: CAREER_PAGE };
/** The role page names no third-party source, so the page itself is credited. */
const ROLE_PAGE_2023: Attribution = { source: ROLE_PAGE, year: 2023, page: ROLE_PAGE };
/** The range and the bands sit next to the 2023 average but carry no year of their own. */
const ROLE_PAGE_UNDATED: Attribution = { source: ROLE_PAGE, year: null, page: ROLE_PAGE };

export const CAREER: CareerFacts = {
  salaries: [
    {
      id: 'salary-average-indeed',
      label:
        'Average back-end developer salary in India, which the page says depends on your experience and the technology you work in',
      annualInr: 316_204,
      attribution: INDEED_ON_CAREER_PAGE,
    },
    {
      id: 'salary-average-base-2023',
      label: 'Average base salary for a back-end developer in India',
      annualInr: 503_801,
      attribution: ROLE_PAGE_2023,
    },
  ],
  salaryRange: { lowInr: 179_000, highInr: 1_000_000, attribution: ROLE_PAGE_UNDATED },
  payByExperience: {
    bands: [
      { years: '0-1', annualInr: 384_000 },
      { years: '1-5', annualInr: 505_000 },
      { years: '5-10', annualInr: 624_000 },
      { years: '10+', annualInr: 1_000_000 },
    ],
    attribution: ROLE_PAGE_UNDATED,
  },
  workHours: [
    'Most companies work a five-day week with shifts of about nine hours.',
    'Urgent requirements or production problems can bring long days, late nights and sometimes weekend work.',
  ],
  responsibilities: [
    'Build web services and APIs, and help the front-end team wire them into the user interface.',
    'Write the server-side logic that handles requests, processes data and saves it.',
    'Design databases and tune them so data is stored and found quickly.',
    'Write reusable code and libraries that later work can build on.',
    'Make code faster and keep the application scalable.',
    'Test code for security and a good user experience, and put data protection in place.',
    'Track down and fix issues.',
    'Work closely with front-end developers on requirements and with database administrators on performance.',
  ],
  education: [
    `The "${CAREER_PAGE}" page says a professional degree in computer science is a must for this career.`,
    'The same page says most companies prefer postgraduate (PG) degree holders from a reputed institute.',
    'The top courses it lists are BCA, MCA, BTech or MTech in computer science, or an equivalent degree or diploma.',
    'Our note: whatever your degree, a finished, documented project is something you can show in every interview.',
  ],
  pros: [
    'Good pay.',
    'You keep learning throughout your career.',
    'Plenty of job openings, and demand for back-end specialists is growing.',
    'Freelancing is possible.',
  ],
  cons: [
    'Long hours can make a healthy lifestyle hard.',
    "Work pressure, depending on the company's culture.",
    'You have to be genuinely good at the work.',
    'You must keep up with new technologies and trends all the time.',
  ],
};
