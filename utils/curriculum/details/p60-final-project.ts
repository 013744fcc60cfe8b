import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p60-final-project', {
  d1: {
    checks: [
      [
        'Why write the endpoint list and the tables before coding?',
        'It forces the decisions about resources, ownership and status codes while they are cheap to change, and it becomes the checklist and issue list for the build days.',
      ],
    ],
    items: {
      1: {
        why: 'A short written spec is how back-end work starts on most teams, and it keeps a portfolio project finished instead of growing forever.',
        minutes: 40,
        doneWhen:
          'A one-page SPEC.md describes users, projects and tasks (with status and due date), who may see and change what, how login and logout work (session or token, and how a token is revoked), and what is out of scope.',
        resources: [
          docs(
            'Microsoft: web API design best practices',
            'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design',
          ),
          docs('RFC 9110: HTTP Semantics', 'https://www.rfc-editor.org/rfc/rfc9110'),
        ],
      },
      2: {
        why: 'Mapping each endpoint to its tables before building catches missing columns, keys and permissions early.',
        minutes: 30,
        doneWhen:
          'A table in SPEC.md lists every endpoint (method, path, login needed, success and error statuses, error format), another lists the tables with their keys and foreign keys, and every endpoint maps to at least one table.',
        resources: [
          docs('RFC 9457: Problem Details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc9457'),
          docs(
            'PostgreSQL: constraints',
            'https://www.postgresql.org/docs/current/ddl-constraints.html',
          ),
        ],
      },
      3: {
        why: 'A tidy repository with a board of issues shows reviewers how you plan and track work, not only what you built.',
        minutes: 25,
        doneWhen:
          'A new GitHub repository has a README stub (name, one-line pitch, setup to follow), and a GitHub Project board holds at least 8 issues, one per feature or endpoint group, in a To do column.',
        resources: [
          docs(
            'GitHub: creating a new repository',
            'https://docs.github.com/en/repositories/creating-and-managing-repositories/creating-a-new-repository',
          ),
          docs(
            'GitHub: quickstart for Projects',
            'https://docs.github.com/en/issues/planning-and-tracking-with-projects/learning-about-projects/quickstart-for-projects',
          ),
          docs(
            'GitHub: creating an issue',
            'https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why keep pull requests small even on a project you build alone?',
        'Each one is quick to review, runs through CI on its own and can be reverted without dragging other work with it, and together they leave a history that shows what changed and why.',
      ],
    ],
    items: {
      1: {
        why: 'Models, migrations and CRUD endpoints are the core of almost every back-end service, and building them from your own spec shows you can do it unaided.',
        minutes: 60,
        doneWhen:
          'Migrations create the tables from your spec, and curl can create, list, read, update and delete projects and tasks with the status codes your spec names (201, 200, 204, 400, 404).',
        resources: [
          docs(
            'Django REST framework: viewsets',
            'https://www.django-rest-framework.org/api-guide/viewsets/',
            'python',
          ),
          docs('Express: routing', 'https://expressjs.com/en/guide/routing.html', 'javascript'),
          tutorial(
            'Spring: building REST services',
            'https://spring.io/guides/tutorials/rest',
            'java',
          ),
        ],
      },
      2: {
        why: "Authentication plus per-user rules is what turns a demo into an app that could hold real users' data.",
        minutes: 40,
        doneWhen:
          "Sign-up and login work, every project and task endpoint requires login, and another user's project returns 403 or 404 as your spec says, checked with two accounts.",
        resources: [
          docs(
            'OWASP Authorization Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html',
          ),
          docs(
            'OWASP Authentication Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html',
          ),
        ],
      },
      3: {
        why: 'Small pull requests tied to issues are how teams work, and a clean history shows reviewers your habits.',
        minutes: 15,
        doneWhen:
          "The repository shows at least 3 merged pull requests, each a single feature or fix, each linked to its issue with 'Closes #n'.",
        resources: [
          docs(
            'GitHub: linking a pull request to an issue',
            'https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/linking-a-pull-request-to-an-issue',
          ),
          docs(
            'GitHub: creating a pull request',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/creating-a-pull-request',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why run the tests against PostgreSQL in CI instead of SQLite?',
        'SQLite differs in types, constraints and SQL features, so tests can pass there and fail in production; a PostgreSQL service container in CI matches what you deploy.',
      ],
    ],
    items: {
      1: {
        why: 'A test suite that covers success and error cases for each endpoint is what lets you and reviewers change the code without fear.',
        minutes: 50,
        doneWhen: byStack(
          'The test runner runs at least one success and one error test for every endpoint, all green.',
          {
            python:
              'pytest with pytest-django (DJANGO_SETTINGS_MODULE set in pytest.ini or pyproject.toml) runs at least one success and one error test for every endpoint, all green.',
            javascript:
              '`node --test` runs supertest tests with at least one success and one error case for every endpoint against a separate test database, all green.',
            java: './mvnw test runs JUnit 5 and MockMvc tests with at least one success and one error case for every endpoint, all green.',
          },
        ),
        resources: [
          docs(
            'pytest: get started',
            'https://docs.pytest.org/en/stable/getting-started.html',
            'python',
          ),
          docs(
            'Django: writing and running tests',
            'https://docs.djangoproject.com/en/stable/topics/testing/overview/',
            'python',
          ),
          docs('Node.js test runner', 'https://nodejs.org/api/test.html', 'javascript'),
          tool('supertest: HTTP assertions', 'https://github.com/ladjs/supertest', 'javascript'),
          docs(
            'Spring Boot: testing Spring Boot applications',
            'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'A reviewer who can start your project with one command will actually try it.',
        minutes: 30,
        doneWhen:
          'On a fresh clone, cp .env.example .env && docker compose up --build starts the app and the database, migrations run, /health returns 200, and the README gives that one command.',
        resources: [
          tutorial('Docker Compose: quickstart', 'https://docs.docker.com/compose/gettingstarted/'),
          docs(
            'Docker Compose: control startup order',
            'https://docs.docker.com/compose/how-tos/startup-order/',
          ),
        ],
      },
      3: {
        why: 'Tests only protect main if they run on every pull request and a red run actually blocks the merge.',
        minutes: 20,
        doneWhen:
          'A workflow triggered on pull_request runs the linter and the tests against a PostgreSQL service container, and a branch protection rule on main requires it, so a red run blocks merging.',
        resources: [
          docs(
            'GitHub Actions: the pull_request event',
            'https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request',
          ),
          docs(
            'GitHub Actions: PostgreSQL service containers',
            'https://docs.github.com/en/actions/tutorials/use-containerized-services/create-postgresql-service-containers',
          ),
          docs(
            'GitHub: about protected branches',
            'https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'What does an OpenAPI file give the people who use your API?',
        'A machine-readable contract of every path, parameter, request and response schema and status code, from which they can browse docs in Swagger UI, generate clients and try calls.',
      ],
    ],
    items: {
      1: {
        why: 'API documentation is part of the deliverable on every back-end team, and an OpenAPI file is the format tools and employers expect.',
        minutes: 35,
        doneWhen: byStack(
          'Every endpoint is documented with an example request and response, in an OpenAPI file viewable in Swagger UI or in a README table with curl examples.',
          {
            python:
              'drf-spectacular generates the schema, and a /api/docs/ Swagger UI page lists every endpoint with an example request and response.',
            javascript:
              'An openapi.yaml describes every endpoint with an example request and response and is served with swagger-ui-express at /docs (or a README table gives curl examples for each).',
            java: 'springdoc-openapi serves /v3/api-docs and a Swagger UI page listing every endpoint with an example request and response.',
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
        why: 'Written deployment steps let someone else, or you in six months, redeploy or recover the service without guessing.',
        minutes: 20,
        doneWhen:
          "The README's Deployment section lists every step from a fresh account to a running app (image build, environment variable names, database creation, migrations, deploy, how to roll back), clear enough to follow without asking you.",
        resources: [
          docs(
            'The Twelve-Factor App: build, release, run',
            'https://12factor.net/build-release-run',
          ),
          docs(
            'GitHub: about READMEs',
            'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes',
          ),
        ],
      },
      3: {
        why: 'A live link is the first thing a recruiter or reviewer clicks, and a project that runs publicly proves the whole pipeline works.',
        minutes: 45,
        doneWhen:
          'The project runs at a public HTTPS URL, /health returns 200, sign-up and login work there, and the first line of the README links to it.',
        resources: [
          docs('The Twelve-Factor App: dev/prod parity', 'https://12factor.net/dev-prod-parity'),
          docs(
            'GitHub Actions: deploying to an environment',
            'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/deploy-to-environment',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What makes a portfolio write-up useful to a reviewer?',
        'The problem it solves, the stack and why you chose it, links to the live app and the API docs, how to run it locally, screenshots, and one or two trade-offs you made and why.',
      ],
    ],
    items: {
      1: {
        why: 'Recruiters spend seconds on a profile, so a pinned project with a clear write-up and screenshots decides whether they look further.',
        minutes: 35,
        doneWhen:
          'Your GitHub profile README (or portfolio page) features the pinned project with a write-up of three to five sentences, the live link and at least two screenshots or a short GIF.',
        resources: [
          docs(
            'GitHub: managing your profile README',
            'https://docs.github.com/en/account-and-profile/how-tos/profile-customization/managing-your-profile-readme',
          ),
          docs(
            'GitHub: pinning items to your profile',
            'https://docs.github.com/en/account-and-profile/how-tos/profile-customization/pinning-items-to-your-profile',
          ),
        ],
      },
      2: {
        why: 'Outside review finds the gaps you can no longer see, and asking for it well is a skill in itself.',
        minutes: 15,
        doneWhen:
          'Two people (a mentor, a study group or a forum thread) have the repository and live link together with three specific questions, e.g. about the API design, the tests and the README.',
        resources: [
          docs('roadmap.sh: back-end developer roadmap', 'https://roadmap.sh/backend'),
          docs(
            'GitHub: requesting a pull request review',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/requesting-a-pull-request-review',
          ),
        ],
      },
      3: {
        why: 'Turning feedback into tracked, fixed issues shows the follow-through employers look for.',
        minutes: 50,
        doneWhen:
          'Every piece of feedback is an issue with a label, and at least one of them is closed by a merged pull request that links to it.',
        resources: [
          docs(
            'GitHub: creating an issue',
            'https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue',
          ),
          docs(
            'GitHub: linking a pull request to an issue',
            'https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/linking-a-pull-request-to-an-issue',
          ),
        ],
      },
    },
  },
});
