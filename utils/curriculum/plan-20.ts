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
            python: 'Install Python 3, create a virtual environment and run a "hello world" script',
            javascript: 'Install the Node.js LTS release and run a "hello world" script with node',
            java: 'Install a JDK (17 or newer), then compile and run a "hello world" class',
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
          'Solve 3 beginner exercises on a practice site: FizzBuzz, a palindrome check and two-sum',
          'Read a text file, then print its line count and its longest line',
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
        ),
        day(
          'HTTP and HTTPS',
          'Send a GET and a POST request to a public test API (e.g. httpbin.org) with curl and read the response headers',
          'Write one example situation for each status code: 200, 201, 204, 400, 401, 403, 404, 500',
          "Inspect a site's TLS certificate in the browser and note who issued it and when it expires",
        ),
        day(
          'REST concepts',
          'Design the endpoints (method + path) for a to-do list: list, create, read, update, delete',
          'Write example JSON request and response bodies for the create and read endpoints',
          'Review: explain resources, statelessness and idempotency in two sentences each',
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
          'Install SQLite or PostgreSQL and create a database with a users table and a tasks table',
          'Give each table a primary key and link tasks to users with a foreign key',
          'Insert 10 sample rows into each table',
        ),
        day(
          'Basic SQL queries',
          'Write 5 SELECT queries with WHERE and ORDER BY against your sample tables',
          "Write 2 JOIN queries that list every task next to its owner's name",
          'Use GROUP BY with COUNT to show how many tasks each user has',
        ),
        day(
          'Normalisation',
          'Split a flat "orders" table that repeats customer details into tables in third normal form',
          'Write one example of a 1NF, a 2NF and a 3NF violation and how to fix each',
          'Review: change and delete rows inside a transaction, then roll it back and check nothing changed',
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
              'Create a project with django-admin startproject and start the development server',
            javascript:
              'Create a project with npm init, install express and start a server on port 3000',
            java: 'Generate a Spring Boot project with the Spring Web starter and start it with Maven or Gradle',
          }),
          'Add a route that answers "Hello" and open it in the browser',
          'Walk through the generated files and write one line on what each is for',
        ),
        day(
          'Routes and pages',
          byStack('Add a page that lists tasks kept in an in-memory list', {
            python: 'Add a Django view, URL pattern and template that list tasks kept in memory',
            javascript:
              'Add an Express route that renders tasks kept in memory (plain HTML or EJS)',
            java: 'Add a Spring @Controller and Thymeleaf template that list tasks kept in memory',
          }),
          'Add a route with an id in the path that shows one task, or a 404 page when it does not exist',
          'Filter the list with a query parameter such as ?done=true',
        ),
        day(
          'A basic web app',
          'Add a form that creates a task and redirects back to the list',
          byStack('Load the tasks from the database you built in the database phase', {
            python:
              'Define a Task model, run makemigrations and migrate, and load tasks from the database',
            javascript:
              'Use a database driver (better-sqlite3 or pg) to load tasks from your database',
            java: 'Add Spring Data JPA, define a Task entity and load tasks from the database',
          }),
          'Review: write a short README describing how a request travels through your app',
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
          byStack('Add GET /api/tasks and GET /api/tasks/{id} that return JSON', {
            python:
              'Add GET /api/tasks and GET /api/tasks/<id> views that return JsonResponse (or use Django REST framework)',
            javascript:
              'Add GET /api/tasks and GET /api/tasks/:id Express routes that answer with res.json()',
            java: 'Add a @RestController with GET /api/tasks and GET /api/tasks/{id}',
          }),
          'Call both endpoints with curl and check you get 200 for a real task and 404 for a missing one',
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
          'Move the request-handling code out of the route table into controller functions or classes',
        ),
        day(
          'Validation and integration',
          'Reject bad request bodies with 400 and a message that says which field is wrong',
          'Show the task list on a plain HTML page that loads it from your API with fetch()',
          'Review: list every endpoint with its method, path, body and possible responses',
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
          'Create a repository on GitHub or Bitbucket and push your project to it',
        ),
        day(
          'Working together',
          'Create a branch, change something, push it and open a pull request',
          'Have a friend (or a second clone of the repo) review the pull request, then merge it',
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
              'Write a Dockerfile based on python:3.12-slim for your app, build the image and run it',
            javascript:
              'Write a Dockerfile based on node:20-alpine for your app, build the image and run it',
            java: 'Write a Dockerfile based on eclipse-temurin:21-jre for your packaged app, build the image and run it',
          }),
          'Read a Kubernetes introduction and describe a Pod, a Deployment and a Service in one line each',
        ),
        day(
          'CI/CD pipeline',
          'Add a GitHub Actions workflow that installs dependencies and runs your tests on every push',
          'Write down how continuous integration, continuous delivery and continuous deployment differ',
          'Break a test on purpose, push, watch the pipeline fail, then fix it',
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
          byStack('Write at least 3 automated tests that call your endpoints', {
            python:
              'Write at least 3 pytest tests that call your endpoints with the Django test client',
            javascript:
              'Write at least 3 tests that call your endpoints with Vitest or Jest and supertest',
            java: 'Write at least 3 JUnit tests that call your endpoints with MockMvc',
          }),
          'Make the app start with one command (Docker or a script) from a fresh clone',
        ),
        day(
          'Document and share',
          'Document every endpoint (method, path, body, responses) in the README or an OpenAPI file',
          'Add a table list or diagram of the database structure to the README',
          'Push to GitHub, pin the repository on your profile and link it from your portfolio or CV',
        ),
      ],
    },
  ]),
};
