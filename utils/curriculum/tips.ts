import type { Language, Tip, TipOrigin, Topic, Wording } from './types';

/** Short practical tips; the new tab shows one that fits the current phase's topics. */

function tip(
  id: string,
  origin: TipOrigin,
  topics: readonly Topic[],
  text: string,
  byLanguage?: Readonly<Record<Language, string>>,
): Tip {
  const wording: Wording = byLanguage ? { text, byLanguage } : { text };
  return { id, origin, topics, ...wording };
}

export const TIPS: readonly Tip[] = [
  // From the skills the pages list.
  tip(
    'tip-master-one-language',
    'skill',
    ['fundamentals'],
    'Get really good at one back-end language before adding another. Depth in one beats a long list of half-known ones.',
  ),
  tip(
    'tip-know-the-front-end',
    'skill',
    ['web-basics', 'collaboration'],
    'Know enough HTML, CSS and JavaScript to read the front-end code that calls your API. It makes bugs at the boundary much easier to find.',
  ),
  tip(
    'tip-sql-by-hand',
    'skill',
    ['databases', 'orm'],
    'Keep writing some SQL by hand even when an ORM does it for you. You will need it to debug slow or wrong queries.',
  ),
  tip(
    'tip-daily-logic-puzzle',
    'skill',
    ['fundamentals'],
    'Train your logic with one small puzzle a day. Ten minutes of regular practice beats a long session once a week.',
  ),
  tip(
    'tip-small-commits',
    'skill',
    ['version-control'],
    'Commit small, focused changes, and write messages that say why the change was made, not just what changed.',
  ),
  tip(
    'tip-accessibility-compliance',
    'skill',
    ['web-basics', 'security'],
    'Find out which accessibility and security rules your product must meet before you build. Retrofitting compliance costs far more.',
  ),
  tip(
    'tip-test-every-bug',
    'skill',
    ['testing', 'fundamentals'],
    'When you fix a bug, first write a test that fails because of it. Then it can never quietly come back.',
    {
      python:
        'When you fix a bug, first write a pytest test that fails because of it. Then it can never quietly come back.',
      javascript:
        'When you fix a bug, first write a Vitest or Jest test that fails because of it. Then it can never quietly come back.',
      java: 'When you fix a bug, first write a JUnit test that fails because of it. Then it can never quietly come back.',
    },
  ),
  tip(
    'tip-end-to-end-tests',
    'skill',
    ['testing', 'apis'],
    'Keep a few end-to-end tests that call the running API the way a real client does. They catch wiring mistakes that unit tests miss.',
  ),
  tip(
    'tip-read-the-stack-trace',
    'skill',
    ['fundamentals', 'frameworks'],
    'Find the error message first, then the nearest stack frame that points at your own code rather than at a library.',
    {
      python:
        'Read a Python traceback from the bottom up: the last line is the error message, and the frames just above it show where it happened. Look for the lowest frame in your own code.',
      javascript:
        'Read a Node.js error from the top: the message comes first, then the stack; look for the first frame in your own files rather than in node_modules.',
      java: "Read a Java stack trace from the top: the exception and message come first; look for the first 'at' line in your own package, and check any 'Caused by:' section below for the root cause.",
    },
  ),
  tip(
    'tip-use-the-debugger',
    'skill',
    ['fundamentals'],
    'Learn your debugger. Breakpoints and stepping through code find bugs faster than scattering print statements.',
    {
      python:
        'Learn your debugger: drop a breakpoint() call or use VS Code breakpoints to step through code instead of scattering print().',
      javascript:
        'Learn your debugger: run node --inspect or use VS Code breakpoints to step through code instead of scattering console.log().',
      java: 'Learn your debugger: IDE breakpoints and step-over/step-into find bugs faster than scattering System.out.println().',
    },
  ),
  tip(
    'tip-learn-by-building',
    'skill',
    ['career', 'specialization'],
    'When you meet a new tool, build something tiny with it the same day. Using it once teaches more than reading about it twice.',
  ),
  tip(
    'tip-http-status-codes',
    'skill',
    ['web-basics', 'apis'],
    'Use status codes precisely: 4xx means the problem is on the client side (fix the request, log in, or wait after a 429), 5xx means the server failed. Clients rely on the difference.',
  ),
  tip(
    'tip-network-tab',
    'skill',
    ['web-basics', 'performance'],
    "The browser's Network tab shows every request, its headers, size and timing. It is the fastest way to see what your page really asks the server for.",
  ),
  tip(
    'tip-semantic-html',
    'skill',
    ['web-basics'],
    'Use semantic elements (header, nav, main, button, label). Landmarks let screen-reader users jump around the page, and real buttons and labels work with the keyboard and assistive tech for free.',
  ),
  tip(
    'tip-mobile-first-css',
    'skill',
    ['web-basics'],
    'Write CSS mobile-first: style the narrow layout, then add media queries for wider screens. It keeps stylesheets simpler.',
  ),
  tip(
    'tip-browser-vs-server',
    'skill',
    ['web-basics', 'architecture'],
    'Anything running in the browser can be read and changed by the user. Checks that matter must happen again on the server.',
  ),
  tip(
    'tip-middleware-order',
    'skill',
    ['advanced', 'frameworks'],
    'Middleware runs in the order you register it. Put logging first, authentication before routes, and the error handler last.',
  ),
  tip(
    'tip-central-error-handler',
    'skill',
    ['advanced', 'apis', 'frameworks'],
    'Handle errors in one place that turns them into a consistent response. Scattered try/catch blocks drift apart.',
  ),
  tip(
    'tip-config-in-environment',
    'skill',
    ['frameworks', 'devops', 'security'],
    'Keep settings such as database URLs and secrets in environment variables, not in code, so the same build runs everywhere.',
  ),

  // From the step-by-step guides.
  tip(
    'tip-core-data-structures',
    'step',
    ['fundamentals'],
    'Know arrays, hash maps, sets, stacks and queues, and which operations are fast on each. Most back-end code is built from them.',
  ),
  tip(
    'tip-think-in-big-o',
    'step',
    ['fundamentals', 'performance'],
    'Ask how code behaves with 100 times more data. A loop inside a loop is fine for 10 items and painful for a million.',
  ),
  tip(
    'tip-official-framework-tutorial',
    'step',
    ['frameworks'],
    "Start with your framework's official tutorial before random videos. It teaches the conventions the rest of the docs assume.",
    {
      python:
        "Start with Django's official tutorial (the polls app) before random videos. It teaches the conventions the rest of the docs assume.",
      javascript:
        'Start with the official Express.js guide before random videos. It teaches the conventions the rest of the docs assume.',
      java: 'Start with the official Spring Boot guides before random videos. They teach the conventions the rest of the docs assume.',
    },
  ),
  tip(
    'tip-follow-framework-conventions',
    'step',
    ['frameworks', 'collaboration'],
    "Follow your framework's folder layout and naming conventions. Other developers will find their way around your code immediately.",
  ),
  tip(
    'tip-sql-or-nosql',
    'step',
    ['databases', 'specialization'],
    'Reach for a relational database when data is structured and linked; consider a document store such as MongoDB when records vary in shape.',
  ),
  tip(
    'tip-schema-from-queries',
    'step',
    ['databases', 'orm'],
    'Design a schema from the questions the app will ask. List the queries first, then choose tables, keys and indexes to serve them.',
  ),
  tip(
    'tip-rest-nouns',
    'step',
    ['apis'],
    'Name REST endpoints after things (/tasks, /tasks/42) and let the HTTP method say the action. Avoid paths like /getTasks.',
  ),
  tip(
    'tip-graphql-when',
    'step',
    ['apis', 'specialization'],
    'GraphQL lets clients ask for exactly the fields they need in one request. It pays off when many different screens read the same data.',
  ),
  tip(
    'tip-consume-apis-too',
    'step',
    ['apis', 'collaboration'],
    "Call other people's APIs as well as building your own. Being a client shows you what makes an API pleasant or painful.",
  ),
  tip(
    'tip-branch-per-change',
    'step',
    ['version-control', 'collaboration'],
    'Make one branch per change and keep it short-lived. Small pull requests get reviewed faster and conflict less.',
  ),
  tip(
    'tip-review-kindly',
    'step',
    ['collaboration', 'version-control'],
    'In code review, comment on the code, not the person, and say why. Ask questions when you are unsure instead of demanding changes.',
  ),
  tip(
    'tip-docker-reproducible',
    'step',
    ['devops'],
    'A container makes "works on my machine" work everywhere. Pin base image versions so builds stay reproducible.',
  ),
  tip(
    'tip-kubernetes-when',
    'step',
    ['devops', 'architecture'],
    'Kubernetes shines when you run many containers that must scale and heal themselves. One small app rarely needs it, but knowing it helps in interviews.',
  ),
  tip(
    'tip-automate-the-pipeline',
    'step',
    ['devops', 'testing'],
    'Automate build, test and deploy so every change goes through the same checks. A manual step is a step someone will forget.',
  ),
  tip(
    'tip-follow-trends',
    'step',
    ['career', 'specialization'],
    'Follow a couple of good newsletters or blogs to keep up with new tools, but adopt something new only when it solves a real problem.',
  ),
  tip(
    'tip-join-the-community',
    'step',
    ['career', 'collaboration'],
    "Join a developer forum, chat group or meetup. Answering other people's questions is one of the fastest ways to learn.",
  ),
  tip(
    'tip-network-with-developers',
    'step',
    ['career', 'specialization'],
    'Talk to working developers at conferences and online. Hearing how they solved real problems saves you months of trial and error.',
  ),
  tip(
    'tip-computer-science-degree',
    'step',
    ['career'],
    'One career page says a computer-science degree (BCA, MCA, BTech, MTech or equivalent) is a must and that most companies prefer postgraduates from a reputed institute. Our view: a degree helps with some employers, but many hire back-end developers on skills they can see, and a finished, documented project is strong evidence of those.',
  ),
  tip(
    'tip-train-in-one-back-end-language',
    'step',
    ['fundamentals', 'career'],
    'Get proper training in one back-end language such as Python, C#, PHP or Node.js. Employers hire for depth in the stack they use.',
  ),
  tip(
    'tip-sharpen-database-skills',
    'step',
    ['databases', 'orm', 'career'],
    'Keep sharpening your database skills. Strong SQL and schema design set back-end candidates apart.',
  ),
  tip(
    'tip-apply-with-a-project',
    'step',
    ['career', 'project'],
    'Start applying once you have one finished, documented project to show. A live link and a clean README speak louder than a list of skills.',
  ),

  // From the responsibilities the pages describe.
  tip(
    'tip-agree-api-with-front-end',
    'responsibility',
    ['apis', 'collaboration'],
    'Agree the request and response shapes with the front-end team before coding. A shared example payload prevents most integration bugs.',
  ),
  tip(
    'tip-reusable-code',
    'responsibility',
    ['fundamentals', 'frameworks', 'architecture'],
    'When you write the same logic a third time, move it into a function or small library that others can reuse.',
  ),
  tip(
    'tip-measure-before-optimising',
    'responsibility',
    ['performance'],
    'Measure before you optimise. Guesses about what is slow are usually wrong; a profiler or a timing log is not.',
  ),
  tip(
    'tip-test-for-security',
    'responsibility',
    ['security', 'testing'],
    "Test the unhappy paths too: missing login, someone else's id, oversized input. Security bugs live where nobody tested.",
  ),
  tip(
    'tip-protect-user-data',
    'responsibility',
    ['security', 'databases'],
    'Store only the personal data you need, hash passwords with a slow algorithm, and never log secrets or full tokens.',
  ),
  tip(
    'tip-reproduce-before-fixing',
    'responsibility',
    ['fundamentals', 'testing'],
    'Reproduce a reported issue before changing code. If you cannot make it happen, you cannot know your fix worked.',
  ),
  tip(
    'tip-clarify-requirements',
    'responsibility',
    ['collaboration', 'project'],
    'Repeat the requirement back in your own words before building. Most rework comes from a misunderstanding, not from bad code.',
  ),
  tip(
    'tip-work-with-the-dba',
    'responsibility',
    ['databases', 'performance', 'collaboration'],
    'Work with whoever runs the database: share your slow queries and ask about indexes. They see problems you cannot see from the code.',
  ),
  tip(
    'tip-request-lifecycle',
    'responsibility',
    ['architecture', 'frameworks'],
    'Most handlers do the same four things: check the input, apply the rules, save or load data, build the response. Keep those steps visible.',
  ),
  tip(
    'tip-design-for-scale',
    'responsibility',
    ['architecture', 'performance', 'specialization'],
    'Keep servers stateless so you can run more copies behind a load balancer; put sessions and caches in a shared store.',
  ),
  tip(
    'tip-never-trust-input',
    'responsibility',
    ['security', 'apis', 'advanced'],
    'Treat every request as hostile until validated: check types, lengths and ranges, and use parameterised queries always.',
  ),
  tip(
    'tip-auth-vs-authz',
    'responsibility',
    ['security', 'advanced'],
    'Authentication asks who you are; authorization asks what you may do. Check both on every request, not just at login.',
  ),
  tip(
    'tip-update-dependencies',
    'responsibility',
    ['security', 'devops'],
    'Scan and update dependencies regularly. Many breaches use known holes in libraries that simply were not patched.',
    {
      python:
        'Run pip-audit regularly and update flagged packages. Many breaches use known holes in libraries that simply were not patched.',
      javascript:
        'Run npm audit regularly and update flagged packages. Many breaches use known holes in libraries that simply were not patched.',
      java: 'Run OWASP Dependency-Check regularly and update flagged libraries. Many breaches use known holes that simply were not patched.',
    },
  ),
  tip(
    'tip-cache-with-expiry',
    'responsibility',
    ['performance', 'databases'],
    'Every cache needs a plan for going stale: an expiry time, or clearing the entry when the data changes.',
  ),
  tip(
    'tip-paginate-lists',
    'responsibility',
    ['performance', 'apis'],
    'Never return an unbounded list. Paginate from the start; adding it later breaks clients.',
  ),
  tip(
    'tip-https-everywhere',
    'responsibility',
    ['security', 'web-basics'],
    'Serve everything over HTTPS, including internal tools. Without it, passwords and cookies travel in readable form.',
  ),

  // From the work-hours advice.
  tip(
    'tip-normal-week',
    'work-hours',
    ['career'],
    'A typical week is five days of roughly nine-hour shifts. Plan your learning around that rhythm so it survives your first job.',
  ),
  tip(
    'tip-production-emergencies',
    'work-hours',
    ['career', 'devops'],
    'Urgent fixes and production problems can mean late nights or weekends. Good monitoring and rehearsed rollbacks make them shorter and rarer.',
  ),
  tip(
    'tip-logs-for-on-call',
    'work-hours',
    ['devops', 'performance'],
    'Log enough to explain a failure at 2 a.m.: a request id, what was attempted and why it failed. Your future self is the reader.',
  ),

  // From the pros and cons.
  tip(
    'tip-pay-grows-with-experience',
    'pros-cons',
    ['career'],
    'Pay rises clearly with experience, so the first years are an investment: choose jobs that teach you most, not only those that pay most.',
  ),
  tip(
    'tip-freelance-portfolio',
    'pros-cons',
    ['career', 'project'],
    'Freelancing is an option in this field. A public portfolio of finished, documented projects is what wins the first clients.',
  ),
  tip(
    'tip-keep-learning',
    'pros-cons',
    ['career', 'specialization'],
    'The tools keep changing, so set aside a little time every week for learning, even once you have a job.',
  ),
  tip(
    'tip-healthy-routine',
    'pros-cons',
    ['career'],
    'Long hours at a desk take a toll. Protect sleep, take screen breaks and move every day; it keeps you sharp as well as healthy.',
  ),
  tip(
    'tip-ask-about-culture',
    'pros-cons',
    ['career', 'collaboration'],
    'Work pressure depends heavily on the company. In interviews, ask about on-call, overtime and how releases are handled.',
  ),
  tip(
    'tip-finish-to-a-high-standard',
    'pros-cons',
    ['project', 'testing'],
    'The job expects solid work, so finish your projects properly: tests, error handling and a README, not just the happy path.',
  ),
];
