import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

const DJANGO = 'https://docs.djangoproject.com/en/stable';
const EXPRESS = 'https://expressjs.com/en';
const MDN = 'https://developer.mozilla.org/en-US/docs';

export const DETAILS = phaseDetails('p60-framework', {
  d1: {
    checks: [
      [
        'Why is the framework’s development server (runserver, nodemon, spring-boot:run) not used in production?',
        'It is built for convenience (auto-reload, debug pages), not for speed, security or many users; in production the app runs under a proper server such as gunicorn, a process manager or a packaged jar behind a reverse proxy.',
      ],
      [
        'What does an automated test give you that clicking through the browser does not?',
        'It repeats the same check in seconds every time you change code, so a broken route is caught at once instead of when a user finds it.',
      ],
    ],
    items: {
      1: {
        why: 'A framework gives you routing, templates and database access out of the box, and every job will expect you to start a project with one.',
        minutes: 40,
        doneWhen: byStack(
          'The development server starts and its start page or first response loads in the browser.',
          {
            python:
              'Inside an activated virtual environment, `django-admin startproject config .` and `python manage.py startapp tasks` ran, and `python manage.py runserver` shows the Django welcome page at http://127.0.0.1:8000/.',
            javascript:
              'package.json lists express (and nodemon under devDependencies), and `npx nodemon server.js` restarts the server when you save; http://localhost:3000/ answers.',
            java: 'The Initializr project (Maven, Java 21, Spring Web, Thymeleaf) starts with `./mvnw spring-boot:run` and http://localhost:8080/ answers (a Whitelabel 404 is fine before you add a route).',
          },
        ),
        resources: [
          tutorial('Django tutorial, part 1', `${DJANGO}/intro/tutorial01/`, 'python'),
          docs(
            'venv: creating virtual environments',
            'https://docs.python.org/3/library/venv.html',
            'python',
          ),
          docs('Installing Express', `${EXPRESS}/starter/installing.html`, 'javascript'),
          tool('nodemon', 'https://github.com/remy/nodemon', 'javascript'),
          tutorial('Spring quickstart', 'https://spring.io/quickstart', 'java'),
          tutorial(
            'Building an application with Spring Boot',
            'https://spring.io/guides/gs/spring-boot/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Mapping a URL to code is the core job of every web framework, and everything else hangs off it.',
        minutes: 15,
        doneWhen: byStack('`curl -i` on your home URL returns 200 with the HTML of your page.', {
          python:
            '`curl -i http://127.0.0.1:8000/` returns 200 with your page, served by a view listed in urls.py.',
          javascript:
            "`curl -i http://localhost:3000/` returns 200 with your page, served by an `app.get('/', …)` handler.",
          java: '`curl -i http://localhost:8080/` returns 200 with your page, served by a @Controller method with @GetMapping("/") and a template in src/main/resources/templates.',
        }),
        resources: [
          docs('Django: URL dispatcher', `${DJANGO}/topics/http/urls/`, 'python'),
          tutorial('Express: hello world', `${EXPRESS}/starter/hello-world.html`, 'javascript'),
          tutorial(
            'Serving web content with Spring MVC',
            'https://spring.io/guides/gs/serving-web-content/',
            'java',
          ),
        ],
      },
      3: {
        why: 'Knowing what each generated file does is how you find the right place for a change instead of guessing.',
        minutes: 15,
        doneWhen:
          'The README has one line for each generated file or folder saying what it is for.',
        resources: [
          docs('Django settings', `${DJANGO}/topics/settings/`, 'python'),
          docs(
            'Creating a package.json file',
            'https://docs.npmjs.com/creating-a-package-json-file',
            'javascript',
          ),
          docs(
            'Maven: standard directory layout',
            'https://maven.apache.org/guides/introduction/introduction-to-the-standard-directory-layout.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'Teams expect tests with every change, and a first test on day one makes testing a habit rather than a chore.',
        minutes: 30,
        doneWhen: byStack(
          'The test command reports 1 passing test, and changing the expected text makes it fail.',
          {
            python:
              '`python manage.py test` reports "Ran 1 test … OK", and changing the expected text makes it fail.',
            javascript:
              'After `npm install --save-dev supertest`, `node --test` reports 1 passing test; app.js exports the app and server.js (the file nodemon runs) calls listen(), so the test needs no open port.',
            java: '`./mvnw test` reports "Tests run: 1, Failures: 0", and changing the expected text makes it fail.',
          },
        ),
        resources: [
          docs(
            'Django: testing tools (the test client)',
            `${DJANGO}/topics/testing/tools/`,
            'python',
          ),
          docs('Node.js test runner', 'https://nodejs.org/api/test.html', 'javascript'),
          tool('supertest', 'https://github.com/ladjs/supertest', 'javascript'),
          tutorial('Testing the web layer', 'https://spring.io/guides/gs/testing-web/', 'java'),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why must an unknown path answer with status 404 and not 200 with an error page?',
        'Browsers, search engines, API clients and monitoring read the status code, not the page text; a 200 tells them the page exists.',
      ],
      [
        'What is the difference between a unit test and an integration test?',
        'A unit test checks one small piece (a function) on its own, fast and without a server or database; an integration test checks pieces working together, such as a request going through routing to the database.',
      ],
    ],
    items: {
      1: {
        why: 'Every feature of a web app starts as a route, so adding them quickly and cleanly is daily work.',
        minutes: 20,
        doneWhen:
          '`curl -i` on /, /about and /tasks each returns 200 with a different page; /tasks lists tasks from an in-memory list for now.',
        resources: [
          docs('Django: URL dispatcher', `${DJANGO}/topics/http/urls/`, 'python'),
          docs('Express: routing', `${EXPRESS}/guide/routing.html`, 'javascript'),
          docs(
            'Spring MVC: mapping requests',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-requestmapping.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Path parameters are how one route serves every record, such as /tasks/42, in both pages and APIs.',
        minutes: 25,
        doneWhen: byStack(
          '/tasks/2 shows task 2, and a non-numeric or unknown id is answered with an error status instead of a crash.',
          {
            python:
              "With `path('tasks/<int:task_id>/', …)`, /tasks/2 shows task 2, /tasks/abc gets 404 from the URL converter, and an unknown number gets 404 via `Http404`.",
            javascript:
              "With `app.get('/tasks/:id', …)`, /tasks/2 shows task 2 (convert `req.params.id` with Number()), and /tasks/abc or an unknown id answers 404 instead of throwing.",
            java: 'With `@GetMapping("/tasks/{id}")` and `@PathVariable Long id`, /tasks/2 shows task 2, /tasks/abc gets 400, and an unknown id answers 404 (throw `ResponseStatusException`).',
          },
        ),
        resources: [
          tutorial('Django tutorial, part 3: views', `${DJANGO}/intro/tutorial03/`, 'python'),
          docs('Express API: req.params', `${EXPRESS}/5x/api.html#req.params`, 'javascript'),
          docs(
            'Spring MVC: URI patterns and @PathVariable',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-requestmapping.html#mvc-ann-requestmapping-uri-templates',
            'java',
          ),
        ],
      },
      3: {
        why: 'A helpful 404 page keeps users on your site and keeps stack traces and debug pages away from the public.',
        minutes: 25,
        doneWhen: byStack('`curl -i` on /nope returns status 404 with your own page.', {
          python:
            "With `DEBUG = False` and `ALLOWED_HOSTS = ['localhost', '127.0.0.1']`, `curl -i localhost:8000/nope` returns 404 with your templates/404.html (with DEBUG on, Django shows its debug page instead).",
          javascript:
            'A last `app.use((req, res) => res.status(404)…)` after all routes makes `curl -i localhost:3000/nope` return 404 with your page.',
          java: 'src/main/resources/templates/error/404.html is shown for `curl -i localhost:8080/nope`, with status 404.',
        }),
        resources: [
          docs(
            'Django: customising error views',
            `${DJANGO}/topics/http/views/#customizing-error-views`,
            'python',
          ),
          docs(
            'Express FAQ: how do I handle 404 responses?',
            `${EXPRESS}/starter/faq.html`,
            'javascript',
          ),
          docs(
            'Spring Boot: servlet web applications (error handling)',
            'https://docs.spring.io/spring-boot/reference/web/servlet.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'Route tests are integration tests that catch broken URLs and missing pages before users do.',
        minutes: 30,
        doneWhen: byStack(
          'Two new tests pass: an existing task page answers 200 and contains its title, and an unknown path answers 404.',
          {
            python:
              '`python manage.py test` passes a test that gets an existing task (200, title in the page) and one that gets /nope (404); tests run with DEBUG off, so your 404 template is used.',
            javascript:
              '`node --test` passes a supertest check for an existing task (200, title in the body) and one for /nope (404).',
            java: '`./mvnw test` passes MockMvc checks for an existing task (200, title in the body) and for /nope (404 status; MockMvc does not render the error page, so check that with curl).',
          },
        ),
        resources: [
          docs('Django: writing and running tests', `${DJANGO}/topics/testing/overview/`, 'python'),
          tutorial(
            'Using Node.js’s test runner',
            'https://nodejs.org/en/learn/test-runner/using-test-runner',
            'javascript',
          ),
          docs(
            'Spring Boot: testing Spring Boot applications',
            'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why redirect after a form is saved successfully instead of rendering a page straight away?',
        'Post/Redirect/Get: after the redirect, reloading the page repeats a harmless GET instead of submitting the form again and creating a duplicate task.',
      ],
    ],
    items: {
      1: {
        why: 'Templates turn data into HTML safely (they escape user input), which is how server-rendered apps and HTML emails are built.',
        minutes: 35,
        doneWhen: byStack(
          '/tasks renders one list item per task through a template loop, and an empty list shows "No tasks yet".',
          {
            python:
              '/tasks renders one <li> per task with `{% for task in tasks %}`, and `{% empty %}` shows "No tasks yet".',
            javascript:
              "After `npm install ejs` and `app.set('view engine', 'ejs')`, `res.render('tasks', { tasks })` renders one <li> per task (with Pug: `npm install pug` and `each task in tasks`), and an empty list shows \"No tasks yet\".",
            // biome-ignore lint/suspicious/noTemplateCurlyInString: Thymeleaf expression syntax, shown as text
            java: 'A Thymeleaf template renders one <li> per task with `th:each="task : ${tasks}"`, and an empty list shows "No tasks yet".',
          },
        ),
        resources: [
          docs('Django template language', `${DJANGO}/ref/templates/language/`, 'python'),
          docs(
            'Express: using template engines',
            `${EXPRESS}/guide/using-template-engines.html`,
            'javascript',
          ),
          docs(
            'Tutorial: using Thymeleaf',
            'https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'A shared layout means a menu change happens in one file, not in every page.',
        minutes: 25,
        doneWhen: byStack(
          'The header and footer live in one file, and editing it changes every page.',
          {
            python:
              'Every page `{% extends "base.html" %}` and fills `{% block content %}`; editing base.html changes every page.',
            javascript:
              "Every view pulls in `<%- include('partials/header') %>` and the footer partial (with Pug: `extends layout` and `block content`); editing a partial changes every page.",
            java: 'Every page inserts `th:replace="~{fragments :: header}"` and the footer fragment; editing fragments.html changes every page.',
          },
        ),
        resources: [
          docs(
            'Django built-in tags: extends and block',
            `${DJANGO}/ref/templates/builtins/#extends`,
            'python',
          ),
          docs('EJS: includes', 'https://github.com/mde/ejs', 'javascript'),
          tutorial(
            'Thymeleaf page layouts',
            'https://www.thymeleaf.org/doc/articles/layouts.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Forms with server-side validation are how most data enters a web app, and the server must reject bad input whatever the browser did.',
        minutes: 40,
        doneWhen: byStack(
          'Submitting an empty title shows an error next to the form and saves nothing; a valid title redirects to /tasks and appears in the list.',
          {
            python:
              'A Django Form with `{% csrf_token %}`: an empty title re-shows the form with "This field is required." and saves nothing; a valid one redirects to /tasks.',
            javascript:
              'With `app.use(express.urlencoded({ extended: false }))` filling `req.body`, an empty title re-renders the form with an error and status 400; a valid one redirects to /tasks.',
            java: 'A @PostMapping with @ModelAttribute: an empty title re-renders the form with an error (check it yourself, or add spring-boot-starter-validation to use @NotBlank with BindingResult); a valid one returns "redirect:/tasks".',
          },
        ),
        resources: [
          docs('Django: working with forms', `${DJANGO}/topics/forms/`, 'python'),
          docs(
            'Express API: express.urlencoded()',
            `${EXPRESS}/5x/api.html#express.urlencoded`,
            'javascript',
          ),
          tutorial(
            'Validating form input',
            'https://spring.io/guides/gs/validating-form-input/',
            'java',
          ),
          tutorial(
            'Handling form submission',
            'https://spring.io/guides/gs/handling-form-submission/',
            'java',
          ),
        ],
      },
      4: {
        why: 'Unit tests on small pure functions run in milliseconds, so you can cover every awkward input without starting the app.',
        minutes: 15,
        doneWhen: byStack(
          'A unit test covers an empty, a whitespace-only and a valid title, passes, and runs without starting the server or touching the database.',
          {
            python:
              'A `SimpleTestCase` (no database) checks `validate_title()` with "", "   " and "Buy milk", and `python manage.py test` passes.',
            javascript:
              'A test file imports only `validateTitle()` (not the app) and checks "", "   " and "Buy milk" with `node:assert`; `node --test` passes.',
            java: 'A plain JUnit test class without @SpringBootTest checks `isValidTitle("")`, `("   ")` and `("Buy milk")`, and runs in well under a second.',
          },
        ),
        resources: [
          docs(
            'unittest: unit testing framework',
            'https://docs.python.org/3/library/unittest.html',
            'python',
          ),
          docs('Node.js assert module', 'https://nodejs.org/api/assert.html', 'javascript'),
          tutorial(
            'Testing the web layer (starts with a plain test)',
            'https://spring.io/guides/gs/testing-web/',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why must "mark as done" be a POST (a form button) and not a plain link?',
        'GET requests must be safe: browsers prefetch links and crawlers follow them, so a GET that changes data can fire by accident. Changes go through POST (or PUT/PATCH/DELETE in an API).',
      ],
      [
        'Why pass values to SQL as parameters instead of building the query string yourself?',
        "With parameters the driver sends data separately from the SQL, so a title such as `'); DROP TABLE tasks; --` stays text; string building allows SQL injection.",
      ],
    ],
    items: {
      1: {
        why: 'Real apps keep their data in a database, and wiring the framework to one is the step that makes your app persistent.',
        minutes: 50,
        doneWhen: byStack(
          '/tasks lists rows you inserted with the database client, and they are still there after a server restart.',
          {
            python:
              'With DATABASES pointing at PostgreSQL (psycopg) or MySQL (mysqlclient), `python manage.py migrate` creates the tables (see them with `\\dt`), and /tasks lists rows you added in the shell or admin.',
            javascript:
              'A pg (or mysql2) pool connects to your database, /tasks lists rows you inserted with psql or mysql, and every query uses placeholders ($1 or ?) rather than string building.',
            java: 'With `spring.datasource.url`, username and password set, the app starts (no "Failed to configure a DataSource") and /tasks lists rows from `TaskRepository.findAll()`.',
          },
        ),
        resources: [
          tutorial(
            'Django tutorial, part 2: models and the database',
            `${DJANGO}/intro/tutorial02/`,
            'python',
          ),
          docs(
            'Django: databases (PostgreSQL and MySQL notes)',
            `${DJANGO}/ref/databases/`,
            'python',
          ),
          docs(
            'node-postgres: queries and parameters',
            'https://node-postgres.com/features/queries',
            'javascript',
          ),
          tool('mysql2', 'https://github.com/sidorares/node-mysql2', 'javascript'),
          tutorial(
            'Accessing data with JPA',
            'https://spring.io/guides/gs/accessing-data-jpa/',
            'java',
          ),
          docs(
            'Spring Boot: SQL databases',
            'https://docs.spring.io/spring-boot/reference/data/sql.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Saving user input correctly is the other half of every create feature.',
        minutes: 25,
        doneWhen:
          'After submitting the form, `SELECT * FROM tasks;` in the database client shows the new row, and it is still listed after restarting the server.',
        resources: [
          docs('Django: making queries', `${DJANGO}/topics/db/queries/`, 'python'),
          docs(
            'Express: database integration',
            `${EXPRESS}/guide/database-integration.html`,
            'javascript',
          ),
          docs(
            'Spring Data JPA: repositories',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/core-concepts.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Changing one field of a record is the typical update in any app, and it must be a safe, non-GET request.',
        minutes: 25,
        doneWhen:
          'Clicking "Done" sends a POST (visible in the Network tab), the task’s done or status column changes in the database, and the list shows it as done after a reload.',
        resources: [
          tutorial(
            'MDN: sending form data',
            `${MDN}/Learn_web_development/Extensions/Forms/Sending_and_retrieving_form_data`,
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why keep database settings in environment variables?',
        'The same code then runs on your laptop, in tests and in production with different settings, and passwords never land in the repository where everyone with access can read them.',
      ],
      [
        'Why run integration tests against a separate test database?',
        'Tests create and delete data; on your development (or production) database they would destroy real data and give results that depend on whatever rows happen to be there.',
      ],
    ],
    items: {
      1: {
        why: 'Create, read, update and delete are the four operations behind almost every feature you will build.',
        minutes: 35,
        doneWhen:
          'An edit form opens pre-filled and saves changes, delete is a POST form (HTML forms send only GET and POST) that removes the row, and the database shows both changes.',
        resources: [
          docs(
            'MDN: the <form> element (method and action)',
            `${MDN}/Web/HTML/Reference/Elements/form`,
          ),
          tutorial(
            'Django tutorial, part 4: forms and generic views',
            `${DJANGO}/intro/tutorial04/`,
            'python',
          ),
          docs('Express: routing (route methods)', `${EXPRESS}/guide/routing.html`, 'javascript'),
          tutorial(
            'Handling form submission',
            'https://spring.io/guides/gs/handling-form-submission/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Secrets in source code leak through Git history, so every deployment reads them from its environment.',
        minutes: 20,
        doneWhen: byStack(
          'Searching the code finds no database password, and the app starts with the settings given as environment variables.',
          {
            python:
              'settings.py reads `os.environ["DB_PASSWORD"]` (and the other settings), a search of the code finds no password, and the server starts with them exported.',
            javascript:
              'The pool reads `process.env.DB_PASSWORD` and friends, a search of the code finds no password, and `node --env-file=.env server.js` starts it.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: Spring property placeholder, shown as text
            java: 'application.properties uses `${DB_PASSWORD}` placeholders (or you set SPRING_DATASOURCE_PASSWORD), a search of the code finds no password, and the app starts with them exported.',
          },
        ),
        resources: [
          docs('The Twelve-Factor App: config', 'https://12factor.net/config'),
          docs('os.environ', 'https://docs.python.org/3/library/os.html#os.environ', 'python'),
          docs(
            'How to read environment variables from Node.js',
            'https://nodejs.org/en/learn/command-line/how-to-read-environment-variables-from-nodejs',
            'javascript',
          ),
          docs(
            'Spring Boot: externalized configuration',
            'https://docs.spring.io/spring-boot/reference/features/external-config.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Being able to follow a request through every layer is how you debug problems in any back end.',
        minutes: 15,
        doneWhen:
          'You wrote numbered steps naming the form, the HTTP request (method, path and body, as seen in the Network tab), the route and handler, the SQL statement and the redirect response.',
        resources: [
          tutorial(
            'MDN: sending and retrieving form data',
            `${MDN}/Learn_web_development/Extensions/Forms/Sending_and_retrieving_form_data`,
          ),
        ],
      },
      4: {
        why: 'Integration tests prove the pieces work together, right down to the row in the database, which unit tests cannot show.',
        minutes: 30,
        doneWhen: byStack(
          'The test posts the form, then finds the new task in a test database, and passes without touching your development data.',
          {
            python:
              'A TestCase posts with `self.client.post()` and then `Task.objects.filter(title=…).exists()` is true; `manage.py test` creates and drops its own test database (your database user needs the CREATEDB right).',
            javascript:
              'The test sets DATABASE_URL (or DB_NAME) to a separate test database, posts the form with supertest, SELECTs the row and cleans up; `node --test` passes.',
            java: 'A @SpringBootTest with MockMvc posts the form and `taskRepository.findAll()` contains the task; src/test/resources/application.properties points at a test database, or the test is @Transactional so it rolls back.',
          },
        ),
        resources: [
          docs(
            'Django: the test database',
            `${DJANGO}/topics/testing/overview/#the-test-database`,
            'python',
          ),
          tool('supertest', 'https://github.com/ladjs/supertest', 'javascript'),
          docs(
            'Spring Boot: testing Spring Boot applications',
            'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html',
            'java',
          ),
        ],
      },
    },
  },
});
