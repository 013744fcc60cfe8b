import { byStack } from '../build';
import { book, docs, phaseDetails, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-framework', {
  d1: {
    checks: [
      [
        'What is a route?',
        'A rule that maps an HTTP method and a URL path to the code that handles it, for example GET /hello to a function that returns "Hello".',
      ],
      [
        'What is the difference between a unit test and an integration test?',
        'A unit test checks one function or class on its own; an integration test checks parts working together, such as a request going through routing and your handler. Your "Hello" route test is a small integration test.',
      ],
    ],
    items: {
      1: {
        why: 'Frameworks handle routing, requests and configuration for you, and every back-end job uses one.',
        minutes: 45,
        doneWhen: byStack('The development server starts and answers in the browser.', {
          python:
            '`python manage.py runserver` shows the Django welcome page at http://127.0.0.1:8000/, your app is listed in INSTALLED_APPS, and requirements.txt lists Django.',
          javascript:
            '`node index.js` logs that it is listening on port 3000, `curl -i localhost:3000` gets an answer from Express (a 404 is fine for now), and package.json lists express.',
          java: '`./mvnw spring-boot:run` logs that Tomcat started on port 8080, http://localhost:8080 answers (a Whitelabel error page is fine for now), and the Maven build file sets Java 21.',
        }),
        resources: [
          tutorial(
            'Django tutorial, part 1',
            'https://docs.djangoproject.com/en/stable/intro/tutorial01/',
            'python',
          ),
          docs(
            'Python: virtual environments (venv)',
            'https://docs.python.org/3/library/venv.html',
            'python',
          ),
          docs(
            'Express: installing',
            'https://expressjs.com/en/starter/installing.html',
            'javascript',
          ),
          tutorial(
            'Spring guide: building an application with Spring Boot',
            'https://spring.io/guides/gs/spring-boot',
            'java',
          ),
          tutorial(
            'Spring Boot: developing your first application',
            'https://docs.spring.io/spring-boot/tutorial/first-application/index.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'A route maps a URL to your code, and every endpoint you build later is one of these.',
        minutes: 25,
        doneWhen:
          'Opening the route in the browser shows Hello, and `curl -i` on it shows status 200.',
        resources: [
          docs(
            'Django: URL dispatcher',
            'https://docs.djangoproject.com/en/stable/topics/http/urls/',
            'python',
          ),
          tutorial(
            'Express: hello world example',
            'https://expressjs.com/en/starter/hello-world.html',
            'javascript',
          ),
          tutorial(
            'Spring guide: building a RESTful web service',
            'https://spring.io/guides/gs/rest-service',
            'java',
          ),
        ],
      },
      3: {
        why: 'Knowing what each generated file does is how you find where to change settings, routes and dependencies in any project you join.',
        minutes: 25,
        doneWhen: byStack('Your notes have one line for every generated file.', {
          python:
            "Your notes have one line for every generated file, including manage.py, settings.py, urls.py, the app's views.py and models.py, and requirements.txt.",
          javascript:
            'Your notes have one line for every file and folder, including package.json, package-lock.json, node_modules and your entry file.',
          java: 'Your notes have one line for every generated file, including the Maven build file, mvnw, the Application class, application.properties and the test class.',
        }),
        resources: [
          docs(
            'Django: settings',
            'https://docs.djangoproject.com/en/stable/topics/settings/',
            'python',
          ),
          docs(
            'npm: package.json',
            'https://docs.npmjs.com/cli/configuring-npm/package-json',
            'javascript',
          ),
          docs(
            'Spring Boot: structuring your code',
            'https://docs.spring.io/spring-boot/reference/using/structuring-your-code.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'Automated tests let you change code without fear, and the CI pipeline on day 18 can only protect you if tests already exist.',
        minutes: 40,
        doneWhen: byStack('Your test runner reports the new test as passing.', {
          python: '`python manage.py test` reports `Ran 1 test` and `OK`.',
          javascript:
            '`npm test` (with `"test": "vitest run"` in package.json) shows 1 passing test, and `node index.js` still starts the server because only that file calls `app.listen()`.',
          java: '`./mvnw test` shows your test passing next to the generated one, and ends with BUILD SUCCESS.',
        }),
        resources: [
          docs(
            'Django: writing and running tests',
            'https://docs.djangoproject.com/en/stable/topics/testing/overview/',
            'python',
          ),
          tutorial(
            'Django tutorial, part 5: testing',
            'https://docs.djangoproject.com/en/stable/intro/tutorial05/',
            'python',
          ),
          docs('Vitest: getting started', 'https://vitest.dev/guide/', 'javascript'),
          docs('SuperTest: HTTP assertions', 'https://github.com/ladjs/supertest', 'javascript'),
          tutorial(
            'Spring guide: testing the web layer',
            'https://spring.io/guides/gs/testing-web',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'When should a missing record give 404 rather than 200 with an empty body?',
        'When the client asked for one specific resource by id and it does not exist; 200 would claim the lookup worked. An empty list for a filter is a normal 200.',
      ],
      [
        'What is the difference between a path parameter and a query parameter?',
        'A path parameter identifies the resource (/tasks/42); a query parameter refines the request, for example filtering or paging a list (/tasks?done=true).',
      ],
    ],
    items: {
      1: {
        why: 'Rendering data into HTML on the server is the classic web-app pattern and shows how handlers pass data to templates.',
        minutes: 55,
        doneWhen:
          'The page lists every task from your in-memory list, and a task you add to the list in code appears after a restart and reload.',
        resources: [
          tutorial(
            'Django tutorial, part 3: views and templates',
            'https://docs.djangoproject.com/en/stable/intro/tutorial03/',
            'python',
          ),
          docs(
            'Express: using template engines',
            'https://expressjs.com/en/guide/using-template-engines.html',
            'javascript',
          ),
          tutorial(
            'Spring guide: serving web content with Spring MVC',
            'https://spring.io/guides/gs/serving-web-content',
            'java',
          ),
          docs(
            'Thymeleaf: using Thymeleaf',
            'https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Path parameters and correct 404s are how every web app and API exposes single records.',
        minutes: 40,
        doneWhen:
          '`curl -i` on an existing id returns 200 with that task, and on a missing id returns 404 rather than 200 or 500.',
        resources: [
          docs(
            'Django: returning errors from views',
            'https://docs.djangoproject.com/en/stable/topics/http/views/#returning-errors',
            'python',
          ),
          docs(
            'Express: route parameters',
            'https://expressjs.com/en/guide/routing.html#route-parameters',
            'javascript',
          ),
          docs(
            'Spring Boot: error handling in Spring MVC',
            'https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.error-handling',
            'java',
          ),
        ],
      },
      3: {
        why: 'Query parameters are how clients filter, search and sort lists, and every list endpoint needs them.',
        minutes: 30,
        doneWhen:
          '`?done=true` shows only finished tasks, `?done=false` only open ones, and no parameter shows all of them.',
        resources: [
          docs(
            'Django: HttpRequest.GET',
            'https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpRequest.GET',
            'python',
          ),
          docs(
            'Express: req.query',
            'https://expressjs.com/en/5x/api.html#req.query',
            'javascript',
          ),
          docs(
            'Spring MVC: @RequestParam',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-methods/requestparam.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'A server must handle many requests at once, and knowing whether yours gives each request a thread (Django, Tomcat) or runs all JavaScript on one event loop with async I/O (Node.js) tells you which code will stall other users.',
        minutes: 35,
        doneWhen: byStack(
          'In a bash or zsh terminal, `time (curl -s localhost:PORT/slow & curl -s localhost:PORT/slow & wait)` shows how long two calls at the same time take, and you can say whether your server ran them side by side or one after the other.',
          {
            python:
              '`time (curl -s localhost:8000/slow/ & curl -s localhost:8000/slow/ & wait)` (bash or zsh) takes about 3 seconds, not 6, and the log shows two different thread names, because the development server handles each request on its own thread.',
            javascript:
              '`time (curl -s localhost:3000/slow & curl -s localhost:3000/slow & wait)` (bash or zsh) takes about 3 seconds, while the same with /busy takes about 6: your JavaScript runs on one thread, so a CPU-bound handler blocks every other request, but awaiting a timer or I/O frees the event loop.',
            java: '`time (curl -s localhost:8080/slow & curl -s localhost:8080/slow & wait)` (bash or zsh) takes about 3 seconds, not 6, and the log shows two thread names such as `http-nio-8080-exec-1` and `http-nio-8080-exec-2`.',
          },
        ),
        resources: [
          book(
            'OSTEP: concurrency and threads (free chapter)',
            'https://pages.cs.wisc.edu/~remzi/OSTEP/threads-intro.pdf',
          ),
          docs(
            'Django: runserver (threaded by default)',
            'https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver',
            'python',
          ),
          docs('Python: threading', 'https://docs.python.org/3/library/threading.html', 'python'),
          tutorial(
            "Node.js: don't block the event loop",
            'https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop',
            'javascript',
          ),
          docs(
            'Node.js: timers promises API',
            'https://nodejs.org/api/timers.html#timers-promises-api',
            'javascript',
          ),
          tutorial(
            'Java tutorial: processes and threads',
            'https://docs.oracle.com/javase/tutorial/essential/concurrency/procthread.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why hash passwords with a slow function such as Argon2, scrypt, bcrypt or PBKDF2 instead of SHA-256?',
        'Fast hashes let an attacker with a stolen database try billions of guesses a second; slow, salted password hashes make every guess expensive, and the salt stops one guess from cracking all identical passwords.',
      ],
      [
        'Why redirect after a successful form POST?',
        'So the browser ends on a GET page: a refresh then reloads the list instead of submitting the form again and creating a duplicate (the Post/Redirect/Get pattern).',
      ],
    ],
    items: {
      1: {
        why: 'Post/Redirect/Get is the standard way to handle form submissions so that a browser refresh does not submit twice.',
        minutes: 45,
        doneWhen: byStack(
          'Submitting the form adds a task and the browser lands back on the list through a 302 redirect.',
          {
            python:
              'Submitting adds a task and the Network tab shows a 302 back to the list; the form contains `{% csrf_token %}`, without which Django answers 403.',
            javascript:
              'Submitting adds a task and the Network tab shows a 302 (`res.redirect`) back to the list; `app.use(express.urlencoded())` is registered so `req.body` holds the form fields.',
            java: 'Submitting adds a task and the Network tab shows a 302 back to the list (`return "redirect:/tasks"`).',
          },
        ),
        resources: [
          tutorial(
            'Django tutorial, part 4: forms',
            'https://docs.djangoproject.com/en/stable/intro/tutorial04/',
            'python',
          ),
          docs(
            'Django: CSRF protection',
            'https://docs.djangoproject.com/en/stable/ref/csrf/',
            'python',
          ),
          docs(
            'Express: express.urlencoded()',
            'https://expressjs.com/en/5x/api.html#express.urlencoded',
            'javascript',
          ),
          docs(
            'Express: res.redirect()',
            'https://expressjs.com/en/5x/api.html#res.redirect',
            'javascript',
          ),
          tutorial(
            'Spring guide: handling form submission',
            'https://spring.io/guides/gs/handling-form-submission',
            'java',
          ),
        ],
      },
      2: {
        why: 'Real apps keep data in a database so it survives restarts and can be shared between server copies.',
        minutes: 60,
        doneWhen: byStack(
          'The list page shows tasks from the database, and they are still there after a server restart.',
          {
            python:
              'After `migrate`, tasks you add in `python manage.py shell` (or the admin) appear on the list page and are still there after a server restart; if you use PostgreSQL, requirements.txt lists psycopg.',
            javascript:
              'The list page shows the rows of your tasks table, and a row you insert with the sqlite3 or psql client appears after a reload.',
            java: 'The list page shows tasks from PostgreSQL, and a row inserted in psql appears after a reload; map the entity to your day-6 table with `@Table(name = "tasks")`, or let `spring.jpa.hibernate.ddl-auto=update` create one.',
          },
        ),
        resources: [
          tutorial(
            'Django tutorial, part 2: models and the database',
            'https://docs.djangoproject.com/en/stable/intro/tutorial02/',
            'python',
          ),
          docs(
            'Django: databases (PostgreSQL notes)',
            'https://docs.djangoproject.com/en/stable/ref/databases/#postgresql-notes',
            'python',
          ),
          docs(
            'better-sqlite3: API',
            'https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md',
            'javascript',
          ),
          docs(
            'node-postgres: connecting',
            'https://node-postgres.com/features/connecting',
            'javascript',
          ),
          tutorial(
            'Spring guide: accessing data with JPA',
            'https://spring.io/guides/gs/accessing-data-jpa',
            'java',
          ),
          docs(
            'Spring Boot: SQL databases',
            'https://docs.spring.io/spring-boot/reference/data/sql.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Writing down the path of a request proves you understand your framework and helps the next developer find their way.',
        minutes: 20,
        doneWhen:
          'The README traces one request in order, for example route or URL pattern → view or controller → model or query → template → response.',
        resources: [
          docs(
            'GitHub: about READMEs',
            'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes',
          ),
        ],
      },
      4: {
        why: "Storing passwords with a slow, salted hash is a basic security duty, because a leaked database must not reveal anyone's password.",
        minutes: 35,
        doneWhen: byStack(
          'Verifying the right password succeeds, a wrong one fails, and only the hash is ever stored.',
          {
            python:
              "In `python manage.py shell`, `check_password('secret', make_password('secret'))` is True, a wrong password gives False, and the password column of a user you create with `python manage.py createsuperuser` starts with `pbkdf2_sha256$` in auth_user.",
            javascript:
              'Your script stores `salt:hash` in hex, verifying the right password returns true and a wrong one false, and the plain password appears nowhere in the output or the database.',
            java: '`encoder.matches("secret", encoder.encode("secret"))` is true, a wrong password gives false, and the encoded value starts with `$2a$`.',
          },
        ),
        resources: [
          docs(
            'OWASP: password storage cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
          ),
          docs(
            'Django: password management',
            'https://docs.djangoproject.com/en/stable/topics/auth/passwords/',
            'python',
          ),
          docs(
            'Node.js: crypto.scrypt()',
            'https://nodejs.org/api/crypto.html#cryptoscryptpassword-salt-keylen-options-callback',
            'javascript',
          ),
          docs(
            'Spring Security: password storage',
            'https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html',
            'java',
          ),
        ],
      },
    },
  },
});
