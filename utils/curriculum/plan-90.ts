import { buildPhases, byStack, day, retired } from './build';
import type { Plan } from './types';

/** The thorough route: a week per topic, plus a specialisation week, before the final project. */
export const PLAN_90: Plan = {
  id: 'plan-90',
  lengthDays: 90,
  dailyMinutes: { min: 60, max: 90 },
  title: '90-day deep dive',
  summary:
    'Three months, a full week per topic, around 1–1.5 hours a day. Slower and more thorough: ' +
    'responsive front-end basics, branching strategies, encryption, Kubernetes, a week on ' +
    'microservices and serverless, and a polished portfolio project at the end. Suits complete ' +
    'beginners and anyone who wants to be ready to apply for jobs afterwards.',
  phases: buildPhases('p90', [
    {
      slug: 'fundamentals',
      firstDay: 1,
      lastDay: 7,
      focus: 'Programming Fundamentals',
      goal: 'Choose Python, JavaScript or Java, set up a development environment and get solid on basic syntax and core programming ideas.',
      topics: ['fundamentals'],
      days: [
        day(
          'Choose and install',
          'Compare Python, JavaScript and Java for back-end work in a short list of pros and cons, then pick one',
          byStack('Install your language and an editor, then run a "hello world" program', {
            python:
              'Install Python 3.14 and VS Code with the Python extension, then run a "hello world" script',
            javascript:
              'Install Node.js 24 LTS and VS Code, then run a "hello world" script with node',
            java: 'Install JDK 21 (an LTS release) and IntelliJ IDEA or VS Code with the Java extensions, then run a "hello world" class',
          }),
          'Run the same program from the terminal and from the editor, passing it your name as a command-line argument',
        ),
        day(
          'Variables, types and operators',
          'Write a program that reads two numbers and prints their sum, difference, product and quotient',
          'Try mixing types (number plus text) and write down what your language does',
          'Write a tip calculator that rounds the result to two decimals',
        ),
        day(
          'Control flow',
          'Write a grade calculator that turns a score into A–F with if/else',
          'Print FizzBuzz for 1–100',
          'Write a loop that keeps asking for input until the user types "quit"',
        ),
        day(
          'Functions and scope',
          "Turn yesterday's programs into functions with parameters and return values",
          'Write a recursive function for factorial and one for the Fibonacci numbers',
          'Show the difference between a local and a global variable in a tiny program and write it down',
        ),
        day(
          'Collections',
          byStack('Practise the main collection types: lists, maps and sets', {
            python: 'Practise list, dict and set: add, remove, look up and loop over each',
            javascript: 'Practise Array, Map and Set: add, remove, look up and loop over each',
            java: 'Practise ArrayList, HashMap and HashSet: add, remove, look up and loop over each',
          }),
          'Count word frequencies in a paragraph and print the top 5 words',
          'Implement binary search on a sorted list and count how many steps it takes',
        ),
        day(
          'Objects and classes',
          'Write a BankAccount class with deposit, withdraw and a balance that cannot go negative',
          'Write a Task class with a title, a status and a method that marks it done',
          'Use composition: a TaskList class that holds and filters Task objects',
        ),
        day(
          'Errors, files and review',
          byStack('Handle bad input with exceptions instead of crashing', {
            python: 'Handle bad input with try/except and raise a ValueError of your own',
            javascript: 'Handle bad input with try/catch and throw an Error of your own',
            java: 'Handle bad input with try/catch and throw an IllegalArgumentException of your own',
          }),
          byStack('Save your TaskList to a file and load it back', {
            python: 'Save your TaskList to a JSON file with the json module and load it back',
            javascript:
              'Save your TaskList to a JSON file with JSON.stringify and node:fs, and load it back',
            java: 'Save your TaskList to a text file with java.nio.file.Files (one task per line) and load it back',
          }),
          'Review: solve 3 exercises on a practice site without looking at notes',
          byStack(
            "Time three 1-second waits run one after another, then concurrently, and print your program's process id",
            {
              python:
                'Time three 1-second waits run one after another, then together with asyncio.gather, and print os.getpid()',
              javascript:
                'Time three 1-second timers awaited one after another, then together with Promise.all, and print process.pid',
              java: 'Time three 1-second Thread.sleep tasks run one after another, then on a virtual-thread executor, and print ProcessHandle.current().pid()',
            },
          ),
        ),
      ],
    },
    {
      slug: 'web-basics',
      firstDay: 8,
      lastDay: 14,
      focus: 'Web Development Basics',
      goal: 'Learn HTML, CSS and JavaScript properly, build static pages and become confident with responsive layouts.',
      topics: ['web-basics'],
      days: [
        day(
          'HTML structure',
          'Build a page with header, nav, main and footer elements and a clear heading hierarchy',
          'Add a list, a table, links and an image with alt text',
          'Run the page through the W3C HTML validator and fix every error',
        ),
        day(
          'Forms and semantics',
          'Build a sign-up form with labelled inputs for name, email and password',
          'Use input types and required, minlength and pattern attributes for built-in validation',
          'Navigate the form with the keyboard only and fix anything you cannot reach',
        ),
        day(
          'CSS fundamentals',
          'Style fonts, colours and spacing from an external stylesheet',
          'Use the box model to build a card with margin, border and padding',
          'Practise class, element and descendant selectors and check which rule wins in DevTools',
        ),
        day(
          'Flexbox and grid',
          'Build a navigation bar with flexbox',
          'Build a three-column card gallery with CSS grid',
          'Centre an element horizontally and vertically in two different ways',
        ),
        day(
          'Responsive layouts',
          'Add the viewport meta tag and design the gallery mobile-first',
          'Add media queries so the gallery shows 1, 2 or 3 columns by screen width',
          'Test the layout in the DevTools device toolbar at three widths',
        ),
        day(
          'JavaScript in the page',
          'Select elements and change their text and classes from a script',
          'Handle a click and a form submit event and show the result on the page',
          byStack(
            'Serve the folder with a local web server, then fetch a JSON file from it and render its contents as cards',
            {
              python:
                'Serve the folder with python -m http.server, then fetch a JSON file from it and render its contents as cards',
              javascript:
                'Serve the folder with npx http-server, then fetch a JSON file from it and render its contents as cards',
              java: 'Serve the folder with jwebserver (it comes with the JDK), then fetch a JSON file from it and render its contents as cards',
            },
          ),
          byStack(
            'Read the caching headers your local server sends with curl -I, then send a conditional request and compare the answer',
            {
              python:
                'Read the Last-Modified header python -m http.server sends (curl -I), then repeat the request with If-Modified-Since and get 304 Not Modified',
              javascript:
                'Read the Cache-Control, ETag and Last-Modified headers http-server sends (curl -I), then repeat the request with If-None-Match and get 304 Not Modified',
              java: 'Read the Last-Modified header jwebserver sends (curl -I), then repeat the request with If-Modified-Since and see that this minimal server still answers 200 in full',
            },
          ),
        ),
        day(
          'Static site and review',
          'Build a responsive personal site with a home, projects and contact page',
          'Run a Lighthouse audit and fix the top accessibility and performance findings',
          'Review: explain how the browser turns HTML, CSS and JavaScript into a page',
        ),
      ],
    },
    {
      slug: 'databases',
      firstDay: 15,
      lastDay: 21,
      focus: 'Database Fundamentals',
      goal: 'Learn how relational databases like MySQL or PostgreSQL work, practise schema design and SQL queries, and understand normalisation.',
      topics: ['databases'],
      days: [
        day(
          'Relational concepts',
          'Install PostgreSQL (recommended, as later weeks use it) or MySQL and connect with its command-line client',
          'Write down what tables, rows, columns, primary keys and foreign keys are, with one example each',
          'Create a practice database and list its tables with the client',
        ),
        day(
          'Designing a schema',
          'Draw an entity-relationship diagram for a task tracker: users, projects, tasks, comments',
          'Mark each relationship as one-to-one, one-to-many or many-to-many',
          'Choose a column type for every field and justify the less obvious ones',
        ),
        day(
          'Creating tables',
          'Write CREATE TABLE statements for your diagram with primary and foreign keys',
          'Add NOT NULL, UNIQUE, CHECK and DEFAULT constraints where they fit',
          'Insert 20 sample rows and try inserts that each constraint should reject',
        ),
        day(
          'Selecting data',
          'Write 5 SELECT queries with WHERE and ORDER BY against the sample data',
          'Use LIKE, IN, BETWEEN and IS NULL in one query each',
          'Page through the tasks with LIMIT and OFFSET',
        ),
        day(
          'Joins and aggregates',
          'Write INNER, LEFT and self joins and explain why their results differ',
          'Count tasks per user and per status with GROUP BY and HAVING',
          'Write one query with a subquery and rewrite it as a JOIN',
        ),
        day(
          'Normalisation',
          'Take a flat spreadsheet of orders that repeats customer data and normalise it to 3NF',
          'Write one example each of a 1NF, 2NF and 3NF violation and its fix',
          'Name one case where you would denormalise on purpose and why',
        ),
        day(
          'Transactions, indexes and review',
          'Run two related updates in one transaction and commit, then run them again in another and roll it back',
          'Generate 100,000 tasks (generate_series in PostgreSQL, a recursive CTE in MySQL), then index a filtered column and compare EXPLAIN ANALYZE before and after',
          'Review: back up the database to a file and restore it into a new one',
        ),
      ],
    },
    {
      slug: 'framework',
      firstDay: 22,
      lastDay: 28,
      focus: 'Backend Framework Introduction',
      goal: byStack(
        'Pick a back-end framework such as Django or Express.js, work through its full tutorials and build a basic dynamic web app.',
        {
          python:
            "Work through Django's full official tutorial and build a basic dynamic web app with it.",
          javascript:
            'Work through the Express.js guides in full and build a basic dynamic web app with it.',
          java: 'Work through the Spring Boot guides in full and build a basic dynamic web app with it.',
        },
      ),
      topics: ['frameworks'],
      days: [
        day(
          'Project setup',
          byStack('Create a project in your framework and run its development server', {
            python:
              'Create a virtual environment, install Django, run startproject and startapp, and start runserver',
            javascript:
              'Create a project with npm init, install Express, and start the server with node --watch',
            java: 'Generate a Spring Boot project for Java 21 (Spring Web, Thymeleaf, Validation, DevTools; no database yet) and run it',
          }),
          'Walk through the generated files and note what each one is for',
          byStack('Change the port and one other setting through configuration, not code', {
            python:
              'Run the server on port 8080 and read DEBUG and SECRET_KEY in settings.py from environment variables',
            javascript:
              'Read the port and one other setting from environment variables (process.env) instead of hard-coding them',
            java: 'Change server.port and one other setting in application.properties',
          }),
        ),
        day(
          'Routing',
          'Add routes for /, /about and /tasks',
          'Add a route with a path parameter and one that reads a query parameter',
          'Return a custom 404 page for unknown paths',
        ),
        day(
          'Templates',
          byStack('Render a task list (kept in memory for now) with your template engine', {
            python:
              'Render a task list (a Python list in memory for now) with a Django template using {% for %} and {% if %}',
            javascript:
              'Render a task list (an array in memory for now) with an EJS or Pug template',
            java: 'Render a task list (a List in memory for now) with a Thymeleaf template using th:each and th:if',
          }),
          'Create a shared layout with header and footer that every page uses',
          'Serve a stylesheet and an image as static files',
        ),
        day(
          'Forms and validation',
          'Add a form that creates a task in the in-memory list',
          'Validate on the server and show errors next to the fields',
          'Redirect after a successful submit so a refresh does not submit twice',
          byStack(
            'Write a unit test for your task validation: one valid input and two invalid ones',
            {
              python:
                'Write a unit test (Django SimpleTestCase) for your task form: one valid input and two invalid ones',
              javascript:
                'Write a unit test with node:test for your task validation function: one valid input and two invalid ones',
              java: 'Write a JUnit test for your task form validation: one valid input and two invalid ones',
            },
          ),
        ),
        day(
          'Models and the database',
          byStack('Store tasks in your PostgreSQL or MySQL database through the framework', {
            python:
              'Point Django at your PostgreSQL or MySQL database, define a Task model, run makemigrations and migrate, and query tasks with the ORM',
            javascript:
              'Connect to PostgreSQL with the pg driver (or MySQL with mysql2) and load and save tasks with parameterised SQL',
            java: 'Add Spring Data JPA and your database driver, define a Task entity and a JpaRepository, and load and save tasks with it',
          }),
          'Save tasks from the form into the database',
          'Keep database credentials in environment variables',
        ),
        day(
          'Completing CRUD',
          'Add edit and delete pages so tasks support all four CRUD actions',
          'Add a "mark done" action and a filter for open and finished tasks',
          byStack('Explore one built-in extra of your framework', {
            python: 'Register Task in the Django admin and manage tasks from there',
            javascript: 'Add the morgan request logger and read its line for each request',
            java: 'Add Spring Boot Actuator and look at its health endpoint',
          }),
        ),
        day(
          'Dynamic app and review',
          'Add a simple search box that filters tasks by title',
          'Write 2 automated integration tests against a test database: one page loads, one form creates a task',
          'Review: trace a request through routing, view or controller, model and template in your own words',
        ),
      ],
    },
    {
      slug: 'api',
      firstDay: 29,
      lastDay: 35,
      focus: 'API Development',
      goal: 'Deepen your grasp of APIs, build RESTful endpoints and connect them to the web app you built.',
      topics: ['apis', 'frameworks'],
      days: [
        day(
          'REST principles',
          'Write down how resources, HTTP methods, status codes and statelessness shape a REST API',
          'Design the endpoint list for tasks and projects: method, path, body and responses',
          'Adopt RFC 9457 problem details as your JSON error format and pick one naming style for fields',
          'Put the API under a /api/v1 prefix and list three changes that would break clients and three that would not',
        ),
        day(
          'Read endpoints',
          byStack('Add list and detail endpoints for tasks that return JSON', {
            python:
              'Add list and detail endpoints for tasks with Django REST framework serializers and viewsets',
            javascript:
              'Add list and detail endpoints for tasks with an Express Router and res.json()',
            java: 'Add list and detail endpoints for tasks to a @RestController',
          }),
          'Return 404 as an RFC 9457 problem details response for a missing task',
          'Test the endpoints with curl or Postman',
        ),
        day(
          'Write endpoints',
          'Add POST, PUT, PATCH and DELETE endpoints for tasks',
          'Return 201 with a Location header after creating a task',
          'Save a Postman collection or curl script that exercises every endpoint',
          'Make POST /api/v1/tasks honour an Idempotency-Key header so a retried request does not create a second task',
        ),
        day(
          'Validation and errors',
          byStack('Validate request bodies and answer 400 with the failing fields', {
            python:
              'Validate request bodies with DRF serializers and answer 400 with the failing fields',
            javascript:
              'Validate request bodies with a schema library (e.g. zod or valibot) and answer 400 with the failing fields',
            java: 'Validate request bodies with Bean Validation (@Valid, @NotBlank) and answer 400 with the failing fields',
          }),
          'Handle malformed JSON and unsupported methods with the right status codes',
          'Write tests for one success and two failure cases per write endpoint',
        ),
        day(
          'Filtering and pagination',
          'Add ?status= and ?due_before= filters to the task list',
          'Add page and page-size parameters (with a maximum page size) and return the total count',
          'Add sorting with a whitelist of allowed fields',
        ),
        day(
          'Integrating with the web app',
          'Make the task page load and update tasks through the API with fetch()',
          'Show loading and error states on the page',
          'Call a public third-party API from your back end and return part of its data',
        ),
        day(
          'Documentation and review',
          byStack('Describe the API in an OpenAPI file and view it in Swagger UI', {
            python:
              'Generate an OpenAPI description with drf-spectacular and view it in Swagger UI',
            javascript:
              'Write an openapi.yaml for the API and serve it in Swagger UI with swagger-ui-express',
            java: 'Generate an OpenAPI description with springdoc-openapi and view it in Swagger UI',
          }),
          'Write the GraphQL query that would fetch tasks with their project names and compare it with the REST calls it replaces',
          'Review: list which endpoints are safe, which are idempotent, and why',
        ),
      ],
    },
    {
      slug: 'version-control',
      firstDay: 36,
      lastDay: 42,
      focus: 'Version Control and Collaboration',
      goal: 'Become fluent with Git and GitHub, work on bigger shared projects, contribute to open source and understand branching and merging strategies.',
      topics: ['version-control', 'collaboration'],
      days: [
        day(
          'Git essentials',
          'Put your project under Git with a .gitignore and a first commit',
          'Practise status, add, commit, log and diff until you need no notes',
          'Write three commit messages in the "what and why" style',
        ),
        day(
          'Branching',
          'Build a feature on a branch and merge it back',
          'Create a merge conflict on purpose and resolve it',
          'List, rename and delete branches locally and on a remote (a bare repository in another folder stands in until you use GitHub)',
        ),
        day(
          'Merge or rebase',
          'Rebase a feature branch onto main and compare the history with a merge',
          'Squash several small commits into one with interactive rebase',
          'Write down when rebasing is safe and when it is not',
        ),
        day(
          'GitHub workflow',
          'Push to GitHub, write a README and protect the main branch',
          'Open an issue, fix it on a branch and close it from the pull request',
          'Undo mistakes three ways: restore a file, revert a commit, recover a lost commit with git reflog',
        ),
        day(
          'Branching strategies',
          'Compare GitHub flow, Git flow and trunk-based development in a short table',
          'Choose one for your project and describe it in CONTRIBUTING.md',
          'Tag a release and write release notes for it',
        ),
        day(
          'Open source',
          'Find a "good first issue" in a project that uses your language',
          'Read its CONTRIBUTING guide and run the project and its tests locally',
          'Open a small pull request there (a docs fix or a new test)',
        ),
        day(
          'Code review and review',
          "Review a classmate's or an open-source pull request and leave specific, kind comments",
          'Work with someone on a shared repository where each of you opens and reviews a pull request (working alone: complete the GitHub Skills "Review pull requests" exercise)',
          'Review: write the Git commands you now use daily, from memory',
        ),
      ],
    },
    {
      slug: 'advanced',
      firstDay: 43,
      lastDay: 49,
      focus: 'Advanced Backend Concepts',
      goal: 'Explore middleware, authentication and authorization, and learn how your chosen framework works in detail.',
      topics: ['advanced', 'security', 'frameworks'],
      days: [
        day(
          'Middleware',
          'Write a middleware that adds a request id to every request and its response',
          'Write a middleware that logs method, path, status and duration',
          'Change the order of two middlewares and note what breaks and why',
          byStack(
            'Move slow work out of the request: queue a background job when a task is created and let a worker run it',
            {
              python:
                'Queue a Celery task on a Redis broker when a task is created and run it in a Celery worker',
              javascript:
                'Queue a BullMQ job on Redis when a task is created and process it in a separate worker script',
              java: 'Send a RabbitMQ message with Spring AMQP when a task is created and handle it in a @RabbitListener',
            },
          ),
        ),
        day(
          'Authentication concepts',
          'Write down how session cookies and bearer tokens differ, with one pro and one con each',
          byStack('Hash and verify a password with a proper password-hashing library', {
            python: "Hash and verify a password with Django's make_password and check_password",
            javascript: 'Hash and verify a password with bcrypt or argon2',
            java: "Hash and verify a password with Spring Security's BCryptPasswordEncoder",
          }),
          'List what must never be stored or logged in plain form',
          'Walk through the OAuth 2.0 authorization-code flow by hand with a GitHub OAuth app and curl, and note what OpenID Connect adds',
        ),
        day(
          'Session login',
          'Add sign-up, login and logout to your app with session cookies',
          'Protect pages that need a logged-in user and redirect others to login',
          'Check that logging out really ends the session',
        ),
        day(
          'Token authentication',
          byStack('Issue a signed token (JWT) on login and require it on API routes', {
            python: 'Issue JWTs with djangorestframework-simplejwt and require them on API routes',
            javascript: 'Issue JWTs with the jsonwebtoken package and require them on API routes',
            java: 'Issue JWTs and validate them with Spring Security on API routes',
          }),
          'Give tokens a short expiry and reject expired ones with 401',
          'Write down how you would revoke a token before it expires: a deny-list of token ids, or short-lived access tokens with revocable refresh tokens',
        ),
        day(
          'Authorization',
          "Make every task belong to a user and return only the caller's own tasks",
          "Answer 401 without login and 403 for someone else's task",
          'Add an admin role with wider access and test both roles',
        ),
        day(
          'Inside your framework',
          byStack('Trace one request through your framework from socket to response', {
            python:
              'Read how Django handles a request: WSGI/ASGI handler, middleware, URL resolver, view',
            javascript:
              'Read how Express handles a request: the middleware stack, router and error handlers',
            java: 'Read how Spring MVC handles a request: DispatcherServlet, handler mapping, controller',
          }),
          byStack("Use your framework's way of sharing services between handlers", {
            python: 'Move shared logic into a service module and use it from several views',
            javascript:
              'Move shared logic into a service module and pass it to routes instead of importing globals',
            java: 'Move shared logic into a @Service and inject it into controllers through the constructor',
          }),
          'Set up separate settings for development and production',
          byStack(
            'Cache one slow read, such as your third-party API call, for 60 seconds in an in-memory cache',
            {
              python:
                "Cache one slow read, such as your third-party API call, for 60 seconds with Django's cache framework",
              javascript:
                'Cache one slow read, such as your third-party API call, for 60 seconds in a Map that stores each value with its expiry time',
              java: "Cache one slow read, such as your third-party API call, for 60 seconds with Spring's @Cacheable and a Caffeine cache",
            },
          ),
        ),
        day(
          'Error handling and review',
          'Add one central error handler that returns your JSON error format',
          'Log stack traces on the server but never send them to the client',
          'Review: write tests for login, an expired token, a forbidden request and an unknown route',
        ),
      ],
    },
    {
      slug: 'orm',
      firstDay: 50,
      lastDay: 56,
      focus: 'Databases and ORM',
      goal: byStack(
        'Go further with database management and learn Object-Relational Mapping (ORM) tools such as Hibernate or Sequelize.',
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
          byStack('Install your ORM and connect it to your database', {
            python: 'Set up the Django ORM (or SQLAlchemy) against PostgreSQL',
            javascript: 'Install Sequelize with the pg driver and connect it to PostgreSQL',
            java: 'Configure Hibernate through Spring Data JPA against PostgreSQL',
          }),
          'Turn on SQL logging so you can see every generated query',
          'Set a maximum size for the connection pool and watch its connections in PostgreSQL',
        ),
        day(
          'Models',
          byStack('Define User, Project and Task models with sensible column types', {
            python: 'Define User, Project and Task models with Django model fields',
            javascript:
              'Define User, Project and Task models with sequelize.define or model classes',
            java: 'Define User, Project and Task entities with JPA annotations',
          }),
          'Add defaults, required fields and a unique constraint through the model',
          'Create the tables from the models and inspect them in the database client',
        ),
        day(
          'CRUD through the ORM',
          'Create, read, update and delete tasks through the ORM only',
          'Write 3 filtered queries with the ORM and compare the SQL it logs with hand-written SQL',
          'Sort and paginate results through the ORM',
          'Write an integration test that saves and reads a task through the ORM against a real test database',
        ),
        day(
          'Relationships',
          'Model one-to-many (project has tasks) and many-to-many (tasks have tags)',
          'Load a project with its tasks and tags using eager loading',
          'Choose cascade or restrict for deleting a project and test it',
        ),
        day(
          'Migrations',
          byStack('Add a priority column to tasks with a migration', {
            python: 'Add a priority field and create the migration with makemigrations',
            javascript: 'Add a priority column with a Sequelize migration',
            java: 'Add Flyway to the project and add a priority column to tasks in a versioned migration',
          }),
          byStack(
            'Undo the migration and apply the change again, the way your migration tool supports',
            {
              python:
                'Roll the migration back with migrate <app> <previous migration>, then migrate forward again',
              javascript:
                'Roll the migration back with sequelize-cli db:migrate:undo, then run db:migrate again',
              java: 'Reverse a change the Flyway way: add a throwaway column, then drop it in a new forward migration (undo is a paid Flyway feature)',
            },
          ),
          'Write a data migration that fills priority for existing rows',
        ),
        day(
          'Query performance',
          'Reproduce an N+1 query problem and fix it with eager loading',
          'Generate 100,000 tasks, then add an index through a migration and confirm with EXPLAIN that it is used',
          'Run one report as raw SQL through the ORM and note when that is the better choice',
        ),
        day(
          'NoSQL and review',
          'Install Docker, run MongoDB in a container and store tasks as documents',
          'Write down which parts of your app suit documents and which suit tables',
          'Review: list the ORM features you used this week and one pitfall of each',
        ),
      ],
    },
    {
      slug: 'security',
      firstDay: 57,
      lastDay: 63,
      focus: 'Web Security',
      goal: 'Concentrate on web security: encryption, secure coding habits and defences against the common vulnerabilities.',
      topics: ['security'],
      days: [
        day(
          'Threat overview',
          'Read the OWASP Top 10 and summarise each item in one sentence of your own',
          'Mark the three most likely risks for your task app and where they could occur',
        ),
        day(
          'Injection',
          'Show SQL injection on string-built SQL in a scratch script, then fix it with parameters',
          'Search your code for queries built by string concatenation and fix them',
          'Check that user input never reaches a shell command or file path unchecked',
        ),
        day(
          'XSS and CSRF',
          'Render a task title containing <script> and confirm your templates escape it',
          'Add a Content-Security-Policy header and check it in DevTools',
          'Explain CSRF in your own words and confirm your forms use CSRF tokens',
        ),
        day(
          'Encryption',
          'Write down the difference between hashing, encryption and encoding with one use of each',
          'Run your app locally over HTTPS with a certificate from a local certificate authority made with mkcert',
          byStack('Encrypt and decrypt a sensitive field with a well-known library', {
            python: 'Encrypt and decrypt a sensitive field with the cryptography package (Fernet)',
            javascript: "Encrypt and decrypt a sensitive field with Node's crypto module (AES-GCM)",
            java: 'Encrypt and decrypt a sensitive field with javax.crypto (AES/GCM)',
          }),
        ),
        day(
          'Secure coding',
          'Validate every input at the edge of your API with an allow-list',
          'Move all secrets into environment variables and make sure .env is git-ignored',
          'Give the database user only the permissions the app needs',
        ),
        day(
          'Headers, cookies and limits',
          'Mark cookies Secure, HttpOnly and SameSite',
          'Restrict CORS to the origins you actually use',
          'Add rate limiting to login and sign-up',
        ),
        day(
          'Security audit and review',
          byStack('Scan your dependencies for known vulnerabilities and update the risky ones', {
            python: 'Scan your dependencies with pip-audit and update the risky ones',
            javascript: 'Scan your dependencies with npm audit and update the risky ones',
            java: 'Scan your dependencies with OWASP Dependency-Check and update the risky ones',
          }),
          'Run ZAP (Zed Attack Proxy) against your local app and triage its findings',
          'Review: write a security checklist for your project and tick off what is done',
        ),
      ],
    },
    {
      slug: 'devops',
      firstDay: 64,
      lastDay: 70,
      focus: 'DevOps and Deployment',
      goal: 'Containerise with Docker, go further into Kubernetes and build a solid CI/CD pipeline that tests and deploys automatically.',
      topics: ['devops', 'testing'],
      days: [
        day(
          'Docker basics',
          'Install Docker, run hello-world, then an nginx container on port 8080',
          'Practise docker ps, logs, exec, stop and rm',
          'Run PostgreSQL in a container with a named volume and connect to it',
        ),
        day(
          'Writing a Dockerfile',
          byStack('Write a Dockerfile for your app and build the image', {
            python:
              'Write a Dockerfile based on python:3.14-slim (the version you installed on day 1) that installs requirements.txt and runs gunicorn',
            javascript:
              'Write a Dockerfile based on node:24-alpine that runs npm ci and starts your app',
            java: 'Write a multi-stage Dockerfile that builds your jar on eclipse-temurin:21-jdk and runs it on eclipse-temurin:21-jre, with the project set to Java 21',
          }),
          'Add a .dockerignore and reduce the image size; note before and after',
          'Run the container as a non-root user',
        ),
        day(
          'Docker Compose',
          'Write a docker-compose.yml that starts the app and the database together',
          'Pass configuration through environment variables and a .env file',
          'Add a health check and make the app wait for the database',
          byStack(
            'Add a /health endpoint that checks the database and answers 200, or 503 when it is down',
            {
              python:
                'Add a /health view that runs SELECT 1 and answers 200, or 503 when the database is down',
              javascript:
                'Add a /health route that runs SELECT 1 and answers 200, or 503 when the database is down',
              java: "Expose Actuator's /actuator/health with its database check and confirm it answers 503 when the database is down",
            },
          ),
        ),
        day(
          'Kubernetes concepts',
          'Install kubectl and kind or minikube, then start a local cluster',
          'Describe Pods, Deployments, Services and ConfigMaps in one line each',
          'Deploy an nginx Deployment with kubectl and inspect it with kubectl get and describe',
        ),
        day(
          'Your app on Kubernetes',
          'Load your image into the cluster (kind load docker-image or minikube image load), then write and apply Deployment and Service manifests for the app and PostgreSQL',
          'Move configuration into a ConfigMap and the database password into a Secret',
          'Scale to 3 replicas, delete a Pod and watch it come back; load a new image tag into the cluster and roll it out',
          'Add a readiness probe that calls /health and a liveness probe that does not depend on the database',
        ),
        day(
          'Continuous integration',
          byStack(
            'Set up a linter and add a GitHub Actions workflow that runs it and the tests on every push and pull request',
            {
              python:
                'Set up ruff and add a GitHub Actions workflow that runs ruff check and the tests on every push and pull request',
              javascript:
                'Set up ESLint and add a GitHub Actions workflow that runs npx eslint . and the tests on every push and pull request',
              java: 'Set up Checkstyle in your build and add a GitHub Actions workflow that runs it and the tests on every push and pull request',
            },
          ),
          'Run the tests against a real database service container in the workflow',
          'Build the Docker image in the workflow and fail the run if it breaks',
          'Make the CI check required in a branch protection rule for main and confirm a failing pull request cannot be merged',
        ),
        day(
          'Continuous deployment and review',
          'Push the image to a container registry from the pipeline',
          'Deploy automatically to a free hosting tier when main changes',
          'Review: draw the pipeline from commit to running app and note where it could fail',
        ),
      ],
    },
    {
      slug: 'performance',
      firstDay: 71,
      lastDay: 77,
      focus: 'Performance Optimization',
      goal: 'Learn how to make web apps faster: add caching, lazy loading and other techniques that improve speed.',
      topics: ['performance'],
      days: [
        day(
          'Baseline',
          byStack(
            'Seed 100,000 tasks, then load-test your busiest endpoint and record requests per second and p95 latency',
            {
              python:
                'Seed 100,000 tasks, then load-test your busiest endpoint with locust and record requests per second and p95 latency',
              javascript:
                'Seed 100,000 tasks, then load-test your busiest endpoint with k6 and record requests per second and p95 latency',
              java: 'Seed 100,000 tasks, then load-test your busiest endpoint with k6 and record requests per second and p95 latency',
            },
          ),
          'Run a Lighthouse report on your front page and save it',
          'Write down a target for each number before changing anything',
        ),
        day(
          'Profiling',
          byStack('Profile one slow request and find where the time goes', {
            python: 'Profile one slow request with cProfile or django-debug-toolbar',
            javascript: 'Profile one slow request with node --cpu-prof or node --prof',
            java: 'Profile one slow request with VisualVM or Java Flight Recorder',
          }),
          'Log the duration of every database query during a request',
          'List the three slowest spots in order of impact',
        ),
        day(
          'Database speed',
          'Add indexes for your slowest queries and confirm with EXPLAIN ANALYZE',
          'Fetch only the columns you need instead of every column',
          'Batch repeated inserts or updates into one statement or transaction',
          byStack(
            'Configure a database connection pool and compare the load test with and without it',
            {
              python:
                'Compare the load test with the Django connection pool you set up in the ORM week switched off and on',
              javascript:
                'Compare the load test with a connection pool of 1 and of 10 (pg.Pool max or the Sequelize pool option)',
              java: 'Compare the load test with a HikariCP pool of 1 and of 10 connections (maximum-pool-size)',
            },
          ),
        ),
        day(
          'HTTP caching',
          'Add long-lived Cache-Control headers to fingerprinted static files',
          'Add ETag or Last-Modified to one API response and confirm a repeat gets 304',
          'Mark per-user responses private or no-store',
        ),
        day(
          'Application caching',
          'Cache an expensive computation in memory with a time limit, reusing the cache you set up on day 48',
          'Run Redis in Docker and move the cache there',
          'Clear the right cache entries when data changes and test that nothing stale shows',
        ),
        day(
          'Lazy loading and fewer requests',
          'Paginate every list endpoint instead of returning everything, with the parameters and cap you chose for tasks on day 33',
          'Lazy-load images and scripts the first screen does not need',
          'Enable gzip or brotli compression and remove or combine unneeded requests',
        ),
        day(
          'Compare and review',
          'Repeat the baseline load test and Lighthouse report',
          'Put before and after numbers side by side',
          'Review: write down which change gained the most and what it cost in complexity',
          'Run two app containers behind nginx as a load balancer and repeat the load test',
        ),
      ],
    },
    {
      slug: 'specialization',
      firstDay: 78,
      lastDay: 84,
      focus: 'Advanced Topics and Specialization',
      goal: 'Look into microservices, serverless computing and other emerging trends, and pick an area to specialise in.',
      topics: ['specialization', 'architecture', 'career'],
      days: [
        day(
          'Monolith or microservices',
          'List three benefits and three costs of microservices compared with a single app',
          'Draw how your task app could split into services (users, tasks, notifications)',
          'Read one published case study of a team moving to or away from microservices and note its two main reasons',
          'Write a one-page architecture decision record: keep the monolith or split out notifications, with your reasons and one risk',
        ),
        day(
          'A second service',
          'Extract a small notification service with its own endpoint',
          'Make the task service call it over HTTP and handle the case where it is down',
          'Run both services with Docker Compose',
        ),
        day(
          'Messaging',
          'Run RabbitMQ or Redis streams in Docker',
          'Publish a "task created" event and consume it in the notification service',
          'Kill the consumer mid-message and write down what happens to the message with automatic and with manual acknowledgement',
          'Make the consumer idempotent so a redelivered event does not send the notification twice',
        ),
        day(
          'Serverless',
          'Write a serverless function that answers an HTTP request and run it with the platform tools (e.g. Azure Functions Core Tools)',
          'Connect it to a trigger such as a schedule or a file upload',
          'Note cold starts, limits and pricing compared with a running container',
        ),
        day(
          'Emerging trends',
          'Expose task data through one of GraphQL, gRPC or WebSockets in a small demo and call it from a client',
          'Add basic observability: structured logs and a metrics endpoint',
          retired('Pick three newsletters, blogs or podcasts to follow and subscribe'),
        ),
        day(
          'Choosing a specialisation',
          'Compare three paths (e.g. APIs and data, cloud and DevOps, security) against what you enjoyed so far',
          'Read five job ads for your chosen path and list the skills they ask for',
          'Write a one-month learning plan for that path',
        ),
        day(
          'Community and review',
          'Join a developer forum or community chat and answer or ask one question',
          'Find a local meetup or online conference in your chosen area and register for one event',
          'Review: write a short blog post or note about one thing you learned this week',
          "Publish this week's services on GitHub with a README that shows how to start them and which event they exchange",
        ),
      ],
    },
    {
      slug: 'final-project',
      firstDay: 85,
      lastDay: 90,
      focus: 'Final Project and Portfolio',
      goal: 'Take on a complete back-end project that uses everything you learned, document its code, API and deployment in your portfolio, gather feedback and keep refining it.',
      topics: ['project', 'testing', 'career'],
      days: [
        day(
          'Plan the task-tracker API',
          'Write a one-page spec: users, projects, tasks with status, due date and tags, login and roles',
          'List the endpoints, tables and the services or caches you will use',
          'Create the repository with a README stub, a CI workflow that runs the linter and one smoke test, and an issue per feature',
        ),
        day(
          'Core features',
          'Implement models, migrations and CRUD endpoints for projects and tasks',
          'Add filtering, pagination and validation with your standard error format',
          'Merge each feature through its own pull request',
        ),
        day(
          'Security and tests',
          'Add sign-up, login, token authentication and per-user access rules',
          byStack('Write tests for every endpoint, covering success and failure cases', {
            python:
              'Write Django REST framework APITestCase tests for every endpoint, covering success and failure cases',
            javascript:
              'Write node:test plus supertest tests for every endpoint, covering success and failure cases',
            java: 'Write JUnit and MockMvc tests for every endpoint, covering success and failure cases',
          }),
          'Add rate limiting, secure headers and a dependency scan',
        ),
        day(
          'Containers and delivery',
          'Add a Dockerfile and docker-compose.yml so the project starts with one command',
          'Make the CI pipeline test, build the image and deploy on every merge to main',
          'Add caching to the busiest endpoint and record before and after timings',
        ),
        day(
          'Documentation',
          'Publish an OpenAPI description of the API with example requests',
          'Document the architecture, database schema and deployment process in the README',
          'Add a short demo: screenshots, a GIF or a recorded walkthrough',
        ),
        day(
          'Portfolio and feedback',
          'Add the project to your portfolio and pin it on your GitHub profile',
          'Ask at least two people for a review and turn their feedback into issues',
          'Fix the most important feedback item in a pull request and put the remaining issues in priority order in a v1.1 milestone',
        ),
      ],
    },
  ]),
};
