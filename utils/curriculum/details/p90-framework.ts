import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

const DJANGO = 'https://docs.djangoproject.com/en/stable';
const EXPRESS = 'https://expressjs.com/en';
const BOOT = 'https://docs.spring.io/spring-boot/reference';

export const DETAILS = phaseDetails('p90-framework', {
  d1: {
    checks: [
      [
        'What does the development server do for you, and why is it not used in production?',
        byStack(
          'It runs your app and reloads it when files change; it is built for convenience, not for security, concurrency or speed, so production uses a proper application server, usually behind a reverse proxy.',
          {
            python:
              'runserver runs your app and reloads it when files change, but Django states it is not meant for production; there you run a WSGI or ASGI server such as Gunicorn or Uvicorn behind a reverse proxy.',
            javascript:
              'node --watch restarts the process whenever a file changes, which is handy while coding; in production you run node directly under a process manager or container that restarts it on crashes, usually behind a reverse proxy.',
            java: 'DevTools restarts the app when classes change; in production you run the packaged jar with its embedded server and without DevTools, usually behind a reverse proxy.',
          },
        ),
      ],
      [
        'Why keep settings such as the port, debug mode and secrets out of the code?',
        'The same code then runs unchanged in development, testing and production with different settings, and secrets never end up in the source code or its history (the twelve-factor "config" rule).',
      ],
    ],
    items: {
      1: {
        why: 'Starting a project the standard way gives you the structure, tools and conventions every team using the framework expects.',
        minutes: 35,
        doneWhen: byStack(
          'The framework’s development server starts without errors and your browser shows its first page.',
          {
            python:
              'Inside the activated virtual environment `python -m django --version` prints the version, and http://127.0.0.1:8000/ shows the Django welcome page served by runserver.',
            javascript:
              '`npm ls express` shows express@5, http://localhost:3000/ answers with text from your app, and saving the file makes node --watch restart it.',
            java: 'The project generated at start.spring.io (Java 21; Spring Web, Thymeleaf, Validation, DevTools) starts with ./mvnw spring-boot:run (or ./gradlew bootRun) and logs that Tomcat started on port 8080, with no DataSource error.',
          },
        ),
        resources: [
          tutorial('Django tutorial, part 1', `${DJANGO}/intro/tutorial01/`, 'python'),
          docs('venv', 'https://docs.python.org/3/library/venv.html', 'python'),
          tutorial('Express: installing', `${EXPRESS}/starter/installing.html`, 'javascript'),
          tutorial('Express: hello world', `${EXPRESS}/starter/hello-world.html`, 'javascript'),
          tutorial(
            'Spring guide: building an application with Spring Boot',
            'https://spring.io/guides/gs/spring-boot/',
            'java',
          ),
          docs('Spring Boot: developer tools', `${BOOT}/using/devtools.html`, 'java'),
        ],
      },
      2: {
        why: 'Knowing where routes, settings and templates live lets you find your way around any project built on the same framework.',
        minutes: 15,
        doneWhen: byStack(
          'Your note has one line for each generated file or folder saying what it is for.',
          {
            python:
              'Your note has one line each for manage.py, settings.py, urls.py, wsgi.py and asgi.py, and the app’s models.py, views.py and migrations folder.',
            javascript:
              'Your note has one line each for package.json, package-lock.json, node_modules and your entry file, including what the "scripts" and "dependencies" sections do.',
            java: 'Your note has one line each for pom.xml (or build.gradle), the @SpringBootApplication class, application.properties, templates/, static/ and the test folder.',
          },
        ),
        resources: [
          docs('Django: settings', `${DJANGO}/topics/settings/`, 'python'),
          docs(
            'package.json',
            'https://docs.npmjs.com/cli/v11/configuring-npm/package-json',
            'javascript',
          ),
          docs(
            'Spring Boot: structuring your code',
            `${BOOT}/using/structuring-your-code.html`,
            'java',
          ),
        ],
      },
      3: {
        why: 'Settings that come from outside the code are what let one build run in development, testing and production.',
        minutes: 20,
        doneWhen: byStack(
          'The app runs on a port you chose and a second setting changes without editing code.',
          {
            python:
              '`python manage.py runserver 8080` serves on port 8080; SECRET_KEY and DEBUG come from environment variables via os.environ, and with DEBUG off (and ALLOWED_HOSTS set) an unknown URL shows a plain 404 instead of the yellow debug page.',
            javascript:
              'Starting with `PORT=4000 node --watch app.js` serves on port 4000, without it the app falls back to 3000, and a second setting (for example GREETING) also comes from process.env.',
            java: 'After setting server.port=8081 and a second property (for example logging.level.web=debug) in application.properties, the log shows the app on port 8081 with that setting in effect.',
          },
        ),
        resources: [
          docs('The twelve-factor app: config', 'https://12factor.net/config'),
          docs('Django deployment checklist', `${DJANGO}/howto/deployment/checklist/`, 'python'),
          tutorial(
            'How to read environment variables from Node.js',
            'https://nodejs.org/en/learn/command-line/how-to-read-environment-variables-from-nodejs',
            'javascript',
          ),
          docs(
            'Spring Boot: externalized configuration',
            `${BOOT}/features/external-config.html`,
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What is the difference between a path parameter and a query parameter?',
        'A path parameter identifies the resource and is part of the route, as in /tasks/42; a query parameter refines the request and is usually optional, as in /tasks?status=open.',
      ],
      [
        'Why should an unknown path answer with status 404 rather than 200 and an error message?',
        'Browsers, search engines, monitoring and API clients read the status code, not the page text; a 200 tells them the page exists, and caches may even store it.',
      ],
    ],
    items: {
      1: {
        why: 'Routing maps URLs to code, and it is the first thing you read when you join a project or trace a bug.',
        minutes: 25,
        doneWhen:
          'Visiting /, /about and /tasks shows a different page for each, and `curl -i` on each of them shows status 200.',
        resources: [
          docs('Django: URL dispatcher', `${DJANGO}/topics/http/urls/`, 'python'),
          tutorial('Django tutorial, part 3', `${DJANGO}/intro/tutorial03/`, 'python'),
          docs('Express: routing', `${EXPRESS}/guide/routing.html`, 'javascript'),
          tutorial(
            'Spring guide: serving web content with Spring MVC',
            'https://spring.io/guides/gs/serving-web-content/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Detail pages and filters depend on reading parameters from the URL, and both must be checked because users can type anything.',
        minutes: 20,
        doneWhen:
          '/tasks/42 shows "Task 42", /tasks/abc gives a 404 or 400 instead of a crash, and /tasks?status=open shows the status you passed.',
        resources: [
          docs('Django: request and response objects', `${DJANGO}/ref/request-response/`, 'python'),
          docs('Express 5 API: req.params', `${EXPRESS}/5x/api.html#req.params`, 'javascript'),
          docs(
            'Spring MVC: @RequestParam',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-methods/requestparam.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Every site needs a helpful 404 page, and it must still send the 404 status for clients and search engines.',
        minutes: 20,
        doneWhen: byStack(
          'An unknown path shows your own 404 page, and `curl -i` on it shows status 404.',
          {
            python:
              'With DEBUG off and ALLOWED_HOSTS set, /nope shows your templates/404.html and `curl -i` shows status 404; switch DEBUG back on afterwards for development.',
            javascript:
              'A catch-all middleware registered after your routes renders your 404 page, and `curl -i localhost:3000/nope` shows status 404.',
            java: 'The browser shows your src/main/resources/templates/error/404.html for /nope, and `curl -i localhost:8080/nope` shows status 404.',
          },
        ),
        resources: [
          docs(
            'Django: customizing error views',
            `${DJANGO}/topics/http/views/#customizing-error-views`,
            'python',
          ),
          docs('Express FAQ (handling 404 responses)', `${EXPRESS}/starter/faq.html`, 'javascript'),
          docs(
            'Spring Boot: servlet web applications (error handling)',
            `${BOOT}/web/servlet.html`,
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why do template engines escape variables by default?',
        'So that text such as <script> typed by a user is shown as text instead of running in other people’s browsers (cross-site scripting); you switch escaping off only for HTML you fully trust.',
      ],
      [
        'What problem does a shared layout solve?',
        'The header, footer, stylesheet links and navigation live in one file, so a change there updates every page, and each page only contains its own content.',
      ],
    ],
    items: {
      1: {
        why: 'Server-side templates turn your data into HTML, and loops and conditions in them are how lists and empty states are shown.',
        minutes: 25,
        doneWhen:
          '/tasks lists three tasks from a list in memory, shows "No tasks yet" when the list is empty, and displays a task titled <script>alert(1)</script> as plain text.',
        resources: [
          docs(
            'OWASP Cross Site Scripting Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html',
          ),
          docs('Django: the template language', `${DJANGO}/ref/templates/language/`, 'python'),
          docs(
            'Express: using template engines',
            `${EXPRESS}/guide/using-template-engines.html`,
            'javascript',
          ),
          tutorial(
            'Tutorial: using Thymeleaf',
            'https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Shared layouts keep dozens of pages consistent and make site-wide changes a one-file edit.',
        minutes: 20,
        doneWhen: byStack(
          'The header and footer live in one shared file used by every page, and changing the footer text once changes it on all pages.',
          {
            python:
              'base.html holds the header and footer, every page starts with {% extends "base.html" %}, and changing the footer text once changes it on all pages.',
            javascript:
              'Header and footer partials are pulled in with <%- include("partials/header") %> in EJS (or a Pug layout is extended), and changing the footer text once changes it on all pages.',
            java: 'A Thymeleaf fragments file holds the header and footer, every page pulls them in with th:replace, and changing the footer text once changes it on all pages.',
          },
        ),
        resources: [
          docs(
            'Django: template inheritance',
            `${DJANGO}/ref/templates/language/#template-inheritance`,
            'python',
          ),
          tool('EJS (includes)', 'https://github.com/mde/ejs', 'javascript'),
          docs(
            'Thymeleaf page layouts',
            'https://www.thymeleaf.org/doc/articles/layouts.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Stylesheets, images and scripts are served as static files, and knowing where they live matters when a CDN or reverse proxy is put in front later.',
        minutes: 20,
        doneWhen: byStack(
          'Your pages load a stylesheet and an image served as static files, and the Network panel shows both with status 200 (or 304 on reload).',
          {
            python:
              'With {% load static %} the pages use {% static "css/site.css" %} and an image, and the Network panel shows both with status 200 (or 304 on reload).',
            javascript:
              'app.use(express.static("public")) serves public/site.css and an image, and the Network panel shows both with status 200 (or 304 on reload).',
            java: 'site.css and an image in src/main/resources/static/ load on your pages, and the Network panel shows both with status 200 (or 304 on reload).',
          },
        ),
        resources: [
          docs('Django: managing static files', `${DJANGO}/howto/static-files/`, 'python'),
          docs(
            'Express: serving static files',
            `${EXPRESS}/starter/static-files.html`,
            'javascript',
          ),
          docs(
            'Spring Boot: servlet web applications (static content)',
            `${BOOT}/web/servlet.html`,
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why redirect after a successful POST (Post/Redirect/Get)?',
        'If the answer to the POST is a page, refreshing it sends the form again and creates a duplicate; redirecting to a GET page means a refresh only reloads that page.',
      ],
      [
        'What is the difference between a unit test and an integration test?',
        'A unit test checks one small piece of code, such as a function or a form, on its own and quickly, without a server or database; an integration test checks several parts working together, such as a request passing through routing, the view and the database.',
      ],
    ],
    items: {
      1: {
        why: 'Forms that create records are at the heart of most web apps and admin tools.',
        minutes: 25,
        doneWhen: byStack(
          'Submitting the form with a title adds a task that appears on /tasks (until the server restarts, because the list lives in memory).',
          {
            python:
              'The form includes {% csrf_token %}, and submitting it with a title adds a task that appears on /tasks (until the server restarts, because the list lives in memory).',
            javascript:
              'With app.use(express.urlencoded({ extended: false })) in place, submitting the form with a title adds a task that appears on /tasks (until the server restarts, because the array lives in memory).',
            java: 'A @PostMapping method bound to a form object with th:object and th:field adds a task that appears on /tasks (until the app restarts, because the list lives in memory).',
          },
        ),
        resources: [
          docs(
            'Sending form data',
            'https://developer.mozilla.org/en-US/docs/Learn_web_development/Extensions/Forms/Sending_and_retrieving_form_data',
          ),
          docs('Django: working with forms', `${DJANGO}/topics/forms/`, 'python'),
          docs(
            'Express 5 API: express.urlencoded()',
            `${EXPRESS}/5x/api.html#express.urlencoded`,
            'javascript',
          ),
          tutorial(
            'Spring guide: handling form submission',
            'https://spring.io/guides/gs/handling-form-submission/',
            'java',
          ),
        ],
      },
      2: {
        why: 'The server is the only place validation cannot be bypassed, and an error shown next to the right field is what users need to fix it.',
        minutes: 25,
        doneWhen:
          'Submitting an empty title or one longer than 200 characters shows the form again with your input kept and an error under the title field, and no task is added.',
        resources: [
          docs(
            'OWASP Input Validation Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
          ),
          docs('Django: form and field validation', `${DJANGO}/ref/forms/validation/`, 'python'),
          tutorial(
            'Spring guide: validating form input',
            'https://spring.io/guides/gs/validating-form-input/',
            'java',
          ),
          docs('Spring Boot: validation', `${BOOT}/io/validation.html`, 'java'),
        ],
      },
      3: {
        why: 'Post/Redirect/Get prevents duplicate records, a bug users trigger every time they press refresh.',
        minutes: 10,
        doneWhen:
          'After a successful submit the address bar shows /tasks, the Network panel shows a 302 (or 303) followed by a GET, and refreshing the page adds no second task.',
        resources: [
          docs(
            'Redirections in HTTP',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Redirections',
          ),
          docs(
            '303 See Other',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/303',
          ),
        ],
      },
      4: {
        why: 'Unit tests catch a broken rule in seconds, and validation logic is the easiest and most valuable code to start testing.',
        minutes: 20,
        doneWhen: byStack(
          'Your test runner runs three tests (a valid title passes; an empty title and a 201-character title fail) and reports all of them passing.',
          {
            python:
              '`python manage.py test` runs a SimpleTestCase with three tests of your form (a valid title passes; an empty one and a 201-character one fail) and reports OK.',
            javascript:
              '`node --test` runs three tests of your validateTask function (a valid title passes; an empty one and a 201-character one fail) and reports 3 passing.',
            java: '`./mvnw test` (or `./gradlew test`) runs a JUnit class with three tests that check your form object with a Bean Validation Validator (a valid title passes; an empty one and a 201-character one fail), and all three pass.',
          },
        ),
        resources: [
          docs('Django: writing and running tests', `${DJANGO}/topics/testing/overview/`, 'python'),
          docs('Node.js test runner', 'https://nodejs.org/api/test.html', 'javascript'),
          docs('Spring Boot: testing', `${BOOT}/testing/index.html`, 'java'),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What is a migration, and why not change the tables by hand?',
        'A migration is a versioned, repeatable description of a schema change; applying migrations in order gives every developer, test run and server the same schema, which hand edits cannot guarantee.',
      ],
      [
        'Why must values be passed to SQL as parameters instead of pasted into the query string?',
        'Pasting user input into SQL lets crafted input change the query itself (SQL injection); parameters send the values separately, so the database always treats them as data.',
      ],
    ],
    items: {
      1: {
        why: 'Connecting the framework to a real database is the step that turns a demo into an application that keeps its data.',
        minutes: 40,
        doneWhen: byStack(
          'The app connects to your PostgreSQL or MySQL database at start-up and code in the app saves a task row you can see in psql or mysql.',
          {
            python:
              'DATABASES points at your PostgreSQL or MySQL database (with psycopg or mysqlclient installed), `python manage.py migrate` succeeds, and Task.objects.create() in `python manage.py shell` adds a row you can see in psql or mysql.',
            javascript:
              'A pg Pool (or a mysql2 pool) connects at start-up, a tasks table exists, and an INSERT with placeholders ($1 in pg, ? in mysql2) adds a row you can see in psql or mysql.',
            java: 'With spring-boot-starter-data-jpa, your database’s JDBC driver and spring.datasource.url, username and password set (plus spring.jpa.hibernate.ddl-auto=update for now), the app starts and taskRepository.save() adds a row you can see in psql or mysql.',
          },
        ),
        resources: [
          docs(
            'OWASP Query Parameterization Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html',
          ),
          tutorial(
            'Django tutorial, part 2: models and the database',
            `${DJANGO}/intro/tutorial02/`,
            'python',
          ),
          docs('Django: databases', `${DJANGO}/ref/databases/`, 'python'),
          docs(
            'Express: database integration',
            `${EXPRESS}/guide/database-integration.html`,
            'javascript',
          ),
          docs(
            'node-postgres: queries (parameterised)',
            'https://node-postgres.com/features/queries',
            'javascript',
          ),
          tutorial(
            'Spring guide: accessing data with JPA',
            'https://spring.io/guides/gs/accessing-data-jpa/',
            'java',
          ),
          tutorial(
            'Spring guide: accessing data with MySQL',
            'https://spring.io/guides/gs/accessing-data-mysql/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Storing form input is the end-to-end path of most features: browser, server, validation, database.',
        minutes: 20,
        doneWhen:
          'A task created through the form is still listed after you restart the server, and its row shows up when you query the table in psql or mysql.',
        resources: [
          docs(
            'Django: creating forms from models',
            `${DJANGO}/topics/forms/modelforms/`,
            'python',
          ),
          docs('Express: error handling', `${EXPRESS}/guide/error-handling.html`, 'javascript'),
          docs(
            'Spring Data JPA: persisting entities',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/entity-persistence.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Credentials in code end up in version history and screenshots; reading them from the environment is the standard and a first security habit.',
        minutes: 15,
        doneWhen:
          'The database password appears in none of your source files; the app reads it from an environment variable and stops with a clear message when it is missing.',
        resources: [
          docs(
            'OWASP Secrets Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
          ),
          docs('os.environ', 'https://docs.python.org/3/library/os.html#os.environ', 'python'),
          tutorial(
            'How to read environment variables from Node.js',
            'https://nodejs.org/en/learn/command-line/how-to-read-environment-variables-from-nodejs',
            'javascript',
          ),
          docs(
            'Spring Boot: externalized configuration',
            `${BOOT}/features/external-config.html`,
            'java',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'Why should deleting a task use a POST form (or DELETE), never a plain GET link?',
        'GET must be safe: browsers prefetch links, crawlers follow them and some tools replay them, so a GET that deletes can wipe data by accident; HTML forms can send POST.',
      ],
      [
        'How should the open or finished filter reach the server, and why?',
        'As a query parameter such as /tasks?status=done: it is a view of the same resource, it can be bookmarked and shared, and the server filters in the database query instead of in the template.',
      ],
    ],
    items: {
      1: {
        why: 'Create, read, update and delete are the operations behind almost every screen in business software.',
        minutes: 35,
        doneWhen:
          'You can create, view, edit and delete a task from the pages; the edit form comes pre-filled, delete is a POST form behind a confirmation, and each change shows up in the database.',
        resources: [
          docs(
            'RFC 9110: safe methods',
            'https://www.rfc-editor.org/rfc/rfc9110.html#name-safe-methods',
          ),
          tutorial(
            'Django tutorial, part 4: forms and generic views',
            `${DJANGO}/intro/tutorial04/`,
            'python',
          ),
          docs('Django: shortcut functions', `${DJANGO}/topics/http/shortcuts/`, 'python'),
          docs('Express: routing (route methods)', `${EXPRESS}/guide/routing.html`, 'javascript'),
          docs(
            'Spring Data JPA: query methods',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Status changes and filters are among the most requested features on any list page.',
        minutes: 25,
        doneWhen:
          'Clicking "mark done" (a POST) moves a task from /tasks?status=open to /tasks?status=done, and both filtered pages match a WHERE status = ... query run in psql or mysql.',
        resources: [
          docs(
            'HTTP request methods',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Methods',
          ),
          docs('Django: making queries', `${DJANGO}/topics/db/queries/`, 'python'),
          docs(
            'Spring Data JPA: repository query keywords',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/query-keywords-reference.html',
            'java',
          ),
        ],
      },
      3: {
        why: byStack(
          'Frameworks ship extras (an admin, request logging, health checks) that save you building common operational features yourself.',
          {
            python:
              'The Django admin gives support staff a data-management screen for free, which saves building internal tools.',
            javascript:
              'Request logs are the first thing you read when debugging production, and morgan shows what a log line per request should contain.',
            java: 'Health endpoints are how load balancers and orchestrators decide whether your app can take traffic, and Actuator gives you one for free.',
          },
        ),
        minutes: 15,
        doneWhen: byStack('The extra is working and you have used it once on your own app.', {
          python:
            'After `python manage.py createsuperuser` and admin.site.register(Task), /admin/ lets you log in, edit a task and see the change on /tasks.',
          javascript:
            'With app.use(morgan("dev")) every request prints one line with method, path, status and response time, and a request for a missing page shows 404 in its line.',
          java: 'With spring-boot-starter-actuator added, `curl localhost:8080/actuator/health` returns {"status":"UP"}, and with the database stopped it reports DOWN.',
        }),
        resources: [
          docs('Django admin site', `${DJANGO}/ref/contrib/admin/`, 'python'),
          docs('morgan', `${EXPRESS}/resources/middleware/morgan.html`, 'javascript'),
          tutorial(
            'Spring guide: building a RESTful web service with Actuator',
            'https://spring.io/guides/gs/actuator-service/',
            'java',
          ),
          docs('Spring Boot: actuator endpoints', `${BOOT}/actuator/endpoints.html`, 'java'),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'Why do integration tests run against a separate test database?',
        'They create and delete data, so running them against your development (or production) data would damage it; a throwaway database starts from a known state on every run.',
      ],
      [
        'In order, which parts of your app handle a request for /tasks?q=milk?',
        'The framework matches the path to a route, which calls a view or controller; that reads q, asks the model or repository for matching tasks (one SQL query), passes them to a template, and returns the rendered HTML with status 200.',
      ],
    ],
    items: {
      1: {
        why: 'Search is a standard feature, and doing it in the database query rather than in a loop is what keeps it fast.',
        minutes: 20,
        doneWhen: byStack(
          'Searching "milk" shows only tasks whose title contains milk in any letter case, and an empty search shows all tasks.',
          {
            python:
              'Searching "milk" shows only tasks whose title contains milk in any letter case (filter(title__icontains=q)), and an empty search shows all tasks.',
            javascript:
              'Searching "milk" shows only matching tasks through a parameterised ILIKE (LIKE in MySQL) query, and an empty search shows all tasks.',
            java: 'Searching "milk" shows only matching tasks through findByTitleContainingIgnoreCase, and an empty search shows all tasks.',
          },
        ),
        resources: [
          docs(
            'Django: field lookups (icontains)',
            `${DJANGO}/ref/models/querysets/#icontains`,
            'python',
          ),
          docs(
            'PostgreSQL: pattern matching (ILIKE)',
            'https://www.postgresql.org/docs/current/functions-matching.html',
            'javascript',
          ),
          docs(
            'Spring Data JPA: query methods',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Automated tests let you change code without fear, employers expect them in every pull request, and integration tests prove the pieces work together.',
        minutes: 40,
        doneWhen: byStack(
          'Your test command runs two tests against a separate test database (one page loads with status 200; one form post redirects and adds a task) and both pass.',
          {
            python:
              '`python manage.py test` creates a test database (your database user needs the CREATEDB right), and a TestCase using the test client gets /tasks (200) and posts the form (302, one new Task); it reports OK.',
            javascript:
              '`node --test` runs two supertest tests against your exported app with DATABASE_URL pointing at a separate test database: GET /tasks returns 200, and POST /tasks redirects and adds one row.',
            java: '`./mvnw test` (or `./gradlew test`) runs a @SpringBootTest with @ActiveProfiles("test") (application-test.properties points at a separate test database) and MockMvc: GET /tasks returns 200, and POST /tasks redirects and adds one task.',
          },
        ),
        resources: [
          tutorial('Django tutorial, part 5: testing', `${DJANGO}/intro/tutorial05/`, 'python'),
          docs('Django: testing tools', `${DJANGO}/topics/testing/tools/`, 'python'),
          tutorial(
            'Using the Node.js test runner',
            'https://nodejs.org/en/learn/test-runner/using-test-runner',
            'javascript',
          ),
          tool('supertest', 'https://github.com/forwardemail/supertest', 'javascript'),
          tutorial(
            'Spring guide: testing the web layer',
            'https://spring.io/guides/gs/testing-web/',
            'java',
          ),
          docs(
            'Spring Boot: testing Spring Boot applications',
            `${BOOT}/testing/spring-boot-applications.html`,
            'java',
          ),
        ],
      },
      3: {
        why: 'Tracing a request from end to end is how you debug, and it is a favourite interview question.',
        minutes: 15,
        doneWhen:
          'Your written trace of one real request names the actual file and function (or class and method) at each step (route, view or controller, model or repository call, template) and the status code returned.',
        resources: [
          docs('Django at a glance', `${DJANGO}/intro/overview/`, 'python'),
          docs('Express: using middleware', `${EXPRESS}/guide/using-middleware.html`, 'javascript'),
          docs(
            'Spring MVC: DispatcherServlet',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-servlet.html',
            'java',
          ),
        ],
      },
    },
  },
});
