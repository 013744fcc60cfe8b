import { buildPhases, byStack, day, retired } from './build';
import type { Plan } from './types';

/** The steady route: twelve five-day phases, from first program to a deployed portfolio project. */
export const PLAN_60: Plan = {
  id: 'plan-60',
  lengthDays: 60,
  dailyMinutes: { min: 90, max: 120 },
  title: '60-day steady path',
  summary:
    'Two months, twelve five-day blocks, about 1.5–2 hours a day. Every topic gets a working ' +
    'week: learn it, practise it, review it. Adds web basics, security, ORMs and performance to ' +
    'the essentials and ends with a deployed portfolio project. Suits beginners studying next to ' +
    'a job or classes.',
  phases: buildPhases('p60', [
    {
      slug: 'fundamentals',
      firstDay: 1,
      lastDay: 5,
      focus: 'Programming Fundamentals',
      goal: 'Settle on Python, JavaScript or Java, prepare a working development setup and build fluency through coding exercises.',
      topics: ['fundamentals'],
      days: [
        day(
          'Development setup',
          byStack('Install your language and a code editor, then run a "hello world" script', {
            python:
              'Install Python 3.14 and VS Code with the Python extension, then run a "hello world" script',
            javascript:
              'Install Node.js 24 LTS and VS Code, then run a "hello world" script with node',
            java: 'Install JDK 21 (LTS) and IntelliJ IDEA or VS Code with the Java extension, then run a "hello world" class',
          }),
          'Create a folder for this course with one sub-folder per phase, moving between them in a terminal with cd, ls (dir on Windows) and pwd',
          'Run your "hello world" script once from the editor\'s Run button and once from a terminal',
          'Write a script that prints its process id (PID) and waits 60 seconds; find it with ps or Task Manager and stop it with kill',
        ),
        day(
          'Variables and control flow',
          'Write a program that converts temperatures between Celsius and Fahrenheit from user input',
          'Print a multiplication table for 1–10 with nested loops',
          'Write a number-guessing game with a loop and if/else',
        ),
        day(
          'Functions and collections',
          'Write 4 functions: sum of a list, average, minimum and maximum; test each with 3 inputs',
          byStack('Store 5 contacts as key-value records and print them sorted by name', {
            python:
              'Store 5 contacts as dicts in a list and print them sorted by name with sorted()',
            javascript:
              'Store 5 contacts as objects in an array and print them sorted by name with sort()',
            java: 'Store 5 contacts as records in a List and print them sorted with a Comparator',
          }),
          'Write a function that removes duplicates from a list while keeping the order',
        ),
        day(
          'Data structures and algorithms',
          'Implement linear search and binary search and count the steps each needs on 1,000 sorted numbers',
          'Implement a stack and a queue and use the stack to check balanced brackets in a string',
          'Write the big-O of each function you wrote this week as a comment',
        ),
        day(
          'Exercise day and review',
          'Solve 3 exercises on a practice site (string, list and map problems)',
          'Refactor your longest program from this week into smaller, well-named functions',
          'Review: list the 5 concepts that still feel shaky and redo one exercise for each',
          byStack(
            'Time three simulated 1-second I/O waits run one after another, then concurrently',
            {
              python:
                'Time three 1-second waits run one after another, then concurrently with asyncio.gather',
              javascript:
                'Time three 1-second waits awaited one after another, then concurrently with Promise.all',
              java: 'Time three 1-second waits run one after another, then concurrently on virtual threads',
            },
          ),
        ),
      ],
    },
    {
      slug: 'web-basics',
      firstDay: 6,
      lastDay: 10,
      focus: 'Web Development Basics',
      goal: 'Pick up HTML, CSS and basic JavaScript and use them to build simple static web pages.',
      topics: ['web-basics'],
      days: [
        day(
          'HTML structure',
          'Build a page with a header, nav, main, footer, a heading hierarchy, a list and a link',
          'Add an image with alt text and a table of your weekly study plan',
          'Validate the page with the W3C HTML validator and fix every error',
        ),
        day(
          'CSS basics',
          'Link a stylesheet and style fonts, colours and spacing for your page',
          'Use the box model (margin, border, padding) to turn a list of links into a styled menu',
          'Lay out a header and a three-card row with flexbox',
        ),
        day(
          'JavaScript in the browser',
          'Add a button that toggles a dark theme by switching a CSS class',
          'Read a form field and show a greeting on the page without reloading',
          byStack(
            'Serve the folder with a local static server and load a JSON file with fetch(), rendering its items as a list',
            {
              python:
                'Serve the folder with python -m http.server and load a JSON file with fetch(), rendering its items as a list',
              javascript:
                'Serve the folder with npx http-server and load a JSON file with fetch(), rendering its items as a list',
              java: 'Serve the folder with jwebserver (JDK 18+) and load a JSON file with fetch(), rendering its items as a list',
            },
          ),
        ),
        day(
          'Build a static site',
          'Build a two-page personal site: an about page and a projects page',
          'Add a contact form with labels and required fields',
          'Make the layout work on a phone-width screen with one media query',
        ),
        day(
          'Polish and review',
          'Check your site with the browser accessibility audit and fix the top issues',
          'Look at the Network tab and note how many requests the page makes and how big they are',
          'Review: explain what the browser does with HTML, CSS and JavaScript when it loads a page',
          'Reload your served site and find a response answered from the cache or with 304 Not Modified, and the header that allowed it',
        ),
      ],
    },
    {
      slug: 'databases',
      firstDay: 11,
      lastDay: 15,
      focus: 'Database Fundamentals',
      goal: 'Study relational databases such as MySQL or PostgreSQL, write SQL queries, and practise building and changing databases.',
      topics: ['databases'],
      days: [
        day(
          'Relational basics',
          'Install PostgreSQL or MySQL and connect with its command-line client',
          'Create a database with users, projects and tasks tables, each with a primary key',
          'Link the tables with foreign keys and add NOT NULL and UNIQUE constraints where they fit',
        ),
        day(
          'Querying',
          'Insert 20 sample rows across your tables',
          'Write 5 SELECT queries with WHERE and ORDER BY against the sample data',
          'Use LIKE, IN and BETWEEN in one query each',
        ),
        day(
          'Joins and aggregates',
          'Write an INNER JOIN and a LEFT JOIN and explain why their results differ',
          'Count tasks per project with GROUP BY and keep only busy projects with HAVING',
          'Write one query with a subquery and rewrite it as a JOIN',
        ),
        day(
          'Schema design',
          'Sketch an entity-relationship diagram for a small library system (books, members, loans)',
          'Normalise it to third normal form and write the CREATE TABLE statements',
          'Fill a table with 100,000 generated rows, then add an index to a column you filter on and compare EXPLAIN output before and after',
        ),
        day(
          'Changing data and review',
          'Practise UPDATE and DELETE with WHERE on a copy of your data',
          'Wrap two related changes in a transaction and commit it, then run another such transaction and roll it back',
          'Review: back up your database to a file and restore it into a new database',
        ),
      ],
    },
    {
      slug: 'framework',
      firstDay: 16,
      lastDay: 20,
      focus: 'Backend Framework Introduction',
      goal: byStack(
        'Pick a back-end framework such as Django or Express.js, complete its introductory tutorials and build a basic dynamic web app.',
        {
          python:
            "Complete Django's introductory tutorial and build a basic dynamic web app with it.",
          javascript:
            'Complete the Express.js introductory guides and build a basic dynamic web app with it.',
          java: 'Complete the Spring Boot introductory guides and build a basic dynamic web app with it.',
        },
      ),
      topics: ['frameworks'],
      days: [
        day(
          'Project setup',
          byStack('Create a new project in your framework and run its development server', {
            python:
              'Create a virtual environment, install Django and run startproject and startapp',
            javascript:
              'Create a project with npm init, install Express and nodemon, and start a server',
            java: 'Generate a Spring Boot project (Spring Web, Thymeleaf) with Spring Initializr and run it',
          }),
          'Add a home route that returns a simple page',
          'Note in the README what each generated file or folder does',
          byStack(
            'Write a first automated test that requests the home route and checks the status and text',
            {
              python:
                "Write a first test with Django's test client that gets / and checks the status and text, and run it with manage.py test",
              javascript:
                'Write a first test with node:test and supertest that gets / and checks the status and text, and run it with node --test',
              java: 'Write a first @SpringBootTest with MockMvc that gets / and checks the status and text, and run it with ./mvnw test',
            },
          ),
        ),
        day(
          'Routing and views',
          'Add routes for /, /about and /tasks',
          'Add a route with a path parameter that shows a single task',
          'Return a custom 404 page for unknown paths',
          'Add tests that /tasks/<id> shows an existing task and that an unknown path answers 404',
        ),
        day(
          'Templates and forms',
          byStack('Render the task list with a template that loops over the tasks', {
            python: 'Render the task list with a Django template using {% for %}',
            javascript: 'Render the task list with an EJS or Pug template',
            java: 'Render the task list with a Thymeleaf template using th:each',
          }),
          'Share a layout template (header and footer) between all pages',
          'Add a form that creates a task and shows an error when the title is empty',
          'Move the title check into a small function and unit-test it without starting the server',
        ),
        day(
          'Connecting the database',
          byStack('Store tasks in the database you designed last phase instead of in memory', {
            python:
              'Point DATABASES at your PostgreSQL or MySQL database (install psycopg or mysqlclient), define a Task model, run makemigrations and migrate, and read tasks with the ORM',
            javascript:
              'Connect to your database with the pg or mysql2 driver and read tasks with SQL',
            java: 'Add Spring Data JPA and the PostgreSQL or MySQL driver, define a Task entity and a repository, and read tasks with it',
          }),
          'Save new tasks from the form into the database',
          'Add a button that marks a task as done',
        ),
        day(
          'Dynamic app and review',
          'Add edit and delete for tasks so the app covers all four CRUD actions',
          'Keep database settings in environment variables instead of source code',
          'Review: trace one form submission from the browser to the database and back in your own words',
          'Write an integration test that creates a task through the form and finds it in a test database',
        ),
      ],
    },
    {
      slug: 'api',
      firstDay: 21,
      lastDay: 25,
      focus: 'API Development',
      goal: 'Go deeper into APIs: build RESTful endpoints and plug them into the web app from the previous phase.',
      topics: ['apis', 'frameworks'],
      days: [
        day(
          'Designing the API',
          'Write the endpoint list for tasks: method, path, request body and response for each',
          'Pick the status code each endpoint returns on success and on each kind of failure',
          'Decide one JSON error format for every endpoint: RFC 9457 problem details (type, title, status, detail)',
          'Version the API: put every path under /api/v1 and list two changes that would break clients and so need /api/v2',
        ),
        day(
          'Read endpoints',
          byStack('Add GET /api/v1/tasks and GET /api/v1/tasks/{id} returning JSON', {
            python:
              'Install Django REST framework and add GET /api/v1/tasks and GET /api/v1/tasks/<id> with its serializers and views',
            javascript:
              'Add GET /api/v1/tasks and GET /api/v1/tasks/:id with an Express Router returning res.json()',
            java: 'Add GET /api/v1/tasks and GET /api/v1/tasks/{id} to a @RestController',
          }),
          'Test both endpoints with curl or Postman, including a missing id',
          'Add a ?status= filter to the list endpoint',
          'Paginate the list endpoint with limit and offset, a default page size and a maximum',
        ),
        day(
          'Write endpoints',
          'Add POST, PUT and DELETE endpoints for tasks',
          'Validate incoming JSON and answer 400 with the field that is wrong',
          'Save a Postman collection (or a curl script) that exercises every endpoint',
          'Write automated tests for the write endpoints: 201 on a valid POST, 400 on an empty title, 404 on deleting a missing id',
        ),
        day(
          'Integrating with the web app',
          'Make the task page load its list from the API with fetch() instead of server rendering',
          'Create and delete tasks from the page through the API without a page reload',
          'Show a friendly message on the page when the API returns an error',
        ),
        day(
          'API review',
          'Write README documentation for every endpoint with an example request and response',
          'Call a public API (e.g. a weather or currency API) from your back end and return part of its data',
          'Review: list which endpoints are idempotent and why',
          'Add a /graphql endpoint with a Task type and a tasks query, and fetch only id and title in one request',
        ),
      ],
    },
    {
      slug: 'version-control',
      firstDay: 26,
      lastDay: 30,
      focus: 'Version Control and Collaboration',
      goal: 'Learn Git and GitHub, work on projects with other people and make an open-source contribution if you can.',
      topics: ['version-control', 'collaboration'],
      days: [
        day(
          'Git essentials',
          'Put your framework project under Git with a sensible .gitignore and first commit',
          'Practise git status, add, commit, log and diff: make three small commits, checking status and diff before each',
          'Undo a change three ways: restore a file, amend a commit, revert a commit',
        ),
        day(
          'Branches and merging',
          'Build a small feature on a branch and merge it back into main',
          'Create a merge conflict on purpose and resolve it',
          'Tag your current state as v0.1',
          'Rebase a short-lived branch onto main and compare git log --graph with the merge you made earlier',
        ),
        day(
          'GitHub workflow',
          'Push your project to GitHub and write a README with setup steps',
          'Open an issue for a planned feature, fix it on a branch and close it from the pull request',
          'Protect the main branch so changes arrive only through pull requests',
        ),
        day(
          'Collaborating',
          'Pair with someone (or a study group) on a shared repository: each opens one pull request',
          "Review someone else's pull request and leave at least two specific comments",
          'Fork a repository, keep it in sync with upstream and open a pull request to it',
        ),
        day(
          'Open source and review',
          'Find a "good first issue" in a project that uses your language',
          'Read its CONTRIBUTING guide and set the project up locally',
          'Review: open a small pull request there (a docs fix or a new test) that follows its CONTRIBUTING guide',
        ),
      ],
    },
    {
      slug: 'advanced',
      firstDay: 31,
      lastDay: 35,
      focus: 'Advanced Backend Concepts',
      goal: 'Work through authentication, authorization, middleware and error handling in the framework you chose.',
      topics: ['advanced', 'security', 'frameworks'],
      days: [
        day(
          'Authentication concepts',
          'Write down how session-cookie login and token login differ, with one pro and one con each',
          byStack('Hash and verify a password with a proper password-hashing library', {
            python: "Hash and verify a password with Django's make_password and check_password",
            javascript: 'Hash and verify a password with bcrypt or argon2',
            java: "Hash and verify a password with Spring Security's BCryptPasswordEncoder",
          }),
          'List what must never be stored or logged: plain passwords, full tokens, secrets',
          'Sketch the OAuth 2.0 authorization-code flow with PKCE behind a "Sign in with Google" button and note what OpenID Connect adds',
        ),
        day(
          'Sign-up and login',
          'Add sign-up and login endpoints to your task app',
          byStack('Keep the user logged in between requests', {
            python: "Keep the user logged in with Django's session authentication",
            javascript: 'Keep the user logged in with express-session or a signed JWT',
            java: 'Keep the user logged in with Spring Security session or JWT authentication',
          }),
          byStack(
            'Add logout and check that the old session or token is rejected afterwards (a signed JWT needs a deny-list of revoked token ids for that)',
            {
              python:
                "Add logout with Django's logout() and check that the old session cookie is rejected afterwards",
              javascript:
                'Add logout and check the old credentials are rejected afterwards: destroy the session, or for a JWT keep a deny-list of revoked token ids (jti) until they expire',
              java: 'Add logout and check the old credentials are rejected afterwards: invalidate the session, or for a JWT keep a deny-list of revoked token ids (jti) until they expire',
            },
          ),
        ),
        day(
          'Authorization',
          'Make every task belong to a user and show users only their own tasks',
          "Return 401 when not logged in and 403 when touching someone else's task",
          'Add an admin role that can see all tasks',
        ),
        day(
          'Middleware',
          retired('Write a middleware that adds a request id to every request and response'),
          'Write a middleware that rejects requests without a valid login on /api routes',
          'Write down the order your middleware runs in and why the order matters',
          'Move the sign-up welcome email into a background job: queue it in a jobs table and let a separate worker process send (log) it',
          'Write a middleware that adds a request id to every request and response and logs one JSON line per request with it',
        ),
        day(
          'Error handling and review',
          byStack(
            'Add one central error handler that turns exceptions into your JSON error format',
            {
              python:
                'Add a DRF exception handler (or middleware) that turns exceptions into your JSON error format',
              javascript:
                'Add an Express error-handling middleware (err, req, res, next) that returns your JSON error format',
              java: 'Add a @RestControllerAdvice that turns exceptions into your JSON error format',
            },
          ),
          'Make sure stack traces are logged on the server but never sent to the client',
          byStack(
            'Review: write integration tests for login, a forbidden request and an unknown route',
            {
              python:
                'Review: write Django TestCase tests with the test client for login, a forbidden request and an unknown route, and run them with manage.py test',
              javascript:
                'Review: write node:test and supertest tests for login, a forbidden request and an unknown route, and run them with node --test',
              java: 'Review: write @SpringBootTest tests with MockMvc for login, a forbidden request and an unknown route',
            },
          ),
        ),
      ],
    },
    {
      slug: 'orm',
      firstDay: 36,
      lastDay: 40,
      focus: 'Databases and ORM',
      goal: byStack(
        'Go further with database management and learn to use an Object-Relational Mapping (ORM) tool such as Hibernate or Sequelize.',
        {
          python:
            'Go further with database management and learn an ORM in depth: the Django ORM or SQLAlchemy.',
          javascript:
            'Go further with database management and learn an ORM in depth, such as Sequelize.',
          java: 'Go further with database management and learn an ORM in depth, such as Hibernate.',
        },
      ),
      topics: ['databases', 'orm'],
      days: [
        day(
          'What an ORM does',
          'Write down what an ORM saves you and what it hides, with one example of each',
          byStack('Define User and Task models in your ORM', {
            python: 'Define User and Task models with the Django ORM (or SQLAlchemy)',
            javascript: 'Define User and Task models with Sequelize',
            java: 'Define User and Task entities with Hibernate/JPA annotations',
          }),
          'Turn on SQL logging and look at the queries the ORM generates',
        ),
        day(
          'CRUD through the ORM',
          'Create, read, update and delete a task through the ORM only',
          'Write 3 filtered queries with the ORM (by status, by owner, by due date) and compare them with hand-written SQL',
          'Sort and paginate results through the ORM',
        ),
        day(
          'Relationships',
          'Model one-to-many (user has tasks) and many-to-many (tasks have tags)',
          byStack(
            'Load a user with their tasks using eager loading and count the queries in the SQL log',
            {
              python:
                'Load tasks with their owner in one query with select_related and a user with their tasks in two with prefetch_related, counting the queries in the SQL log',
              javascript:
                'Load a user with their tasks in a single query with include, and confirm it in the SQL log',
              java: 'Load a user with their tasks in a single query with JOIN FETCH or @EntityGraph, and confirm it in the SQL log',
            },
          ),
          'Delete a user and decide what happens to their tasks (cascade or block)',
        ),
        day(
          'Migrations',
          byStack('Create a migration that adds a priority column to tasks', {
            python: 'Add a priority field and create the migration with makemigrations',
            javascript: 'Add a priority column with a Sequelize migration',
            java: 'Add a priority column with a Flyway or Liquibase migration',
          }),
          byStack('Reverse the migration and apply it again', {
            python:
              'Roll the migration back with migrate <app> <previous migration> and forward again with migrate',
            javascript:
              'Roll the migration back with sequelize-cli db:migrate:undo and forward again with db:migrate',
            java: "Reverse the change with a new forward migration that drops the column (Flyway's undo is a paid feature), then add it back with another",
          }),
          'Write a data migration that fills priority for existing tasks',
        ),
        day(
          'Query performance and review',
          'Reproduce an N+1 query problem, then fix it with eager loading',
          'Generate about 100,000 tasks, then add an index through a migration and compare EXPLAIN ANALYZE before and after',
          'Review: for one complex report, decide between ORM code and raw SQL and note why',
        ),
      ],
    },
    {
      slug: 'security',
      firstDay: 41,
      lastDay: 45,
      focus: 'Web Security',
      goal: 'Learn security best practices, serve your app over HTTPS and know the common vulnerabilities and how to block them.',
      topics: ['security'],
      days: [
        day(
          'Common vulnerabilities',
          'Read the OWASP Top 10 (2025 edition) and write one sentence per item in your own words',
          'Pick the three items most likely in your task app and note where they could occur',
          'Check your login and sign-up against the OWASP Authentication Cheat Sheet and fix one gap, such as error messages that reveal which emails have accounts',
        ),
        day(
          'Injection and XSS',
          'Show how string-built SQL allows injection in a scratch script, then fix it with parameters',
          'Save a task titled <script>alert(1)</script> and confirm your templates and your fetch()-rendered list both show it as plain text',
          'Search your code for any query built by string concatenation and fix it',
        ),
        day(
          'CSRF, CORS and headers',
          'Explain CSRF in your own words and check your forms are protected',
          'Restrict CORS on your API to the one origin your front end uses',
          'Add security headers (Content-Security-Policy, X-Content-Type-Options) and check them in DevTools',
        ),
        day(
          'HTTPS and secrets',
          "Run your app locally over HTTPS with a certificate from mkcert's local certificate authority",
          'Mark session cookies Secure, HttpOnly and SameSite',
          'Move every secret into environment variables and make sure .env is git-ignored',
        ),
        day(
          'Security review',
          byStack('Scan your dependencies for known vulnerabilities and update the risky ones', {
            python: 'Scan your dependencies with pip-audit and update the risky ones',
            javascript: 'Scan your dependencies with npm audit and update the risky ones',
            java: 'Scan your dependencies with OWASP Dependency-Check (a free NVD API key makes its first run fast) and update the risky ones',
          }),
          'Add rate limiting to the login endpoint',
          'Review: write a short security checklist for your project and tick off what is done',
        ),
      ],
    },
    {
      slug: 'devops',
      firstDay: 46,
      lastDay: 50,
      focus: 'DevOps and Deployment',
      goal: 'Containerise your app with Docker, learn how Kubernetes runs containers and set up a CI/CD pipeline.',
      topics: ['devops'],
      days: [
        day(
          'Docker basics',
          'Install Docker and run hello-world, then an nginx container on port 8080',
          'Practise docker ps, logs, exec and stop on a running container',
          'Run PostgreSQL in a container with a named volume and connect to it',
        ),
        day(
          'Containerising the app',
          byStack('Write a Dockerfile for your app and build the image', {
            python:
              'Write a Dockerfile based on python:3.14-slim that installs requirements.txt and starts your app with gunicorn',
            javascript:
              'Write a Dockerfile based on node:24-alpine that runs npm ci and starts your app',
            java: 'Write a multi-stage Dockerfile that builds your jar on eclipse-temurin:21-jdk and runs it on eclipse-temurin:21-jre',
          }),
          'Add a .dockerignore and check the image size',
          'Write a docker-compose.yml that starts the app and its database together',
          'Add a /health endpoint that answers 200 when the database responds and 503 when it does not',
        ),
        day(
          'Kubernetes basics',
          'Install kind or minikube and start a local cluster',
          'Load your image into the cluster (kind load docker-image or minikube image load), deploy it and PostgreSQL each with a Deployment and a Service, and open the app in the browser',
          'Scale the Deployment to 3 replicas and delete a Pod to watch it come back',
        ),
        day(
          'Continuous integration',
          byStack(
            'Set up a linter, then add a GitHub Actions workflow that installs dependencies, runs the linter and runs the tests on every push',
            {
              python:
                'Set up ruff, then add a GitHub Actions workflow that installs dependencies, runs ruff check and runs the tests on every push',
              javascript:
                'Set up ESLint, then add a GitHub Actions workflow that runs npm ci, ESLint and the tests on every push',
              java: 'Add Checkstyle to your build, then a GitHub Actions workflow that builds, runs Checkstyle and runs the tests on every push',
            },
          ),
          'Make the workflow build the Docker image too',
          'Make the CI check required in a branch protection rule on main, then open a pull request with a failing test and confirm it cannot be merged',
        ),
        day(
          'Continuous deployment and review',
          'Deploy the container to a free hosting tier of your choice',
          'Extend the pipeline so a merge to main deploys automatically',
          'Review: draw your pipeline from commit to running app',
        ),
      ],
    },
    {
      slug: 'performance',
      firstDay: 51,
      lastDay: 55,
      focus: 'Performance Optimization',
      goal: 'Learn ways to make web apps faster, including caching, lazy loading and cutting down the number of resource requests.',
      topics: ['performance'],
      days: [
        day(
          'Measure first',
          byStack('Load-test your list endpoint and record requests per second and p95 latency', {
            python:
              'Load-test your list endpoint with locust and record requests per second and p95 latency',
            javascript:
              'Load-test your list endpoint with autocannon and record requests per second and p99 latency',
            java: 'Load-test your list endpoint with k6 and record requests per second and p95 latency',
          }),
          'Log how long each database query takes and find the slowest one',
          'Run a Lighthouse report on your front page and note the top suggestions',
          byStack(
            'Expose request count and latency metrics in Prometheus format and watch them change during a load test',
            {
              python:
                'Expose request count and latency metrics on /metrics with prometheus-client and watch them change during a load test',
              javascript:
                'Expose request count and latency metrics on /metrics with prom-client and watch them change during a load test',
              java: 'Expose request metrics on /actuator/prometheus with Actuator and Micrometer and watch them change during a load test',
            },
          ),
        ),
        day(
          'HTTP caching',
          'Add Cache-Control headers to static files and check them in the Network tab',
          'Add ETag support to one API response and confirm a repeat request gets 304',
          'Write down which responses must never be stored in a cache (e.g. anything with tokens or personal details) and mark them no-store',
        ),
        day(
          'Server-side caching',
          'Cache an expensive query result in memory with a time limit',
          'Run Redis in Docker and move the cache there',
          'Clear the cache when the underlying data changes and test that stale data never shows',
        ),
        day(
          'Lazy loading and fewer requests',
          retired('Add pagination to the task list endpoint instead of returning everything'),
          'Lazy-load images below the fold with loading="lazy"',
          'Turn on gzip or brotli compression and combine or remove unneeded front-end requests',
          byStack(
            'Size your database connection pool and check that a load test reuses a fixed number of connections',
            {
              python:
                'Turn on connection reuse (CONN_MAX_AGE, or the psycopg pool on Django 5.1+) and check in pg_stat_activity that a load test reuses a fixed number of connections',
              javascript:
                'Size your Sequelize connection pool and check in pg_stat_activity that a load test reuses a fixed number of connections',
              java: "Size HikariCP's pool with spring.datasource.hikari.maximum-pool-size and check in pg_stat_activity that a load test reuses a fixed number of connections",
            },
          ),
          'Switch the task list from offset to keyset (cursor) pagination and compare a deep page with OFFSET on your 100,000 tasks',
        ),
        day(
          'Compare and review',
          'Repeat the day-one load test and compare the numbers',
          'Check the slowest query again after indexing or caching',
          'Review: write a short before/after table of what you changed and what it gained',
          'Run two copies of your app behind nginx as a load balancer in docker compose and repeat the load test through nginx',
        ),
      ],
    },
    {
      slug: 'final-project',
      firstDay: 56,
      lastDay: 60,
      focus: 'Final Project and Portfolio',
      goal: 'Build a complete back-end project, document its code, API and deployment, show it on your portfolio or GitHub, and improve it from feedback.',
      topics: ['project', 'testing', 'career'],
      days: [
        day(
          'Plan the task-tracker API',
          'Write a one-page spec: users, projects, tasks with status and due date, and login',
          'List every endpoint and the database tables it needs',
          'Create a fresh repository with a README stub and a project board of issues',
        ),
        day(
          'Build the core',
          'Implement the models, migrations and CRUD endpoints for projects and tasks',
          'Add sign-up, login and per-user access rules',
          'Commit in small steps through pull requests on your own repository',
        ),
        day(
          'Test and package',
          byStack('Write tests for each endpoint, covering success and error cases', {
            python: 'Write pytest tests for each endpoint, covering success and error cases',
            javascript:
              'Write node:test and supertest tests for each endpoint, covering success and error cases',
            java: 'Write JUnit and MockMvc tests for each endpoint, covering success and error cases',
          }),
          'Add a Dockerfile and docker-compose.yml so the project starts with one command',
          'Make CI run the tests on every pull request',
        ),
        day(
          'Document and deploy',
          'Document the API with an OpenAPI file or a README table with examples',
          'Describe the deployment process step by step in the README',
          'Deploy the project and put the live link at the top of the README',
        ),
        day(
          'Showcase and feedback',
          'Add the project to your portfolio or GitHub profile with a short write-up and screenshots',
          'Ask two people (mentor, forum, study group) to review it',
          'Turn the feedback into issues and fix at least one',
        ),
      ],
    },
  ]),
};
