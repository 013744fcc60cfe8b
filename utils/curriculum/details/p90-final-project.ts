import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p90-final-project', {
  d1: {
    checks: [
      [
        'Why write a spec with non-goals before coding?',
        'It fixes the scope so you can finish in the time you have; non-goals stop features creeping in, and the spec becomes the checklist for what "done" means.',
      ],
      [
        'Why should a brand-new CI workflow already run one real test?',
        'It proves the test stage (runner, database service, environment variables) works before the real suite arrives, so a later red run means a failing test rather than a broken pipeline; some runners, such as pytest, even exit with an error when they find no tests at all.',
      ],
    ],
    items: {
      1: {
        why: 'A short written spec is how real projects agree on scope before coding, and it keeps a portfolio project finishable.',
        minutes: 25,
        doneWhen:
          'SPEC.md fits on one page and lists the entities with their fields, the roles and what each may do, the main rules (e.g. only owners edit their tasks) and at least three non-goals.',
        resources: [
          docs(
            'GitHub: basic writing and formatting syntax',
            'https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax',
          ),
        ],
      },
      2: {
        why: 'Planning endpoints, tables and supporting services up front exposes design problems while they are still cheap to fix.',
        minutes: 20,
        doneWhen:
          'A table lists at least 10 endpoints with method, path, auth rule and success status, next to an entity-relationship diagram of the tables and a note on which feature uses the cache or the queue.',
        resources: [
          docs(
            'GitHub: creating diagrams with Mermaid',
            'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams',
          ),
          docs('RFC 9110: HTTP semantics', 'https://www.rfc-editor.org/rfc/rfc9110'),
        ],
      },
      3: {
        why: 'Starting with CI and an issue per feature makes the project look and work like team software from the first day.',
        minutes: 30,
        doneWhen: byStack(
          'The first push shows a green Actions run with a lint step and one smoke test (e.g. the health endpoint answers 200), and the Issues tab has one issue per feature in your spec.',
          {
            python:
              'The first push shows a green Actions run with `ruff check .` and one smoke test run by `python manage.py test` (e.g. the health endpoint answers 200), and the Issues tab has one issue per feature in your spec.',
            javascript:
              'The first push shows a green Actions run with `npx eslint .` and one node:test smoke test (e.g. the health endpoint answers 200), and the Issues tab has one issue per feature in your spec.',
            java: 'The first push shows a green Actions run with Checkstyle and one JUnit smoke test (e.g. the health endpoint answers 200), and the Issues tab has one issue per feature in your spec.',
          },
        ),
        resources: [
          docs(
            'GitHub: creating an issue',
            'https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue',
          ),
          docs(
            'GitHub Actions: quickstart',
            'https://docs.github.com/en/actions/get-started/quickstart',
          ),
          docs(
            'Django: writing and running tests',
            'https://docs.djangoproject.com/en/stable/topics/testing/overview/',
            'python',
          ),
          docs('Node.js test runner', 'https://nodejs.org/api/test.html', 'javascript'),
          tutorial(
            'Spring guide: testing the web layer',
            'https://spring.io/guides/gs/testing-web/',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What is RFC 9457 problem details, and why use it for errors?',
        'A standard JSON error format (media type application/problem+json) with fields such as type, title, status and detail, so clients can handle every error the same way instead of learning a custom format per API.',
      ],
      [
        'Why link each pull request to its issue with "Closes #n"?',
        'Merging the pull request then closes the issue automatically, and the history shows why each change was made, for reviewers and for you later.',
      ],
    ],
    items: {
      1: {
        why: 'Models, migrations and CRUD endpoints are the core of nearly every back-end service you will build at work.',
        minutes: 45,
        doneWhen:
          'On an empty database the migrations apply cleanly, and curl calls that create, list, update and delete projects and tasks return 201, 200, 200 and 204.',
        resources: [
          docs(
            'Django REST framework: viewsets',
            'https://www.django-rest-framework.org/api-guide/viewsets/',
            'python',
          ),
          docs(
            'Django: migrations',
            'https://docs.djangoproject.com/en/stable/topics/migrations/',
            'python',
          ),
          docs('Express: routing', 'https://expressjs.com/en/guide/routing.html', 'javascript'),
          docs(
            'Sequelize: migrations',
            'https://sequelize.org/docs/v6/other-topics/migrations/',
            'javascript',
          ),
          tutorial(
            'Spring guide: accessing data with JPA',
            'https://spring.io/guides/gs/accessing-data-jpa/',
            'java',
          ),
          docs('Flyway documentation', 'https://documentation.red-gate.com/fd', 'java'),
        ],
      },
      2: {
        why: 'Filtering, pagination and consistent validation errors are what make an API usable by real clients.',
        minutes: 30,
        doneWhen:
          '`GET /api/v1/tasks?status=done&page=2` returns the right page with paging data, and `POST /api/v1/tasks` without a title returns 400 with an application/problem+json body that names the field.',
        resources: [
          docs('RFC 9457: problem details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc9457'),
          docs(
            'Django REST framework: filtering',
            'https://www.django-rest-framework.org/api-guide/filtering/',
            'python',
          ),
          docs(
            'Spring Framework: error responses (ProblemDetail)',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Small, reviewed pull requests with passing checks are how professional teams ship changes.',
        minutes: 10,
        doneWhen:
          'At least three merged pull requests each close their issue with "Closes #n" and show a green CI check before the merge, required by branch protection as on day 69.',
        resources: [
          docs(
            'GitHub: linking a pull request to an issue',
            'https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/linking-a-pull-request-to-an-issue',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        "Should a request for another user's task return 403 or 404?",
        'Either can be right: 403 admits the task exists but is forbidden, 404 hides that it exists at all, so ids cannot be probed. Many APIs choose 404; pick one, write it in the spec and test it.',
      ],
      [
        'How do you log a user out when you use signed JWTs?',
        'A plain signed JWT stays valid until it expires, so keep access tokens short-lived (minutes) and revoke the refresh token at logout, or keep a deny-list of token ids that every request checks.',
      ],
    ],
    items: {
      1: {
        why: 'Authentication and per-user authorisation are needed in almost every real API, and mistakes here are the most damaging bugs.',
        minutes: 35,
        doneWhen:
          "Without a token the API answers 401, with another user's token a task returns 403 or 404 (as your spec says), with the owner's token 200, and access tokens expire after a few minutes.",
        resources: [
          docs(
            'OWASP authorization cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html',
          ),
          tool(
            'djangorestframework-simplejwt',
            'https://github.com/jazzband/djangorestframework-simplejwt',
            'python',
          ),
          tool('jsonwebtoken', 'https://github.com/auth0/node-jsonwebtoken', 'javascript'),
          docs(
            'Spring Security: OAuth 2.0 resource server with JWT',
            'https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Integration tests that run in CI against a real database are what let you change code without fear.',
        minutes: 35,
        doneWhen: byStack(
          'Every endpoint has at least one success test and one failure test, and the CI run executes them against the PostgreSQL service container with every test green.',
          {
            python:
              'Every endpoint has at least one success test and one failure test in APITestCase classes run by `python manage.py test`, and the CI run executes them against the PostgreSQL service container with every test green.',
            javascript:
              'Every endpoint has at least one success test and one failure test with node:test and supertest, and the CI run executes them against the PostgreSQL service container with every test green.',
            java: 'Every endpoint has at least one success test and one failure test with JUnit and MockMvc, and the CI run executes them against the PostgreSQL service container (or Testcontainers) with every test green.',
          },
        ),
        resources: [
          docs(
            'GitHub Actions: creating PostgreSQL service containers',
            'https://docs.github.com/en/actions/tutorials/use-containerized-services/create-postgresql-service-containers',
          ),
          docs(
            'Django REST framework: testing',
            'https://www.django-rest-framework.org/api-guide/testing/',
            'python',
          ),
          tool('supertest', 'https://github.com/forwardemail/supertest', 'javascript'),
          docs('Node.js test runner', 'https://nodejs.org/api/test.html', 'javascript'),
          docs(
            'Spring Boot: testing Spring Boot applications',
            'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html',
            'java',
          ),
          docs(
            'Spring Boot: Testcontainers',
            'https://docs.spring.io/spring-boot/reference/testing/testcontainers.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Rate limits, security headers and dependency scans block whole classes of attacks for very little code.',
        minutes: 20,
        doneWhen: byStack(
          'With a limit of five login attempts per minute, the sixth returns 429, `curl -I` shows headers such as `X-Content-Type-Options: nosniff` and a Content-Security-Policy, and the dependency scan reports no high-severity issue you have not dealt with.',
          {
            python:
              'With a limit of five login attempts per minute, the sixth returns 429 (DRF throttling or django-ratelimit), `curl -I` shows headers such as `X-Content-Type-Options: nosniff` and a Content-Security-Policy, and `pip-audit` reports no high-severity issue you have not dealt with.',
            javascript:
              'With a limit of five login attempts per minute, the sixth returns 429 (express-rate-limit), `curl -I` shows the headers helmet adds, such as `X-Content-Type-Options: nosniff` and a Content-Security-Policy, and `npm audit` reports no high-severity issue you have not dealt with.',
            java: 'With a limit of five login attempts per minute, the sixth returns 429 (e.g. Bucket4j in a filter), `curl -I` shows Spring Security headers such as `X-Content-Type-Options: nosniff` plus a Content-Security-Policy you configured, and OWASP Dependency-Check reports no high-severity issue you have not dealt with.',
          },
        ),
        resources: [
          docs(
            'OWASP HTTP headers cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html',
          ),
          docs(
            'Django REST framework: throttling',
            'https://www.django-rest-framework.org/api-guide/throttling/',
            'python',
          ),
          tool('pip-audit', 'https://github.com/pypa/pip-audit', 'python'),
          tool(
            'express-rate-limit',
            'https://github.com/express-rate-limit/express-rate-limit',
            'javascript',
          ),
          docs('npm audit', 'https://docs.npmjs.com/cli/v11/commands/npm-audit', 'javascript'),
          tool('Bucket4j', 'https://github.com/bucket4j/bucket4j', 'java'),
          tool('OWASP Dependency-Check', 'https://owasp.org/www-project-dependency-check/', 'java'),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why should the deploy job run only on pushes to main, and only after the tests pass?',
        'Pull-request runs build unreviewed code that must never reach production; a branch condition plus `needs: test` makes sure only reviewed, passing code is deployed.',
      ],
      [
        'Why measure caching with the same load test before and after?',
        'Only the same tool, data and settings show whether the cache really helped and by how much, instead of a feeling that it seems faster.',
      ],
    ],
    items: {
      1: {
        why: 'A one-command start lets reviewers and teammates run your project in minutes, which matters a lot for a portfolio.',
        minutes: 25,
        doneWhen: byStack(
          'On a fresh clone, `cp .env.example .env && docker compose up --build` starts the app, PostgreSQL (postgres:18 with its volume at /var/lib/postgresql) and any cache, and `curl -i localhost:<port>/health` returns 200.',
          {
            python:
              'On a fresh clone, `cp .env.example .env && docker compose up --build` starts the app (python:3.14-slim, gunicorn as a non-root user), PostgreSQL (postgres:18 with its volume at /var/lib/postgresql) and any cache, and `curl -i localhost:8000/health` returns 200.',
            javascript:
              'On a fresh clone, `cp .env.example .env && docker compose up --build` starts the app (node:24-alpine, `USER node`), PostgreSQL (postgres:18 with its volume at /var/lib/postgresql) and any cache, and `curl -i localhost:3000/health` returns 200.',
            java: 'On a fresh clone, `cp .env.example .env && docker compose up --build` starts the app (built on eclipse-temurin:21-jdk, run on eclipse-temurin:21-jre, Java 21 in the build file), PostgreSQL (postgres:18 with its volume at /var/lib/postgresql) and any cache, and `curl -i localhost:8080/actuator/health` returns 200.',
          },
        ),
        resources: [
          docs(
            'Docker: building best practices',
            'https://docs.docker.com/build/building/best-practices/',
          ),
          docs(
            'Compose: control startup order',
            'https://docs.docker.com/compose/how-tos/startup-order/',
          ),
        ],
      },
      2: {
        why: 'A pipeline that tests, builds and deploys every merge is what employers mean by CI/CD experience.',
        minutes: 30,
        doneWhen:
          'Merging a pull request starts a run on main that lints, tests, pushes an image tagged with the commit SHA and deploys it, pull-request runs stop before the push and deploy jobs, and the live health or version endpoint shows the new commit.',
        resources: [
          docs(
            'GitHub Actions: publishing Docker images',
            'https://docs.github.com/en/actions/tutorials/publish-packages/publish-docker-images',
          ),
          docs(
            'GitHub Actions: deploying to an environment',
            'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/deploy-to-environment',
          ),
        ],
      },
      3: {
        why: 'A measured speed-up from caching is concrete evidence of performance skills in a portfolio.',
        minutes: 25,
        doneWhen:
          'The README shows p95 and requests per second for the busiest endpoint from the same load test with and without the cache, and a test proves that a write clears the cached entry.',
        resources: [
          docs(
            'Cache-aside pattern',
            'https://learn.microsoft.com/en-us/azure/architecture/patterns/cache-aside',
          ),
          docs(
            "Django's cache framework",
            'https://docs.djangoproject.com/en/stable/topics/cache/',
            'python',
          ),
          docs(
            'Redis: Node.js client guide',
            'https://redis.io/docs/latest/develop/clients/nodejs/',
            'javascript',
          ),
          docs(
            'Spring Boot: caching',
            'https://docs.spring.io/spring-boot/reference/io/caching.html',
            'java',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What does an OpenAPI description give the users of your API?',
        'A machine-readable contract of every endpoint, parameter, schema and response, from which tools render interactive docs such as Swagger UI, generate clients and validate requests.',
      ],
      [
        'Which sections should the README of a back-end project have?',
        'What it does, the architecture, how to run it locally, how to run the tests, its configuration (environment variables) and how it is deployed, plus a link to the API docs.',
      ],
    ],
    items: {
      1: {
        why: 'Front-end developers, API consumers and reviewers rely on accurate API documentation, ideally generated from the code.',
        minutes: 30,
        doneWhen: byStack(
          'An interactive docs page (Swagger UI) lists every endpoint with at least one example request and response, and the OpenAPI file validates without errors.',
          {
            python:
              'Swagger UI, served from the schema drf-spectacular generates, lists every endpoint with at least one example request and response, and the schema validates without errors.',
            javascript:
              'Swagger UI, served with swagger-ui-express from your openapi.yaml, lists every endpoint with at least one example request and response, and the file validates without errors.',
            java: 'Swagger UI from springdoc-openapi lists every endpoint with at least one example request and response, and the generated /v3/api-docs validates without errors.',
          },
        ),
        resources: [
          docs('OpenAPI Specification', 'https://spec.openapis.org/oas/latest.html'),
          tool('drf-spectacular', 'https://github.com/tfranzel/drf-spectacular', 'python'),
          tool(
            'swagger-ui-express',
            'https://github.com/scottie1984/swagger-ui-express',
            'javascript',
          ),
          tool('springdoc-openapi', 'https://github.com/springdoc/springdoc-openapi', 'java'),
        ],
      },
      2: {
        why: 'Clear architecture and deployment docs let other people, and you in six months, understand, run and operate the system.',
        minutes: 30,
        doneWhen:
          'The README has Architecture (with a diagram), Database schema, Running locally, Running tests and Deployment sections, and someone else can start the project by following it without asking you.',
        resources: [
          docs(
            'GitHub: about READMEs',
            'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes',
          ),
          docs(
            'GitHub: creating diagrams with Mermaid',
            'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams',
          ),
        ],
      },
      3: {
        why: 'A quick visual demo lets a recruiter see the project working in seconds without running anything.',
        minutes: 15,
        doneWhen:
          'The README shows at least one screenshot or GIF of the API in use (Swagger UI or requests in a terminal) and links to the live deployment.',
        resources: [
          docs(
            'GitHub: attaching files',
            'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/attaching-files',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'How do you turn vague feedback such as "the API is confusing" into a useful issue?',
        'Ask for or find a concrete example, then write down what was confusing, where, what the reviewer expected instead, and how you will know it is fixed.',
      ],
      [
        'What is a GitHub milestone for?',
        'It groups issues and pull requests for a release or goal, shows progress as a percentage, and can be put in priority order so the most important work is on top.',
      ],
    ],
    items: {
      1: {
        why: 'A pinned, well-presented project is often the first thing a recruiter or interviewer opens.',
        minutes: 15,
        doneWhen:
          'The repository is pinned on your GitHub profile, and your portfolio page links to the repository and the live demo with a two-sentence summary.',
        resources: [
          docs(
            'GitHub: pinning items to your profile',
            'https://docs.github.com/en/account-and-profile/setting-up-and-managing-your-github-profile/customizing-your-profile/pinning-items-to-your-profile',
          ),
          docs(
            'GitHub: managing your profile README',
            'https://docs.github.com/en/account-and-profile/setting-up-and-managing-your-github-profile/customizing-your-profile/managing-your-profile-readme',
          ),
        ],
      },
      2: {
        why: 'Review from other people catches your blind spots, and acting on feedback is a key skill in any team.',
        minutes: 20,
        doneWhen:
          'At least two people have been asked for a review (a review request on a pull request, or a message with the link), and every point of feedback you receive becomes an issue labelled feedback.',
        resources: [
          docs(
            'GitHub: requesting a pull request review',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/requesting-a-pull-request-review',
          ),
          docs(
            'GitHub: managing labels',
            'https://docs.github.com/en/issues/using-labels-and-milestones-to-track-work/managing-labels',
          ),
        ],
      },
      3: {
        why: 'Acting on feedback and keeping a prioritised backlog shows that a project is alive and maintained.',
        minutes: 40,
        doneWhen:
          'A merged pull request closes the most important feedback issue, and a v1.1 milestone holds the remaining issues in priority order, most important first.',
        resources: [
          docs(
            'GitHub: about milestones',
            'https://docs.github.com/en/issues/using-labels-and-milestones-to-track-work/about-milestones',
          ),
          docs(
            'GitHub: creating and editing milestones',
            'https://docs.github.com/en/issues/using-labels-and-milestones-to-track-work/creating-and-editing-milestones-for-issues-and-pull-requests',
          ),
        ],
      },
    },
  },
});
