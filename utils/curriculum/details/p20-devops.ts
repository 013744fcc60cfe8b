import { byStack } from '../build';
import { docs, phaseDetails, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-devops', {
  d1: {
    checks: [
      [
        'What is the difference between an image and a container?',
        'An image is the read-only template built from a Dockerfile; a container is a running (or stopped) instance of it, with its own writable layer, process and network.',
      ],
      [
        'Why does localhost inside your app container not reach the database container?',
        "Each container has its own network, so localhost means the container itself; put both on a shared Docker network (or in one Compose file) and use the database container's name as the host.",
      ],
    ],
    items: {
      1: {
        why: 'Containers let you run databases and other services locally exactly as on a server, without installing each one.',
        minutes: 45,
        doneWhen:
          "`docker run hello-world` prints its greeting, `docker run --name db -e POSTGRES_PASSWORD=secret -p 5432:5432 -d postgres:18` (a pinned major version, not `latest`) shows up in `docker ps`, and `docker exec -it db psql -U postgres -c 'SELECT version();'` prints the server version (use `-p 5433:5432` if a local PostgreSQL already uses port 5432).",
        resources: [
          docs('Docker: get Docker', 'https://docs.docker.com/get-started/get-docker/'),
          tutorial(
            'Docker: what is a container?',
            'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
          ),
          tutorial(
            'Docker: publishing and exposing ports',
            'https://docs.docker.com/get-started/docker-concepts/running-containers/publishing-ports/',
          ),
        ],
      },
      2: {
        why: 'A Dockerfile makes your app build and run the same way on any machine, which is how most back ends are shipped today.',
        minutes: 60,
        doneWhen: byStack(
          'After `docker network create tasks-net` and `docker network connect tasks-net db` (the db container from item 1), `docker build -t tasks .` succeeds and `docker run --network tasks-net -p PORT:PORT tasks` answers `curl -i` on /api/v1/tasks with 200; the app finds the database at host `db`, read from an environment variable (with SQLite, the database file lives in a mounted volume instead). The database in the container starts empty, so create the tables there first (run your migrations, or your day-6 CREATE TABLE statements saved as schema.sql).',
          {
            python:
              'After `docker network create tasks-net` and `docker network connect tasks-net db` (the db container from item 1), `docker build -t tasks .` succeeds and `docker run --network tasks-net -p 8000:8000 tasks` answers `curl -i localhost:8000/api/v1/tasks` with 200. Inside the container the server must listen on 0.0.0.0:8000, and it finds the database at host `db`, read from an environment variable (with SQLite, keep the database file in a mounted volume instead). The database in the container starts empty, so create the tables there first (run them once with `docker run --rm --network tasks-net tasks python manage.py migrate`, passing the same environment variables).',
            javascript:
              'After `docker network create tasks-net` and `docker network connect tasks-net db` (the db container from item 1), `docker build -t tasks .` succeeds and `docker run --network tasks-net -p 3000:3000 tasks` answers `curl -i localhost:3000/api/v1/tasks` with 200; the app finds the database at host `db`, read from an environment variable (with SQLite, keep the database file in a mounted volume instead). If better-sqlite3 fails to build on Alpine, add `RUN apk add --no-cache python3 make g++` before `npm ci`. The database in the container starts empty, so create the tables there first (save your day-6 CREATE TABLE statements as schema.sql and run it with `docker exec -i db psql -U postgres < schema.sql`).',
            java: 'After `docker network create tasks-net` and `docker network connect tasks-net db` (the db container from item 1), `./mvnw package` builds the jar, `docker build -t tasks .` succeeds and `docker run --network tasks-net -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/postgres -e SPRING_DATASOURCE_USERNAME=postgres -e SPRING_DATASOURCE_PASSWORD=secret tasks` answers `curl -i localhost:8080/api/v1/tasks` with 200. The database in the container starts empty, so create the tables there first (`spring.jpa.hibernate.ddl-auto=update`, or your day-6 CREATE TABLE statements saved as schema.sql and run with `docker exec -i db psql -U postgres < schema.sql`).',
          },
        ),
        resources: [
          tutorial(
            'Docker: writing a Dockerfile',
            'https://docs.docker.com/get-started/docker-concepts/building-images/writing-a-dockerfile/',
          ),
          docs('Docker: networking overview', 'https://docs.docker.com/engine/network/'),
          tutorial(
            'Docker guide: containerize a Python application',
            'https://docs.docker.com/guides/python/containerize/',
            'python',
          ),
          tutorial(
            'Docker guide: containerize a Node.js application',
            'https://docs.docker.com/guides/nodejs/containerize/',
            'javascript',
          ),
          tutorial(
            'Docker guide: containerize a Java application',
            'https://docs.docker.com/guides/java/containerize/',
            'java',
          ),
        ],
      },
      3: {
        why: 'Many companies run containers on Kubernetes, so you need its basic vocabulary even before you operate a cluster yourself.',
        minutes: 30,
        doneWhen:
          'You have three lines in your own words, plus a fourth saying which object would run your image (a Deployment, which creates Pods) and which would give it a stable address (a Service).',
        resources: [
          docs('Kubernetes: overview', 'https://kubernetes.io/docs/concepts/overview/'),
          docs(
            'Kubernetes: Deployments',
            'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/',
          ),
          docs(
            'Kubernetes: Service',
            'https://kubernetes.io/docs/concepts/services-networking/service/',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Does a failing CI check stop a pull request from being merged?',
        'Only if a branch protection rule (or ruleset) requires that check to pass; otherwise the red check is only a warning and the merge button still works.',
      ],
      [
        'What is the difference between continuous delivery and continuous deployment?',
        'With continuous delivery every passing build is ready to release, but a person decides when; with continuous deployment every passing build goes to production automatically.',
      ],
    ],
    items: {
      1: {
        why: 'Continuous integration runs your checks on every push, so broken code is caught in minutes instead of by users.',
        minutes: 50,
        doneWhen: byStack(
          'The Actions tab shows a green run for your last push; if your tests use PostgreSQL, the job starts a postgres service container, and because that database starts empty, the tables are created by your migrations or a schema script before the tests run.',
          {
            python:
              '.github/workflows/ci.yml uses actions/setup-python with `python-version: "3.14"`, and the Actions tab shows a green run for your last push; if your tests use PostgreSQL, the job starts a postgres service container and passes its host and password to settings.py through environment variables (`manage.py test` runs your migrations on a fresh test database itself).',
            javascript:
              '.github/workflows/ci.yml uses actions/setup-node with `node-version: 24` and runs `npm ci` (so package-lock.json is committed), and the Actions tab shows a green run for your last push; if your tests use PostgreSQL, the job starts a postgres service container and runs your schema.sql with psql before `npm test`, because that database starts empty.',
            java: '.github/workflows/ci.yml uses actions/setup-java with `distribution: temurin` and `java-version: 21`, and the Actions tab shows a green run for your last push; if your tests use PostgreSQL, the job starts a postgres service container, passes SPRING_DATASOURCE_URL, USERNAME and PASSWORD as environment variables, and the tables are created by `ddl-auto` or a schema script, because that database starts empty. If the run fails with `./mvnw: Permission denied`, commit the executable bit with `git update-index --chmod=+x mvnw`.',
          },
        ),
        resources: [
          tutorial(
            'GitHub Actions: quickstart',
            'https://docs.github.com/en/actions/get-started/quickstart',
          ),
          docs(
            'GitHub Actions: PostgreSQL service containers',
            'https://docs.github.com/en/actions/tutorials/use-containerized-services/create-postgresql-service-containers',
          ),
          tutorial(
            'GitHub Actions: building and testing Python',
            'https://docs.github.com/en/actions/tutorials/build-and-test-code/python',
            'python',
          ),
          tutorial(
            'GitHub Actions: building and testing Node.js',
            'https://docs.github.com/en/actions/tutorials/build-and-test-code/nodejs',
            'javascript',
          ),
          tutorial(
            'GitHub Actions: building and testing Java with Maven',
            'https://docs.github.com/en/actions/tutorials/build-and-test-code/java-with-maven',
            'java',
          ),
        ],
      },
      2: {
        why: 'Teams use these terms precisely, and knowing the difference tells you how far a pipeline automates a release.',
        minutes: 20,
        doneWhen:
          'You have three sentences: CI builds and tests every change; continuous delivery keeps every passing build ready to release with a manual go-ahead; continuous deployment releases every passing build automatically.',
        resources: [
          docs(
            'GitHub: about continuous integration',
            'https://docs.github.com/en/actions/get-started/continuous-integration',
          ),
          docs(
            'GitHub: about continuous deployment',
            'https://docs.github.com/en/actions/get-started/continuous-deployment',
          ),
        ],
      },
      3: {
        why: "Watching a pipeline go red and fixing it is exactly how CI protects a team's main branch.",
        minutes: 25,
        doneWhen:
          'The Actions tab shows a failed run with your broken assertion in the log, then a green run after the fix. On a pull request the check turns red, but it only blocks merging if a branch protection rule requires it.',
        resources: [
          docs(
            'GitHub: about status checks',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/collaborating-on-repositories-with-code-quality-features/about-status-checks',
          ),
          docs(
            'GitHub: about protected branches',
            'https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches',
          ),
        ],
      },
      4: {
        why: 'Linters catch likely bugs and style problems automatically, and a lint step in CI keeps the whole codebase consistent.',
        minutes: 40,
        doneWhen: byStack(
          'The linter reports no problems locally, and the workflow runs it before the tests.',
          {
            python:
              '`ruff check .` prints `All checks passed!` locally, ruff is in requirements.txt, and the workflow runs `ruff check .` before the tests.',
            javascript:
              '`npx eslint .` exits without errors, eslint.config.mjs is committed, and the workflow runs `npx eslint .` before `npm test`.',
            java: '`./mvnw checkstyle:check` reports no violations (set `violationSeverity` to warning, because google_checks reports warnings, which do not fail the build by default; it also expects 2-space indents, so reformat the tab-indented generated files first), and the workflow runs it before the tests.',
          },
        ),
        resources: [
          tutorial('Ruff: tutorial', 'https://docs.astral.sh/ruff/tutorial/', 'python'),
          docs('Ruff: the linter', 'https://docs.astral.sh/ruff/linter/', 'python'),
          docs(
            'ESLint: getting started',
            'https://eslint.org/docs/latest/use/getting-started',
            'javascript',
          ),
          docs(
            'Maven Checkstyle plugin: usage',
            'https://maven.apache.org/plugins/maven-checkstyle-plugin/usage.html',
            'java',
          ),
          docs('Checkstyle: Google style', 'https://checkstyle.org/google_style.html', 'java'),
        ],
      },
    },
  },
});
