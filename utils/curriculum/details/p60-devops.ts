import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p60-devops', {
  d1: {
    checks: [
      [
        'What is the difference between an image and a container?',
        'An image is a read-only template (files plus a start command); a container is a running or stopped instance of it with its own writable layer, so many containers can start from one image.',
      ],
      [
        'Why keep PostgreSQL data in a named volume?',
        "A container's writable layer is deleted with the container; a named volume lives on its own, so the data survives docker rm and image upgrades.",
      ],
    ],
    items: {
      1: {
        why: 'Containers are how back-end services are built, shipped and run almost everywhere, so a working Docker install is a day-one job requirement.',
        minutes: 35,
        doneWhen:
          "docker run hello-world prints its greeting, and after docker run -d -p 8080:80 nginx the page at http://localhost:8080 says 'Welcome to nginx!'.",
        resources: [
          tutorial('Docker: get started', 'https://docs.docker.com/get-started/'),
          docs('Docker Engine: install', 'https://docs.docker.com/engine/install/'),
          docs(
            'docker container run',
            'https://docs.docker.com/reference/cli/docker/container/run/',
          ),
        ],
      },
      2: {
        why: 'Listing, reading logs from, entering and stopping containers is what you do whenever a service misbehaves on a server.',
        minutes: 25,
        doneWhen:
          'You can show the nginx container in docker ps, read its access log with docker logs, open a shell with docker exec -it <name> sh, stop it with docker stop, and see it as Exited in docker ps -a.',
        resources: [
          docs('docker container ls', 'https://docs.docker.com/reference/cli/docker/container/ls/'),
          docs(
            'docker container logs',
            'https://docs.docker.com/reference/cli/docker/container/logs/',
          ),
          docs(
            'docker container exec',
            'https://docs.docker.com/reference/cli/docker/container/exec/',
          ),
        ],
      },
      3: {
        why: 'Running the database in a container gives every developer and CI run the same version with one command.',
        minutes: 35,
        doneWhen:
          'docker run -d --name pg -e POSTGRES_PASSWORD=… -p 5433:5432 -v pgdata:/var/lib/postgresql postgres:18 starts (port 5433 avoids a local PostgreSQL on 5432; images before 18 mount /var/lib/postgresql/data instead), psql -h localhost -p 5433 -U postgres connects, and a table you create survives docker rm -f pg and a new docker run with the same volume.',
        resources: [
          docs('Docker: volumes', 'https://docs.docker.com/engine/storage/volumes/'),
          docs(
            'Docker Hub: the official postgres image (environment variables and PGDATA)',
            'https://hub.docker.com/_/postgres',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why copy the dependency list and install dependencies before copying the rest of the code?',
        'Docker caches each layer; when only your code changes, the slow install layer is reused and rebuilds take seconds instead of minutes.',
      ],
      [
        'Inside docker compose, why does the app reach the database at host db rather than localhost?',
        'Each container has its own localhost; compose puts the services on a shared network where each one is reachable by its service name.',
      ],
    ],
    items: {
      1: {
        why: 'A Dockerfile is the standard, reviewable recipe for how your service is built and started, and most deployment platforms start from one.',
        minutes: 45,
        doneWhen: byStack(
          'docker build -t tasks:0.1 . succeeds and docker run -p <port>:<port> tasks:0.1 serves the app from the container.',
          {
            python:
              "docker build -t tasks:0.1 . succeeds and docker run -p 8000:8000 tasks:0.1 serves the app through gunicorn started with --bind 0.0.0.0:8000 (gunicorn's default, 127.0.0.1, cannot be reached from outside the container); python:3.14-slim matches the Python 3.14 you installed on day 1.",
            javascript:
              'docker build -t tasks:0.1 . succeeds on node:24-alpine (the Node 24 LTS you installed on day 1; Node 20 reached end of life in April 2026) and docker run -p 3000:3000 tasks:0.1 serves the app.',
            java: 'docker build -t tasks:0.1 . compiles the jar in an eclipse-temurin:21-jdk stage and runs it on eclipse-temurin:21-jre, with java.version in your build at 21 or lower so the jar runs on that JRE, and docker run -p 8080:8080 tasks:0.1 serves the app.',
          },
        ),
        resources: [
          docs('Dockerfile reference', 'https://docs.docker.com/reference/dockerfile/'),
          tutorial(
            'Docker guide: containerize a Python application',
            'https://docs.docker.com/guides/python/containerize/',
            'python',
          ),
          docs(
            'Django: how to use Django with Gunicorn',
            'https://docs.djangoproject.com/en/stable/howto/deployment/wsgi/gunicorn/',
            'python',
          ),
          tutorial(
            'Docker guide: containerize a Node.js application',
            'https://docs.docker.com/guides/nodejs/containerize/',
            'javascript',
          ),
          docs(
            'Node.js release schedule',
            'https://nodejs.org/en/about/previous-releases',
            'javascript',
          ),
          tutorial(
            'Docker guide: containerize a Java application',
            'https://docs.docker.com/guides/java/containerize/',
            'java',
          ),
          docs(
            'Docker: multi-stage builds',
            'https://docs.docker.com/build/building/multi-stage/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Small images build, push and start faster, and a .dockerignore keeps secrets such as .env out of the image.',
        minutes: 15,
        doneWhen:
          'A .dockerignore excludes .git, .env, virtual environments or node_modules and build output, and docker images shows the image smaller than before (note both sizes).',
        resources: [
          docs(
            'Docker: .dockerignore files',
            'https://docs.docker.com/build/concepts/context/#dockerignore-files',
          ),
          docs(
            'Docker: building best practices',
            'https://docs.docker.com/build/building/best-practices/',
          ),
        ],
      },
      3: {
        why: 'Compose files give the whole team the app and its database with one command, and they document how the pieces connect.',
        minutes: 35,
        doneWhen:
          'docker compose up starts the app and PostgreSQL, the app connects to host db, the database has a pg_isready healthcheck that the app waits for with depends_on: condition: service_healthy, and data survives docker compose down and up.',
        resources: [
          docs(
            'Docker Compose: control startup order',
            'https://docs.docker.com/compose/how-tos/startup-order/',
          ),
          docs(
            'Compose file reference: services',
            'https://docs.docker.com/reference/compose-file/services/',
          ),
          docs('Docker Compose: networking', 'https://docs.docker.com/compose/how-tos/networking/'),
        ],
      },
      4: {
        why: 'Load balancers, Kubernetes and hosting platforms decide whether to send traffic to your app by calling a health endpoint.',
        minutes: 20,
        doneWhen:
          'curl -i localhost:<port>/health returns 200 with a small JSON body such as {"status": "ok"} while the database runs, and 503 within a few seconds of docker compose stop db.',
        resources: [
          docs(
            'Health Endpoint Monitoring pattern',
            'https://learn.microsoft.com/en-us/azure/architecture/patterns/health-endpoint-monitoring',
          ),
          docs(
            'Spring Boot Actuator: health endpoint',
            'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why does a Pod show ErrImagePull for an image you just built on your machine?',
        'The cluster nodes have their own image store and cannot see your local Docker images: load the image with kind load docker-image or minikube image load, and use a fixed tag (not :latest, which makes Kubernetes always try to pull) or imagePullPolicy: IfNotPresent.',
      ],
      [
        'What does a Service do for a Deployment with three replicas?',
        'It gives the Pods one stable name and virtual IP and spreads connections across the ready Pods, so clients never track individual Pods as they come and go.',
      ],
    ],
    items: {
      1: {
        why: 'Kubernetes runs a large share of production back ends, and a local cluster lets you learn it without a cloud bill.',
        minutes: 25,
        doneWhen:
          'kind create cluster (or minikube start) finishes and kubectl get nodes shows a node with status Ready.',
        resources: [
          tutorial('kind: quick start', 'https://kind.sigs.k8s.io/docs/user/quick-start/'),
          tutorial('minikube: start', 'https://minikube.sigs.k8s.io/docs/start/'),
          docs('Kubernetes: install tools (kubectl)', 'https://kubernetes.io/docs/tasks/tools/'),
        ],
      },
      2: {
        why: 'Deployments and Services are the two objects behind almost every app on Kubernetes, and an app is only useful once it reaches its database there.',
        minutes: 60,
        doneWhen:
          'kind load docker-image tasks:0.1 (or minikube image load tasks:0.1) succeeds, kubectl get pods shows the app and PostgreSQL Pods Running, the app reads the database password from a Secret and reaches the database by its Service name, and kubectl port-forward service/tasks 8080:80 opens the app at http://localhost:8080.',
        resources: [
          docs(
            'Kubernetes: Deployments',
            'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/',
          ),
          docs(
            'Kubernetes: Services',
            'https://kubernetes.io/docs/concepts/services-networking/service/',
          ),
          docs('Kubernetes: Secrets', 'https://kubernetes.io/docs/concepts/configuration/secret/'),
        ],
      },
      3: {
        why: 'Replicas behind a Service are how Kubernetes spreads load and replaces crashed instances without anyone being paged.',
        minutes: 25,
        doneWhen:
          'kubectl scale deployment/tasks --replicas=3 gives three Running Pods; after kubectl delete pod <name>, kubectl get pods -w shows a replacement; requests from a throwaway Pod (kubectl run tmp --rm -it --image=curlimages/curl -- sh, then curl http://tasks/health a few times) reach different Pods, as their logs show. kubectl port-forward always talks to a single Pod, so it cannot show this.',
        resources: [
          tutorial(
            'Kubernetes basics: scale your app',
            'https://kubernetes.io/docs/tutorials/kubernetes-basics/scale/scale-intro/',
          ),
          docs(
            'Kubernetes: liveness, readiness and startup probes',
            'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why pin the runtime version in the workflow (python-version, node-version, java-version) instead of taking whatever the runner has?',
        'So CI tests the same version you develop with and ship in the Docker image; an unpinned or latest version can change under you, so a build breaks or behaves differently for reasons that have nothing to do with your code.',
      ],
      [
        'Why run the linter in CI when everyone can run it locally?',
        'CI runs it on every push with the same versions and settings, so style problems and likely bugs are caught before review whoever wrote the code.',
      ],
    ],
    items: {
      1: {
        why: 'Continuous integration runs the linter and tests on every push, which is how teams keep main releasable; a linter first has to be set up before CI can run it.',
        minutes: 60,
        doneWhen: byStack(
          'The linter passes locally, and .github/workflows/ci.yml installs dependencies, runs the linter and runs the tests against a PostgreSQL service container; the Actions tab shows a green run for your push.',
          {
            python:
              'ruff check . passes locally (ruff in your dev requirements, settings in pyproject.toml), and .github/workflows/ci.yml uses actions/setup-python with python-version "3.14", installs dependencies, runs ruff check and the tests against a postgres service container; the Actions tab shows a green run for your push.',
            javascript:
              'npx eslint . passes locally with an eslint.config.js made by npm init @eslint/config, and .github/workflows/ci.yml uses actions/setup-node with node-version 24, runs npm ci, npx eslint . and npm test against a postgres service container; the Actions tab shows a green run for your push.',
            java: 'Checkstyle runs in your Maven build (./mvnw checkstyle:check, starting from the bundled google_checks.xml) and passes, and .github/workflows/ci.yml sets up JDK 21 and runs the build with tests against a postgres service container; the Actions tab shows a green run for your push.',
          },
        ),
        resources: [
          docs(
            'GitHub Actions: PostgreSQL service containers',
            'https://docs.github.com/en/actions/tutorials/use-containerized-services/create-postgresql-service-containers',
          ),
          docs('Ruff: the linter', 'https://docs.astral.sh/ruff/linter/', 'python'),
          docs(
            'GitHub Actions: building and testing Python',
            'https://docs.github.com/en/actions/tutorials/build-and-test-code/python',
            'python',
          ),
          docs(
            'ESLint: getting started',
            'https://eslint.org/docs/latest/use/getting-started',
            'javascript',
          ),
          docs(
            'GitHub Actions: building and testing Node.js',
            'https://docs.github.com/en/actions/tutorials/build-and-test-code/nodejs',
            'javascript',
          ),
          tool(
            'Maven Checkstyle plugin',
            'https://maven.apache.org/plugins/maven-checkstyle-plugin/',
            'java',
          ),
          docs(
            'GitHub Actions: building and testing Java with Maven',
            'https://docs.github.com/en/actions/tutorials/build-and-test-code/java-with-maven',
            'java',
          ),
        ],
      },
      2: {
        why: 'Building the image in CI proves the Dockerfile still works after every change, long before a deploy depends on it.',
        minutes: 20,
        doneWhen:
          'The workflow has a step that builds the image after the tests pass (docker build or docker/build-push-action), and a push shows that step green.',
        resources: [
          docs('Docker: GitHub Actions', 'https://docs.docker.com/build/ci/github-actions/'),
          docs(
            'GitHub Actions: publishing Docker images',
            'https://docs.github.com/en/actions/tutorials/publish-packages/publish-docker-images',
          ),
        ],
      },
      3: {
        why: 'Required status checks are what actually stop broken code from being merged; a red check alone blocks nothing.',
        minutes: 30,
        doneWhen:
          'A branch protection rule on main requires the CI job (branch protection needs a public repository, or a paid plan for private ones); a pull request with a deliberately failing test shows the check red and merging blocked, and fixing the test makes merging possible.',
        resources: [
          docs(
            'GitHub: about protected branches',
            'https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches',
          ),
          docs(
            'GitHub: managing a branch protection rule',
            'https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/managing-a-branch-protection-rule',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why should the deploy job depend on the test job?',
        'So a commit that fails linting or tests never reaches production: with needs: test, deploy runs only after the tests pass on main.',
      ],
      [
        'Where do deploy credentials belong?',
        'In the hosting platform and in GitHub Actions secrets, read in the workflow through the secrets context (secrets.NAME); never in the repository or the workflow file.',
      ],
    ],
    items: {
      1: {
        why: 'A back end only creates value once it runs somewhere users can reach, and configuring a real host teaches you environment variables, ports and logs.',
        minutes: 50,
        doneWhen:
          'The app runs on the free tier of a host that runs containers, its database connection and secrets are set as environment variables on the host, and curl -i https://<your-app>/health returns 200.',
        resources: [
          docs('The Twelve-Factor App: backing services', 'https://12factor.net/backing-services'),
          docs('The Twelve-Factor App: port binding', 'https://12factor.net/port-binding'),
          docs('The Twelve-Factor App: logs', 'https://12factor.net/logs'),
        ],
      },
      2: {
        why: 'Automatic deploys from main remove manual steps, so releases become small, frequent and boring, which is what teams want.',
        minutes: 35,
        doneWhen:
          'Merging a pull request into main triggers a workflow whose deploy job runs after the test job (needs: test) with credentials from GitHub secrets, and the live app shows the new commit within minutes.',
        resources: [
          docs(
            'GitHub Actions: using secrets',
            'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/use-secrets',
          ),
          docs(
            'GitHub Actions: deploying to an environment',
            'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/deploy-to-environment',
          ),
          docs(
            'GitHub Actions: continuous deployment',
            'https://docs.github.com/en/actions/get-started/continuous-deployment',
          ),
        ],
      },
      3: {
        why: 'Being able to explain your pipeline stage by stage is a standard interview question and the fastest way to find gaps in it.',
        minutes: 15,
        doneWhen:
          'The README contains a diagram (ASCII or Mermaid) of every stage from git push through lint, tests and image build to deploy and the running app, showing where secrets and the database come in.',
        resources: [
          docs(
            'GitHub: creating diagrams with Mermaid',
            'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams',
          ),
          docs(
            'GitHub Actions: understanding the basics',
            'https://docs.github.com/en/actions/get-started/understand-github-actions',
          ),
        ],
      },
    },
  },
});
