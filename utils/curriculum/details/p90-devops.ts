import { byStack } from '../build';
import { docs, phaseDetails } from '../build-details';

export const DETAILS = phaseDetails('p90-devops', {
  d1: {
    checks: [
      [
        'What is the difference between an image and a container?',
        'An image is a read-only template of layers (files plus start-up settings); a container is an instance created from it, with its own writable layer. Many containers can run from one image.',
      ],
      [
        'Why does data in a named volume survive `docker rm`, when files written inside the container do not?',
        "A volume is stored outside the container's writable layer and managed by Docker on its own, so removing the container leaves it in place; the writable layer is deleted with the container.",
      ],
    ],
    items: {
      1: {
        why: 'Containers are how most back-end services are packaged and run, so you will use Docker in almost every back-end job.',
        minutes: 25,
        doneWhen:
          '`docker version` shows both Client and Server (Docker Desktop or Engine may already be there from day 56’s MongoDB container), `docker run hello-world` prints its greeting, and after `docker run -d -p 8080:80 nginx` the page at http://localhost:8080 shows "Welcome to nginx!".',
        resources: [
          docs('Docker: get Docker', 'https://docs.docker.com/get-started/get-docker/'),
          docs(
            'Docker CLI: docker container run',
            'https://docs.docker.com/reference/cli/docker/container/run/',
          ),
        ],
      },
      2: {
        why: 'When a service misbehaves on a server, these commands are how you see what is running, read its logs and look inside it.',
        minutes: 20,
        doneWhen:
          'You have found the nginx container with `docker ps`, read its access log with `docker logs`, listed /usr/share/nginx/html with `docker exec`, then stopped and removed it so `docker ps -a` no longer shows it.',
        resources: [
          docs(
            'Docker CLI: docker container logs',
            'https://docs.docker.com/reference/cli/docker/container/logs/',
          ),
          docs(
            'Docker CLI: docker container exec',
            'https://docs.docker.com/reference/cli/docker/container/exec/',
          ),
        ],
      },
      3: {
        why: 'A database in a container gives every developer the same version in seconds, and the named volume keeps its data between container restarts.',
        minutes: 30,
        doneWhen:
          '`docker run -d --name pg -e POSTGRES_PASSWORD=secret -p 5433:5432 -v pgdata:/var/lib/postgresql postgres:18` is running (port 5433 avoids the PostgreSQL you installed earlier; from version 18 the image keeps its data under /var/lib/postgresql, not .../data), `docker exec -it pg psql -U postgres` connects, and a table you created is still there after `docker rm -f pg` and the same run command again.',
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
        'Why copy the dependency file (requirements.txt, package-lock.json or pom.xml) and install dependencies before copying the rest of the code?',
        'Docker caches each layer; when only your code changes, the dependency layer is reused and a rebuild takes seconds instead of reinstalling everything.',
      ],
      [
        byStack('Why pin the base image to a version instead of using latest?', {
          python: 'Why pin python:3.14-slim instead of using python:latest?',
          javascript: 'Why use node:24-alpine rather than node:20-alpine or node:latest?',
          java: 'Why must the jar be compiled for Java 21 when the runtime image is eclipse-temurin:21-jre?',
        }),
        byStack(
          'A pinned tag makes builds repeatable: the same Dockerfile gives the same runtime next month, and upgrades happen on purpose.',
          {
            python:
              'It matches the Python 3.14 you develop and test with, and it keeps builds repeatable; latest can jump to a new Python version and break your dependencies without any change on your side.',
            javascript:
              'Node 20 reached end of life in April 2026 and gets no more security fixes, while 24 is an LTS line; a pinned tag also keeps builds repeatable instead of drifting with latest.',
            java: 'Class files compiled for a newer Java release fail on an older JVM with UnsupportedClassVersionError, so the release you compile for (java.version 21) must not be newer than the runtime; building on eclipse-temurin:21-jdk keeps compiler and runtime on the same version.',
          },
        ),
      ],
    ],
    items: {
      1: {
        why: 'A Dockerfile turns your app into an image that runs the same way on your laptop, in CI and in production.',
        minutes: 40,
        doneWhen: byStack(
          '`docker build -t taskapp:1.0 .` succeeds and `docker run` of that image serves your task list (inside a container localhost is the container itself, so point the database host at host.docker.internal, adding `--add-host=host.docker.internal:host-gateway` on Linux).',
          {
            python:
              '`docker build -t taskapp:1.0 .` succeeds with gunicorn in requirements.txt and `CMD ["gunicorn", "mysite.wsgi", "--bind", "0.0.0.0:8000"]`, and `docker run -p 8000:8000 --env-file .env taskapp:1.0` serves the task list (inside a container localhost is the container itself, so point the database host at host.docker.internal, adding `--add-host=host.docker.internal:host-gateway` on Linux).',
            javascript:
              '`docker build -t taskapp:1.0 .` succeeds with `FROM node:24-alpine` and `npm ci --omit=dev`, and `docker run -p 3000:3000 --env-file .env taskapp:1.0` serves the task list (inside a container localhost is the container itself, so point the database host at host.docker.internal, adding `--add-host=host.docker.internal:host-gateway` on Linux).',
            java: '`docker build -t taskapp:1.0 .` succeeds with a build stage `FROM eclipse-temurin:21-jdk`, a runtime stage `FROM eclipse-temurin:21-jre` and `<java.version>21</java.version>` (or a Gradle toolchain of 21) in the build file, and `docker run -p 8080:8080 --env-file .env taskapp:1.0` serves the task list (point the database host at host.docker.internal, adding `--add-host=host.docker.internal:host-gateway` on Linux).',
          },
        ),
        resources: [
          docs('Dockerfile reference', 'https://docs.docker.com/reference/dockerfile/'),
          docs(
            'Docker guide: containerize a Python application',
            'https://docs.docker.com/guides/python/containerize/',
            'python',
          ),
          docs(
            'Django: how to use Django with Gunicorn',
            'https://docs.djangoproject.com/en/stable/howto/deployment/wsgi/gunicorn/',
            'python',
          ),
          docs(
            'Docker guide: containerize a Node.js application',
            'https://docs.docker.com/guides/nodejs/containerize/',
            'javascript',
          ),
          docs(
            'Node.js releases and end-of-life dates',
            'https://nodejs.org/en/about/previous-releases',
            'javascript',
          ),
          docs(
            'Spring Boot: Dockerfiles',
            'https://docs.spring.io/spring-boot/reference/packaging/container-images/dockerfiles.html',
            'java',
          ),
          docs(
            'Maven compiler plugin: setting the --release of the compiler',
            'https://maven.apache.org/plugins/maven-compiler-plugin/examples/set-compiler-release.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Smaller images build, push and start faster and carry fewer packages an attacker could use.',
        minutes: 20,
        doneWhen:
          'A .dockerignore excludes .git, .env and local dependency or build folders (venv, node_modules or target), and your notes show the size from `docker image ls` before and after.',
        resources: [
          docs(
            'Docker: build context and .dockerignore files',
            'https://docs.docker.com/build/concepts/context/',
          ),
          docs('Docker: multi-stage builds', 'https://docs.docker.com/build/building/multi-stage/'),
        ],
      },
      3: {
        why: 'A process running as root inside a container turns any app bug into root access in that container, so production images drop root.',
        minutes: 15,
        doneWhen:
          '`docker exec <container> id -u` prints a number other than 0 after a `USER` line (the node image ships a `node` user; on the python and temurin images create one with `useradd`), and the app still answers requests.',
        resources: [
          docs(
            'OWASP Docker security cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html',
          ),
          docs(
            'Docker: building best practices',
            'https://docs.docker.com/build/building/best-practices/',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Inside a Compose network, which host name does the app use to reach the database, and why not localhost?',
        "The service name, for example db: Compose's DNS resolves it to the database container. Inside the app container, localhost means the app container itself.",
      ],
      [
        'What does `depends_on` with `condition: service_healthy` add over a plain `depends_on`?',
        'A plain depends_on only waits until the database container has started; service_healthy waits until its health check (such as pg_isready) passes, so the app does not connect before PostgreSQL accepts connections.',
      ],
    ],
    items: {
      1: {
        why: 'Compose describes a multi-container app in one file, so anyone can start the whole stack with one command.',
        minutes: 30,
        doneWhen:
          '`docker compose up -d` starts the app and a postgres:18 service with a named volume mounted at /var/lib/postgresql, and after running your migrations inside the app container the app lists tasks stored in that database.',
        resources: [
          docs('Docker Compose quickstart', 'https://docs.docker.com/compose/gettingstarted/'),
          docs(
            'Compose file reference: services',
            'https://docs.docker.com/reference/compose-file/services/',
          ),
        ],
      },
      2: {
        why: 'Apps that read configuration from the environment run from the same image in development, CI and production with different settings.',
        minutes: 15,
        doneWhen:
          'The compose file contains no passwords: they come from a git-ignored .env file (a committed .env.example holds placeholders), and changing a value in .env changes the running app after `docker compose up -d`.',
        resources: [
          docs(
            'Compose: set environment variables',
            'https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/',
          ),
          docs('The Twelve-Factor App: config', 'https://12factor.net/config'),
        ],
      },
      3: {
        why: 'Without a readiness check the app often starts before the database accepts connections and crashes on boot.',
        minutes: 20,
        doneWhen:
          'The db service has a healthcheck running `pg_isready -U postgres`, the app has `depends_on: db: condition: service_healthy`, and after `docker compose down` and `docker compose up` the app log shows no connection errors.',
        resources: [
          docs(
            'Compose: control startup order',
            'https://docs.docker.com/compose/how-tos/startup-order/',
          ),
          docs(
            'PostgreSQL: pg_isready',
            'https://www.postgresql.org/docs/current/app-pg-isready.html',
          ),
        ],
      },
      4: {
        why: 'Load balancers, Kubernetes and uptime monitors decide whether to send traffic to an instance by calling its health endpoint.',
        minutes: 20,
        doneWhen: byStack(
          '`curl -i localhost:<port>/health` returns 200 with a small JSON body while the database runs, and 503 after `docker compose stop db`.',
          {
            python:
              '`curl -i localhost:8000/health` returns 200 with `{"status": "ok"}`, and 503 after `docker compose stop db`; the view runs `SELECT 1` through `connection.cursor()` and catches the database error.',
            javascript:
              '`curl -i localhost:3000/health` returns 200 with `{"status":"ok"}`, and 503 after `docker compose stop db`; the route runs `SELECT 1` and catches the connection error.',
            java: '`curl -i localhost:8080/actuator/health` returns 200 with `"status":"UP"`, and 503 with `"DOWN"` after `docker compose stop db` (the Actuator you added on day 27 includes the database check automatically once a DataSource exists).',
          },
        ),
        resources: [
          docs(
            'Health Endpoint Monitoring pattern',
            'https://learn.microsoft.com/en-us/azure/architecture/patterns/health-endpoint-monitoring',
          ),
          docs(
            'Django: executing custom SQL directly',
            'https://docs.djangoproject.com/en/stable/topics/db/sql/#executing-custom-sql-directly',
            'python',
          ),
          docs(
            'Express: health checks and graceful shutdown',
            'https://expressjs.com/en/advanced/healthcheck-graceful-shutdown.html',
            'javascript',
          ),
          docs(
            'Spring Boot Actuator: endpoints and health',
            'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'What does a Deployment add on top of Pods?',
        'It keeps the desired number of identical Pods running, replacing any that die, and rolls out new versions gradually with the option to roll back.',
      ],
      [
        'Why do you need a Service in front of Pods?',
        'Pods come and go and get new IP addresses; a Service gives them one stable name and address and spreads traffic across the Pods that match its label selector.',
      ],
    ],
    items: {
      1: {
        why: 'A local cluster lets you practise the Kubernetes most companies run in production without paying for a cloud account.',
        minutes: 25,
        doneWhen:
          '`kubectl version --client` works and, after `kind create cluster` or `minikube start`, `kubectl get nodes` shows one node with status Ready.',
        resources: [
          docs('Kubernetes: install tools', 'https://kubernetes.io/docs/tasks/tools/'),
          docs('kind: quick start', 'https://kind.sigs.k8s.io/docs/user/quick-start/'),
          docs('minikube: start', 'https://minikube.sigs.k8s.io/docs/start/'),
        ],
      },
      2: {
        why: 'These four objects are the vocabulary of every Kubernetes manifest and conversation you will meet.',
        minutes: 15,
        doneWhen:
          'Your notes have one accurate line each for Pod, Deployment, Service and ConfigMap, and name the object you would use to keep 3 copies of the app running.',
        resources: [
          docs('Kubernetes: Pods', 'https://kubernetes.io/docs/concepts/workloads/pods/'),
          docs(
            'Kubernetes: Service',
            'https://kubernetes.io/docs/concepts/services-networking/service/',
          ),
          docs(
            'Kubernetes: ConfigMaps',
            'https://kubernetes.io/docs/concepts/configuration/configmap/',
          ),
        ],
      },
      3: {
        why: 'kubectl get and describe are the first commands you reach for when anything in a cluster goes wrong.',
        minutes: 30,
        doneWhen:
          'After `kubectl create deployment web --image=nginx` and `kubectl expose deployment web --port=80`, `kubectl get pods` shows the Pod Running, `kubectl describe pod` lists its events, and `kubectl port-forward service/web 8081:80` serves the nginx page.',
        resources: [
          docs(
            'Kubernetes: Deployments',
            'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/',
          ),
          docs(
            'kubectl quick reference',
            'https://kubernetes.io/docs/reference/kubectl/quick-reference/',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Your Pod shows ErrImagePull for taskapp:1.0, although `docker images` lists it. Why, and how do you fix it?',
        'kind and minikube nodes have their own image store and cannot see images in your local Docker. Load it with `kind load docker-image taskapp:1.0` or `minikube image load taskapp:1.0`, and avoid the :latest tag, which makes Kubernetes always try to pull from a registry.',
      ],
      [
        'Why should the liveness probe not check the database?',
        'If the database goes down, a failing liveness probe makes Kubernetes restart every app Pod, which fixes nothing and adds load; a failing readiness probe only takes Pods out of the Service until the database is back.',
      ],
    ],
    items: {
      1: {
        why: 'Deploying your own image is the everyday Kubernetes task, and a local cluster cannot use an image you built until you load it into its nodes.',
        minutes: 40,
        doneWhen:
          '`kind load docker-image taskapp:1.0` (or `minikube image load taskapp:1.0`) succeeds, `kubectl apply -f k8s/` creates a Deployment and Service for the app and for PostgreSQL (postgres:18 with its volume at /var/lib/postgresql), and `kubectl port-forward service/taskapp 8000:<app port>` shows your task list; the image has a version tag, not :latest, so Kubernetes does not try to pull it.',
        resources: [
          docs(
            'kind: loading an image into your cluster',
            'https://kind.sigs.k8s.io/docs/user/quick-start/#loading-an-image-into-your-cluster',
          ),
          docs('minikube: pushing images', 'https://minikube.sigs.k8s.io/docs/handbook/pushing/'),
          docs(
            'Kubernetes: images and the pull policy',
            'https://kubernetes.io/docs/concepts/containers/images/',
          ),
        ],
      },
      2: {
        why: 'Configuration and secrets outside the image let one image run everywhere, and since Secrets are only base64-encoded unless the cluster encrypts them at rest, access to them must be restricted.',
        minutes: 15,
        doneWhen:
          '`kubectl get configmap,secret` lists your objects, the Deployment reads them with `envFrom` or `valueFrom`, no password appears in the Deployment YAML, and the app still connects after `kubectl rollout restart deployment/taskapp`.',
        resources: [
          docs('Kubernetes: Secrets', 'https://kubernetes.io/docs/concepts/configuration/secret/'),
          docs(
            'Kubernetes: configure a Pod to use a ConfigMap',
            'https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/',
          ),
        ],
      },
      3: {
        why: 'Self-healing, scaling and rolling updates are why teams adopt Kubernetes, and the Service load-balances requests across the replicas.',
        minutes: 20,
        doneWhen:
          '`kubectl scale deployment/taskapp --replicas=3` gives 3 Running Pods, a Pod removed with `kubectl delete pod` is replaced, and after building taskapp:1.1, loading it into the cluster and running `kubectl set image deployment/taskapp taskapp=taskapp:1.1`, `kubectl rollout status` reports success.',
        resources: [
          docs(
            'Kubernetes tutorial: running multiple instances of your app',
            'https://kubernetes.io/docs/tutorials/kubernetes-basics/scale/scale-intro/',
          ),
          docs(
            'Kubernetes tutorial: performing a rolling update',
            'https://kubernetes.io/docs/tutorials/kubernetes-basics/update/update-intro/',
          ),
        ],
      },
      4: {
        why: 'Probes let Kubernetes send traffic only to Pods that are ready and restart ones that hang, which is what makes rollouts safe.',
        minutes: 10,
        doneWhen: byStack(
          '`kubectl describe pod` shows a readiness probe on /health and a liveness probe on a path that does not touch the database, and scaling PostgreSQL to 0 turns the app Pods not ready (0/1) without restarting them.',
          {
            python:
              '`kubectl describe pod` shows a readiness probe on /health and a liveness probe on a path that does not touch the database (e.g. /live returning 200), and scaling PostgreSQL to 0 turns the app Pods not ready (0/1) without restarting them.',
            javascript:
              '`kubectl describe pod` shows a readiness probe on /health and a liveness probe on a path that does not touch the database (e.g. /live returning 200), and scaling PostgreSQL to 0 turns the app Pods not ready (0/1) without restarting them.',
            java: '`kubectl describe pod` shows a readiness probe on /actuator/health/readiness (with `management.endpoint.health.group.readiness.include=readinessState,db`) and a liveness probe on /actuator/health/liveness, and scaling PostgreSQL to 0 turns the app Pods not ready (0/1) without restarting them.',
          },
        ),
        resources: [
          docs(
            'Kubernetes: configure liveness, readiness and startup probes',
            'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
          ),
          docs(
            'Spring Boot Actuator: Kubernetes probes',
            'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.kubernetes-probes',
            'java',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'Does a red CI check stop anyone merging a pull request?',
        'Only if a branch protection rule (or ruleset) on the target branch requires that status check; otherwise the failure is only shown and the merge button still works.',
      ],
      [
        'Why run integration tests against a real PostgreSQL service container instead of SQLite or mocks?',
        'SQL dialect, constraints, transactions and migrations behave differently between databases; testing against the same engine as production catches those bugs before they are deployed.',
      ],
    ],
    items: {
      1: {
        why: 'A linter and tests that run on every push catch mistakes before review, and the linter has to be set up in the project before CI can run it.',
        minutes: 35,
        doneWhen: byStack(
          'The linter passes locally, .github/workflows/ci.yml runs it and the tests on push and pull_request, and a deliberate lint error on a branch turns the run red.',
          {
            python:
              '`ruff check .` passes locally (ruff in your development requirements, its settings in pyproject.toml or ruff.toml), .github/workflows/ci.yml uses actions/setup-python with Python 3.14 and runs `ruff check .` and the tests on push and pull_request, and a deliberate unused import on a branch turns the run red.',
            javascript:
              '`npx eslint .` passes locally after `npm init @eslint/config@latest`, .github/workflows/ci.yml uses actions/setup-node with Node 24 and runs `npm ci`, `npx eslint .` and `npm test` on push and pull_request, and a deliberate unused variable on a branch turns the run red.',
            java: '`./mvnw checkstyle:check` (maven-checkstyle-plugin, e.g. with google_checks.xml and violationSeverity set to warning) or `./gradlew checkstyleMain` passes locally, .github/workflows/ci.yml uses actions/setup-java with Java 21 and runs it plus the tests on push and pull_request, and a deliberate violation on a branch turns the run red.',
          },
        ),
        resources: [
          docs(
            'GitHub Actions: quickstart',
            'https://docs.github.com/en/actions/get-started/quickstart',
          ),
          docs('Ruff: tutorial', 'https://docs.astral.sh/ruff/tutorial/', 'python'),
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
          docs(
            'Maven Checkstyle plugin: usage',
            'https://maven.apache.org/plugins/maven-checkstyle-plugin/usage.html',
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
        why: 'Integration tests against the real database engine catch migration, SQL and constraint bugs that unit tests and mocks miss.',
        minutes: 25,
        doneWhen:
          'The test job declares a `services: postgres:` container with a pg_isready health check, passes host, port and password to the tests through environment variables, runs your migrations, and the Actions log shows the tests passing.',
        resources: [
          docs(
            'GitHub Actions: creating PostgreSQL service containers',
            'https://docs.github.com/en/actions/tutorials/use-containerized-services/create-postgresql-service-containers',
          ),
          docs(
            'Django: testing overview (the test database)',
            'https://docs.djangoproject.com/en/stable/topics/testing/overview/',
            'python',
          ),
          docs(
            'node-postgres: connecting (PGHOST, PGPASSWORD and other environment variables)',
            'https://node-postgres.com/features/connecting',
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
        why: 'Building the image in CI proves that what you merge can actually be packaged and shipped.',
        minutes: 15,
        doneWhen:
          'A workflow step builds the image (docker/build-push-action with push: false, or `docker build`), and a deliberate typo in the Dockerfile on a branch makes that step fail.',
        resources: [
          docs('Docker Build: GitHub Actions', 'https://docs.docker.com/build/ci/github-actions/'),
        ],
      },
      4: {
        why: 'On GitHub a failing check blocks merging only when branch protection requires it, so this setting is what turns CI into a real gate.',
        minutes: 10,
        doneWhen:
          'main has a branch protection rule (or ruleset) with "Require status checks to pass" naming your CI job, and a pull request with a failing test shows merging blocked; on a free account this works for public repositories.',
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
  d7: {
    checks: [
      [
        'What is the difference between continuous delivery and continuous deployment?',
        'With continuous delivery every change on main is built, tested and ready to release, but a person triggers the release; with continuous deployment every change that passes the pipeline goes to production automatically.',
      ],
      [
        'Why tag images with the commit SHA rather than only latest?',
        'A SHA tag says exactly which code is running, so you can trace a bug to a commit and roll back by deploying the previous tag; latest changes under your feet.',
      ],
    ],
    items: {
      1: {
        why: 'Servers pull images from a registry, so the pipeline must publish every build there under a traceable tag.',
        minutes: 25,
        doneWhen:
          'On a push to main the workflow logs in to ghcr.io with GITHUB_TOKEN (`permissions: packages: write`) and pushes the image tagged with the commit SHA, and the package appears under your GitHub profile.',
        resources: [
          docs(
            'GitHub Actions: publishing Docker images',
            'https://docs.github.com/en/actions/tutorials/publish-packages/publish-docker-images',
          ),
          docs(
            'GitHub: working with the Container registry',
            'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry',
          ),
        ],
      },
      2: {
        why: 'Automatic deployment makes releasing a small, boring, repeatable step instead of a risky manual one.',
        minutes: 40,
        doneWhen:
          'A deploy job that runs only on main and only after the tests pass (`needs: test`) deploys to a free tier that can run your container and a database, the host credentials live in GitHub secrets, and a visible change pushed to main appears at the public URL without manual steps.',
        resources: [
          docs(
            'GitHub Actions: about continuous deployment',
            'https://docs.github.com/en/actions/get-started/continuous-deployment',
          ),
          docs(
            'GitHub Actions: using secrets',
            'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/use-secrets',
          ),
          docs(
            'GitHub Actions: deploying to an environment',
            'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/deploy-to-environment',
          ),
        ],
      },
      3: {
        why: 'Knowing every stage between commit and production, and how each can fail, is what lets you debug a broken release quickly.',
        minutes: 15,
        doneWhen:
          'A diagram in the repository (e.g. Mermaid in docs/pipeline.md) shows lint, test, build, push and deploy, with at least one way each stage can fail and how you would notice it.',
        resources: [
          docs(
            'GitHub: creating diagrams with Mermaid',
            'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams',
          ),
          docs(
            'The Twelve-Factor App: build, release, run',
            'https://12factor.net/build-release-run',
          ),
        ],
      },
    },
  },
});
