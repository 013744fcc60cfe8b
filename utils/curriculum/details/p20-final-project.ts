import { byStack } from '../build';
import { docs, phaseDetails, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-final-project', {
  d1: {
    checks: [
      [
        'Why is depends_on alone not enough to make the app wait for the database in Compose?',
        'It only orders container start-up; the database may still be initialising. Add a healthcheck to the database and use `condition: service_healthy` (or retry the connection in the app).',
      ],
      [
        'What makes a project easy for a stranger to run?',
        'Pinned versions, one documented start command, configuration from environment variables with safe defaults, and migrations or seed data applied automatically.',
      ],
    ],
    items: {
      1: {
        why: 'A finished, working project is the strongest evidence you can show an employer that you can build a back end.',
        minutes: 80,
        doneWhen:
          'With curl you can create a task with title, status (for example todo, doing, done) and due date, list it, change its status and delete it, and the data survives an app restart; the new columns came from a migration or an ALTER TABLE, not by recreating the database.',
        resources: [
          docs(
            'PostgreSQL: date/time types',
            'https://www.postgresql.org/docs/current/datatype-datetime.html',
          ),
          docs(
            'Django: model field reference',
            'https://docs.djangoproject.com/en/stable/ref/models/fields/',
            'python',
          ),
          docs('SQLite: ALTER TABLE', 'https://www.sqlite.org/lang_altertable.html', 'javascript'),
          tutorial(
            'Spring guide: accessing data with JPA',
            'https://spring.io/guides/gs/accessing-data-jpa',
            'java',
          ),
        ],
      },
      2: {
        why: 'Tests for validation rules prove your API rejects bad input, and they keep proving it in CI every time you change the code.',
        minutes: 45,
        doneWhen: byStack(
          'Your suite has at least 6 passing tests, including two that expect 400 (an unknown status, and a due date such as 2026-13-45), and the CI run for that push is green.',
          {
            python:
              '`python manage.py test` runs at least 6 tests and passes, including two that expect 400 (an unknown status, and a due date such as 2026-13-45), and the CI run for that push is green.',
            javascript:
              '`npm test` runs at least 6 passing tests, including two that expect 400 (an unknown status, and a due date such as 2026-13-45), and the CI run for that push is green.',
            java: '`./mvnw test` runs at least 6 passing tests, including two that expect 400 (an unknown status, and a due date such as 2026-13-45), and the CI run for that push is green.',
          },
        ),
        resources: [
          docs(
            'Django: testing tools (the test client)',
            'https://docs.djangoproject.com/en/stable/topics/testing/tools/',
            'python',
          ),
          docs('SuperTest: HTTP assertions', 'https://github.com/ladjs/supertest', 'javascript'),
          tutorial(
            'Spring guide: testing the web layer',
            'https://spring.io/guides/gs/testing-web',
            'java',
          ),
        ],
      },
      3: {
        why: 'A project anyone can start with one command is far more likely to be tried by a reviewer or a new teammate.',
        minutes: 45,
        doneWhen: byStack(
          'On a fresh clone, `docker compose up` starts the database and the app, the schema is created (the app runs its migrations, or the database runs your schema.sql from /docker-entrypoint-initdb.d), `curl -i` on /api/v1/tasks returns 200, and the README gives that command.',
          {
            python:
              'On a fresh clone, `docker compose up` starts the database and the app, the app container runs `python manage.py migrate` before starting the server, `curl -i localhost:8000/api/v1/tasks` returns 200, and the README gives that command.',
            javascript:
              'On a fresh clone, `docker compose up` starts the database and the app, the database runs your schema.sql from /docker-entrypoint-initdb.d on its first start, `curl -i localhost:3000/api/v1/tasks` returns 200, and the README gives that command.',
            java: 'On a fresh clone, which has no target/ folder, `docker compose up --build` builds the jar inside the image (a multi-stage Dockerfile: `./mvnw -DskipTests package` in an eclipse-temurin:21-jdk stage, then only the jar copied into eclipse-temurin:21-jre; CI already runs the tests), starts the database and the app, the schema is created by `ddl-auto` or a schema.sql in /docker-entrypoint-initdb.d, `curl -i localhost:8080/api/v1/tasks` returns 200, and the README gives that command.',
          },
        ),
        resources: [
          tutorial('Docker Compose: quickstart', 'https://docs.docker.com/compose/gettingstarted/'),
          docs(
            'Docker Compose: control start-up order',
            'https://docs.docker.com/compose/how-tos/startup-order/',
          ),
          tutorial(
            'Docker: multi-container applications',
            'https://docs.docker.com/get-started/docker-concepts/running-containers/multi-container-applications/',
            'python',
          ),
          tutorial(
            'Docker: multi-container applications',
            'https://docs.docker.com/get-started/docker-concepts/running-containers/multi-container-applications/',
            'javascript',
          ),
          docs(
            'Docker: multi-stage builds',
            'https://docs.docker.com/build/building/multi-stage/',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Which risk tops the OWASP Top 10 (2025), and how could it show up in your API?',
        "A01 Broken Access Control: for example, any caller could read or delete another user's task just by changing the id. Every request must check that the caller may act on that record.",
      ],
      [
        'Why must a secret that was ever committed be changed, not just deleted?',
        'It stays in the Git history and in every clone or fork, so anyone can still read it. Rotate the secret first, then clean the history if you need to.',
      ],
    ],
    items: {
      1: {
        why: 'Clear API documentation is what lets front-end developers and other teams use your endpoints without asking you.',
        minutes: 60,
        doneWhen:
          'Every endpoint is listed with method, path, request body and each response status with an example body; if you wrote an OpenAPI file, it lists the same endpoints under `paths` and opens without errors in an OpenAPI viewer.',
        resources: [
          docs('OpenAPI Specification (latest)', 'https://spec.openapis.org/oas/latest.html'),
          tutorial(
            'Swagger: OpenAPI basic structure',
            'https://swagger.io/docs/specification/v3_0/basic-structure/',
          ),
        ],
      },
      2: {
        why: 'A schema diagram lets a reviewer grasp your data model in seconds and shows that you thought about relations and keys.',
        minutes: 30,
        doneWhen:
          'The README shows every table with its columns, primary key and foreign keys; a Mermaid `erDiagram` block renders as a picture on GitHub.',
        resources: [
          docs(
            'GitHub: creating diagrams',
            'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams',
          ),
        ],
      },
      3: {
        why: 'A pinned, documented repository linked from your CV is what recruiters and interviewers open first.',
        minutes: 25,
        doneWhen:
          'The repository is public and pinned on your GitHub profile, its README explains setup and endpoints, and your CV or portfolio links to it.',
        resources: [
          docs(
            'GitHub: pinning items to your profile',
            'https://docs.github.com/en/account-and-profile/how-tos/profile-customization/pinning-items-to-your-profile',
          ),
          docs(
            'GitHub: about READMEs',
            'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes',
          ),
        ],
      },
      4: {
        why: 'Publishing code exposes its mistakes, and one pass over the OWASP Top 10 catches the common ones before anyone else does.',
        minutes: 40,
        doneWhen: byStack(
          'No real password or key appears in the files or in `git log -p`, any password you store is hashed as on day 11, a bad request body gets 400, and a forced server error returns a plain 500 without a stack trace.',
          {
            python:
              'No real password or key appears in the files or in `git log -p`, passwords are stored hashed, a bad request body gets 400, and with `DEBUG = False` (and ALLOWED_HOSTS set) a forced server error returns a plain 500 without a stack trace.',
            javascript:
              'No real password or key appears in the files or in `git log -p`, any password you store is hashed as on day 11, a bad request body gets 400, and with `NODE_ENV=production` a forced server error returns a plain 500 without a stack trace.',
            java: 'No real password or key appears in the files or in `git log -p`, any password you store is hashed as on day 11, a bad request body gets 400, and a forced server error returns a plain 500 without a stack trace (keep `server.error.include-stacktrace` at its default, never).',
          },
        ),
        resources: [
          docs('OWASP Top 10:2025', 'https://owasp.org/Top10/2025/'),
          docs(
            'Django: deployment checklist',
            'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/',
            'python',
          ),
          docs(
            'Express: security best practices',
            'https://expressjs.com/en/advanced/best-practice-security.html',
            'javascript',
          ),
          docs(
            'OWASP: error handling cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html',
            'java',
          ),
        ],
      },
    },
  },
});
