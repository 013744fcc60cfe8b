import { buildPhases, byStack, day } from './build';
import type { Plan } from './types';

/** The sprint: eight short phases, two or three days each, ending in a small published API. */
export const PLAN_20: Plan = {
  id: 'plan-20',
  lengthDays: 20,
  dailyMinutes: { min: 120, max: 180 },
  title: '20-day sprint',
  summary:
    'A fast tour of the whole back-end toolkit in under three weeks. Expect 2–3 focused hours ' +
    'every day: each topic gets only two or three days, so you touch everything once and finish ' +
    'with a small API on GitHub. Suits people who already code a little, or who want a quick ' +
    'overview before committing to a longer plan.',
  phases: buildPhases('p20', [
    {
      slug: 'fundamentals',
      firstDay: 1,
      lastDay: 2,
      focus: 'Programming Fundamentals',
      goal: 'Pick Python or JavaScript, get comfortable with its core syntax and work through a handful of small coding exercises.',
      topics: ['fundamentals'],
      days: [
        day(
          'Set up and first programs',
          byStack('Install your language and run a "hello world" script from the terminal', {
            python:
              'Install Python 3.14, create a virtual environment and run a "hello world" script',
            javascript: 'Install Node.js 24 (an LTS line) and run a "hello world" script with node',
            java: 'Install JDK 21 (for example Eclipse Temurin 21), then compile and run a "hello world" class',
          }),
          'Write a program that uses a variable, an if/else and a loop to print the even numbers from 1 to 20',
          'Write three small functions (largest number in a list, reverse a string, count vowels) and call each with sample input',
        ),
        day(
          'Collections and exercises',
          byStack(
            'Count how often each word appears in a paragraph using a list and a key-value map',
            {
              python: 'Count how often each word appears in a paragraph using a list and a dict',
              javascript:
                'Count how often each word appears in a paragraph using an array and a Map',
              java: 'Count how often each word appears in a paragraph using an ArrayList and a HashMap',
            },
          ),
          'Solve 3 beginner exercises: FizzBuzz, a palindrome check and two-sum, each checked against sample inputs',
          'Read a text file, then print its line count and its longest line',
          byStack(
            'Write a program that prints its process id (PID) every second, find it from a second terminal and stop it with kill',
            {
              python:
                'Write a program that prints os.getpid() every second, find that process from a second terminal with ps (or Task Manager) and stop it with kill',
              javascript:
                'Write a program that prints process.pid every second, find that process from a second terminal with ps (or Task Manager) and stop it with kill',
              java: 'Write a program that prints ProcessHandle.current().pid() every second, find that process from a second terminal with ps (or Task Manager) and stop it with kill',
            },
          ),
        ),
      ],
    },
    {
      slug: 'architecture-apis',
      firstDay: 3,
      lastDay: 5,
      focus: 'Backend Architecture and API Fundamentals',
      goal: 'See how clients and servers talk, learn what HTTP and HTTPS do, and get the core ideas behind RESTful APIs.',
      topics: ['architecture', 'web-basics', 'apis'],
      days: [
        day(
          'Clients and servers',
          'Sketch one page load end to end: browser, DNS lookup, server, database, response; label every hop',
          "Open your browser's developer tools on any site and note the method, status code and headers of 5 requests",
          'For an app you use daily, list three things that happen in the browser and three that must happen on the server',
          'Draw a to-do app at scale: a load balancer, two copies of the server, one database and a cache; mark where each piece of state lives',
        ),
        day(
          'HTTP and HTTPS',
          'Send a GET and a POST request to a public test API (e.g. httpbin.org) with curl and read the response headers',
          'Write one example situation for each status code: 200, 201, 204, 400, 401, 403, 404, 500',
          "Inspect a site's TLS certificate in the browser and note who issued it and when it expires",
          'See HTTP caching with curl: read the Cache-Control and ETag headers of a response, then repeat the request with If-None-Match and get 304 Not Modified',
        ),
        day(
          'REST concepts',
          'Design the endpoints (method + path) for a to-do list: list, create, read, update, delete',
          'Write example JSON request and response bodies for the create and read endpoints',
          'Review: explain resources, statelessness and idempotency in two sentences each',
          'Write a GraphQL schema for the same to-do list (a Task type, a tasks query and a createTask mutation), then run a query that picks only some fields in a public GraphiQL explorer',
        ),
      ],
    },
    {
      slug: 'databases',
      firstDay: 6,
      lastDay: 8,
      focus: 'Database Management',
      goal: 'Learn how relational databases store data, write everyday SQL queries and apply normalisation to a schema.',
      topics: ['databases'],
      days: [
        day(
          'Relational databases',
          byStack(
            'Install SQLite or PostgreSQL and create a database with a users table and a tasks table',
            {
              python:
                'Install SQLite or PostgreSQL and create a database with a users table and a tasks table',
              javascript:
                'Install SQLite or PostgreSQL and create a database with a users table and a tasks table',
              java: 'Install PostgreSQL (the database your Spring app will use) and create a database with a users table and a tasks table',
            },
          ),
          'Give each table a primary key and link tasks to users with a foreign key',
          'Insert 10 sample rows into each table',
          'Add NOT NULL, a UNIQUE email and a CHECK constraint, then show that an insert breaking each one is rejected',
        ),
        day(
          'Basic SQL queries',
          'Write 5 SELECT queries with WHERE and ORDER BY against your sample tables',
          "Write 2 JOIN queries that list every task next to its owner's name",
          'Use GROUP BY with COUNT to show how many tasks each user has',
          byStack(
            "Run one of your queries from code as a parameterised query and show that the input ' OR '1'='1 matches no rows",
            {
              python:
                "Run one of your queries from Python (sqlite3 or psycopg) with a placeholder and show that the input ' OR '1'='1 matches no rows",
              javascript:
                "Run one of your queries from Node (better-sqlite3 or pg) with a placeholder and show that the input ' OR '1'='1 matches no rows",
              java: "Run one of your queries from Java with a JDBC PreparedStatement (PostgreSQL driver on the classpath) and show that the input ' OR '1'='1 matches no rows",
            },
          ),
        ),
        day(
          'Normalisation',
          'Split a flat "orders" table that repeats customer details into tables in third normal form',
          'Write one example of a 1NF, a 2NF and a 3NF violation and how to fix each',
          'Review: change and delete rows inside a transaction, then roll it back and check nothing changed',
          'Generate 100,000 tasks, run EXPLAIN on a query that looks up one task by title, add an index on title and compare the two plans',
        ),
      ],
    },
    {
      slug: 'framework',
      firstDay: 9,
      lastDay: 11,
      focus: 'Backend Framework Basics',
      goal: byStack(
        'Pick a back-end framework (Django for Python or Express.js for Node.js), follow its beginner tutorial and end up with a small working web app.',
        {
          python: "Follow Django's beginner tutorial and end up with a small working web app.",
          javascript:
            'Follow the Express.js getting-started guide and end up with a small working web app.',
          java: 'Follow a Spring Boot getting-started guide and end up with a small working web app.',
        },
      ),
      topics: ['frameworks'],
      days: [
        day(
          'Create the project',
          byStack('Create a new project with your framework and start its development server', {
            python:
              'In a virtual environment, pip install django and save requirements.txt, create a project with django-admin startproject and an app with manage.py startapp, then start the development server',
            javascript:
              'Create a project with npm init, install express and start a server on port 3000',
            java: 'Generate a Spring Boot project on start.spring.io (Maven, Java 21, Spring Web and Thymeleaf) and start it with ./mvnw spring-boot:run',
          }),
          'Add a route that answers "Hello" and open it in the browser',
          'Walk through the generated files and write one line on what each is for',
          byStack(
            'Write your first automated test: your "Hello" route answers 200 and contains "Hello"',
            {
              python:
                'Write your first test with Django\'s test client: your "Hello" route answers 200 and contains "Hello"; run it with python manage.py test',
              javascript:
                'Install Vitest and supertest, export the app separately from app.listen(), and test that your "Hello" route answers 200 with "Hello"',
              java: 'Write a JUnit test with MockMvc that your "Hello" route answers 200 with "Hello", and run it with ./mvnw test',
            },
          ),
        ),
        day(
          'Routes and pages',
          byStack('Add a page that lists tasks kept in an in-memory list', {
            python: 'Add a Django view, URL pattern and template that list tasks kept in memory',
            javascript:
              'Add an Express route that renders tasks kept in memory (plain HTML, or EJS after npm install ejs)',
            java: 'Add a Spring @Controller and Thymeleaf template that list tasks kept in memory (add the Thymeleaf starter first if your project lacks it)',
          }),
          'Add a route with an id in the path that shows one task, or a 404 page when it does not exist',
          'Filter the list with a query parameter such as ?done=true',
          byStack(
            'Add a /slow route that takes 3 seconds to answer, call it twice at the same time, and work out from the timing how your server handles concurrent requests',
            {
              python:
                "Add a /slow/ view that calls time.sleep(3) and logs threading.current_thread().name, call it twice at the same time, and see that Django's development server answers both at once on two threads",
              javascript:
                'Add a /slow route that waits 3 seconds with await setTimeout(3000) from node:timers/promises and a /busy route that busy-loops for 3 seconds, call each twice at the same time, and see that only the busy loop makes the second call wait',
              java: 'Add a /slow route that calls Thread.sleep(3000) and logs Thread.currentThread().getName(), call it twice at the same time, and see that Tomcat answers both at once on two threads from its pool',
            },
          ),
        ),
        day(
          'A basic web app',
          'Add a form that creates a task and redirects back to the list',
          byStack('Load the tasks from a database instead of memory', {
            python:
              'Point DATABASES at your database (for PostgreSQL, pip install "psycopg[binary]" and add it to requirements.txt), define a Task model, run makemigrations and migrate, and load tasks from the database',
            javascript:
              'Use a database driver (npm install better-sqlite3 or pg) to load tasks from the database you built in the database phase',
            java: 'Add Spring Data JPA and the PostgreSQL driver, set spring.datasource.url, define a Task entity and load tasks from the database',
          }),
          'Review: write a short README describing how a request travels through your app',
          byStack(
            'Hash a password with a slow password-hashing function, verify it, and confirm only the hash is stored',
            {
              python:
                "Hash and check a password with Django's make_password and check_password, and confirm auth_user stores only the hash",
              javascript:
                "Hash a password with Node's built-in crypto.scrypt and a random salt, then verify it with crypto.timingSafeEqual",
              java: 'Add spring-security-crypto, hash a password with BCryptPasswordEncoder and check it with matches()',
            },
          ),
        ),
      ],
    },
    {
      slug: 'api',
      firstDay: 12,
      lastDay: 14,
      focus: 'API Development and Integration',
      goal: 'Build RESTful endpoints in your framework and understand how routes, controllers and middleware fit together.',
      topics: ['apis', 'frameworks'],
      days: [
        day(
          'First JSON endpoints',
          byStack('Add GET /api/v1/tasks and GET /api/v1/tasks/{id} that return JSON', {
            python:
              'Add GET /api/v1/tasks and GET /api/v1/tasks/<int:id> views that return JsonResponse (or use Django REST framework)',
            javascript:
              'Add GET /api/v1/tasks and GET /api/v1/tasks/:id Express routes that answer with res.json()',
            java: 'Add a @RestController with GET /api/v1/tasks and GET /api/v1/tasks/{id}',
          }),
          'Call both endpoints with curl and check you get 200 for a real task and 404 for a missing one',
          'Paginate GET /api/v1/tasks with ?limit= and ?offset= (default 20, at most 100) and return the total count with each page',
          byStack(
            'Compare session and token authentication: inspect a login session cookie, decode the example JWT in RFC 7519, and write down how each is checked and revoked',
            {
              python:
                'Compare session and token authentication: log in to your Django admin and find the sessionid cookie and its django_session row, decode the example JWT in RFC 7519, and write down how each is checked and revoked',
              javascript:
                'Compare session and token authentication: inspect the session cookie a site you log in to sets, decode the example JWT in RFC 7519 with Buffer.from(part, "base64url"), and write down how each is checked and revoked',
              java: 'Compare session and token authentication: inspect the session cookie a site you log in to sets, decode the example JWT in RFC 7519 with Base64.getUrlDecoder(), and write down how each is checked and revoked',
            },
          ),
        ),
        day(
          'Controllers and middleware',
          'Add POST, PUT and DELETE endpoints that answer 201, 200 and 204 respectively',
          byStack('Write middleware that logs method, path and response time of every request', {
            python:
              'Write a Django middleware class that logs method, path and response time of every request',
            javascript:
              'Write an Express middleware function that logs method, path and response time of every request',
            java: 'Write a servlet Filter or HandlerInterceptor that logs method, path and response time of every request',
          }),
          byStack(
            'Move the request-handling code out of the route table into controller functions or classes',
            {
              python:
                'Move the task logic out of your views into a small services module that the views call',
              javascript:
                'Move the route handlers into a controllers module and mount them with express.Router()',
              java: 'Move the task logic out of the @RestController into a @Service class that the controller calls',
            },
          ),
          byStack(
            'Write at least 3 automated tests that call your endpoints: 200 for a real task, 404 for a missing one and 201 for a create',
            {
              python:
                "Write at least 3 tests with Django's test client (python manage.py test): 200 for a real task, 404 for a missing one and 201 for a create",
              javascript:
                'Write at least 3 tests with Vitest and supertest: 200 for a real task, 404 for a missing one and 201 for a create',
              java: 'Write at least 3 JUnit tests with MockMvc: 200 for a real task, 404 for a missing one and 201 for a create',
            },
          ),
        ),
        day(
          'Validation and integration',
          byStack(
            'Reject bad request bodies with 400 and an RFC 9457 problem-details body that says which field is wrong',
            {
              python:
                'Reject bad POST and PUT bodies with 400 and an RFC 9457 problem-details body (application/problem+json) that says which field is wrong',
              javascript:
                'Reject bad POST and PUT bodies with 400 and an RFC 9457 problem-details body (application/problem+json) that says which field is wrong',
              java: "Add the Validation starter, mark the request body @Valid with constraints such as @NotBlank, and answer 400 with Spring's RFC 9457 ProblemDetail naming the wrong field",
            },
          ),
          'Show the task list on a plain HTML page, served by your app, that loads it from your API with fetch()',
          'Review: list every endpoint with its method, path, body and possible responses',
          byStack(
            'Cache the task list in memory and clear the cache whenever a task is created, changed or deleted',
            {
              python:
                "Cache the task list with Django's cache framework (the default in-memory backend) for 60 seconds and delete the entry whenever a task changes",
              javascript:
                'Cache the task list in a Map with a 60-second expiry and clear it whenever a task is created, changed or deleted',
              java: 'Add spring-boot-starter-cache and @EnableCaching, cache the task list with @Cacheable and clear it with @CacheEvict whenever a task is created, changed or deleted',
            },
          ),
        ),
      ],
    },
    {
      slug: 'version-control',
      firstDay: 15,
      lastDay: 16,
      focus: 'Version Control and Collaboration',
      goal: 'Learn the everyday Git commands, host a repository on GitHub or Bitbucket and work on a small project with someone else.',
      topics: ['version-control', 'collaboration'],
      days: [
        day(
          'Git basics',
          'Run git init in your project, add a .gitignore and make your first commit',
          'Make three small commits with clear messages, then review them with git log and git diff',
          'Create a repository on GitHub (the CI and portfolio days use it) and push your project to it',
          'Practise undoing: discard a change with git restore, fix the last message with git commit --amend, and undo a pushed commit with git revert',
        ),
        day(
          'Working together',
          'Create a branch, change something, push it and open a pull request',
          'Have a friend review the pull request (or review your own diff against a short checklist and leave at least two review comments), then merge it',
          'Cause a merge conflict on purpose in two branches and resolve it',
        ),
      ],
    },
    {
      slug: 'devops',
      firstDay: 17,
      lastDay: 18,
      focus: 'DevOps and Continuous Integration/Continuous Deployment (CI/CD)',
      goal: 'Package an app in a Docker container, learn what Kubernetes is for and understand the ideas behind CI/CD.',
      topics: ['devops'],
      days: [
        day(
          'Containers and orchestration',
          'Install Docker, run hello-world, then start a PostgreSQL container and connect to it',
          byStack('Write a Dockerfile for your app, build the image and run it', {
            python:
              'Write a Dockerfile based on python:3.14-slim (the version you installed on day 1) for your app, build the image and run it',
            javascript:
              'Write a Dockerfile based on node:24-alpine (the LTS line you installed on day 1) for your app, build the image and run it',
            java: 'Write a Dockerfile based on eclipse-temurin:21-jre for the jar you build with JDK 21 (./mvnw package), build the image and run it',
          }),
          'Read a Kubernetes introduction and describe a Pod, a Deployment and a Service in one line each',
        ),
        day(
          'CI/CD pipeline',
          byStack(
            'Add a GitHub Actions workflow that installs dependencies and runs your tests on every push',
            {
              python:
                'Add a GitHub Actions workflow that sets up Python 3.14, installs requirements.txt and runs python manage.py test on every push',
              javascript:
                'Add a GitHub Actions workflow that sets up Node.js 24, runs npm ci and runs npm test on every push',
              java: 'Add a GitHub Actions workflow that sets up JDK 21 (Temurin) and runs ./mvnw verify on every push',
            },
          ),
          'Write down how continuous integration, continuous delivery and continuous deployment differ',
          'Break a test on purpose, push, watch the pipeline fail, then fix it',
          byStack(
            'Set up a linter, fix what it reports, and add a lint step to the workflow before the tests',
            {
              python:
                'Set up ruff (pip install ruff), fix what ruff check reports, and add a ruff check step to the workflow before the tests',
              javascript:
                'Set up ESLint (npm init @eslint/config@latest), fix what npx eslint . reports, and add a lint step to the workflow before the tests',
              java: 'Add the Maven Checkstyle plugin with google_checks, fix what ./mvnw checkstyle:check reports, and add that step to the workflow before the tests',
            },
          ),
        ),
      ],
    },
    {
      slug: 'final-project',
      firstDay: 19,
      lastDay: 20,
      focus: 'Final Project and Documentation',
      goal: 'Finish a small back-end project, document its API, endpoints and database, and publish it on GitHub or your portfolio.',
      topics: ['project', 'apis', 'career'],
      days: [
        day(
          'Build the task-tracker API',
          'Finish a task-tracker REST API: tasks with title, status and due date, stored in your database',
          byStack(
            'Write at least 3 more automated tests that call your endpoints and cover the new fields (an unknown status or a malformed due date gets 400)',
            {
              python:
                "Write at least 3 more tests with Django's test client that call your endpoints and cover the new fields (an unknown status or a malformed due date gets 400)",
              javascript:
                'Write at least 3 more tests with Vitest and supertest that call your endpoints and cover the new fields (an unknown status or a malformed due date gets 400)',
              java: 'Write at least 3 more JUnit tests with MockMvc that call your endpoints and cover the new fields (an unknown status or a malformed due date gets 400)',
            },
          ),
          'Make the app start with one command (e.g. docker compose up) from a fresh clone, database and migrations included',
        ),
        day(
          'Document and share',
          'Document every endpoint (method, path, body, responses) in the README or an OpenAPI file',
          'Add a table list or diagram of the database structure to the README',
          'Push to GitHub, pin the repository on your profile and link it from your portfolio or CV',
          'Before you share it, check the project against the OWASP Top 10: no secrets in the repository, hashed passwords, validated input and no stack traces in error responses',
        ),
      ],
    },
  ]),
};
