import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p90-specialization', {
  d1: {
    checks: [
      [
        'Name two costs of microservices that a single app does not have.',
        'Network calls that can fail or be slow, data spread across services (no simple joins or shared transactions), and more to run: each service needs its own deployment, logs and alerts.',
      ],
      [
        'What does an architecture decision record capture?',
        'The context, the decision taken and its consequences, good and bad, written at the time, so later readers know why the system looks the way it does.',
      ],
    ],
    items: {
      1: {
        why: 'Teams and interviewers expect you to weigh microservices against a single app with real trade-offs, not hype.',
        minutes: 20,
        doneWhen:
          'Your notes list three benefits and three costs, each tied to something concrete in your task app (e.g. "notifications could be deployed on their own" or "creating a task would need a network call").',
        resources: [
          docs(
            'Azure Architecture Center: microservices architecture style',
            'https://learn.microsoft.com/en-us/azure/architecture/guide/architecture-styles/microservices',
          ),
        ],
      },
      2: {
        why: 'Drawing service boundaries and deciding who owns which data is the core skill of any split, and mistakes here are expensive later.',
        minutes: 25,
        doneWhen:
          'A diagram (e.g. Mermaid in the README) shows users, tasks and notifications services, the tables each one owns, and every call or event between them.',
        resources: [
          docs(
            'Azure Architecture Center: identify microservice boundaries',
            'https://learn.microsoft.com/en-us/azure/architecture/microservices/model/microservice-boundaries',
          ),
          docs(
            'GitHub: creating diagrams with Mermaid',
            'https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams',
          ),
        ],
      },
      3: {
        why: 'Real migrations, in both directions, show which trade-offs matter in practice, beyond the textbook lists.',
        minutes: 20,
        doneWhen:
          'Your notes link one published case study (an engineering blog post or conference talk) and state in your own words the two main reasons the team gave for its move and one result they measured.',
        resources: [
          docs(
            'Azure Architecture Center: microservices architecture design',
            'https://learn.microsoft.com/en-us/azure/architecture/microservices/',
          ),
        ],
      },
      4: {
        why: 'Writing down why you chose an architecture is normal practice in teams and shows reviewers that you can reason about trade-offs.',
        minutes: 20,
        doneWhen:
          'docs/adr/0001-notifications-service.md has Context, Decision and Consequences sections, takes a clear position, and names one risk with how you would notice it.',
        resources: [
          docs(
            'Azure Well-Architected: architecture decision record',
            'https://learn.microsoft.com/en-us/azure/well-architected/architect-role/architecture-decision-record',
          ),
          tutorial(
            'Architecture decision record templates and examples',
            'https://github.com/joelparkerhenderson/architecture-decision-record',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why must the task service set a timeout when it calls the notification service?',
        'Without one, a slow or hung notification service makes task requests hang too and ties up workers until the task service fails as well; a timeout turns it into a fast error you can handle.',
      ],
      [
        'What should happen to creating a task while notifications are down, and why?',
        'Usually the task is still created and the failure is logged or retried later, because notifications are secondary; one service failing should not take down features that do not need it.',
      ],
    ],
    items: {
      1: {
        why: 'Splitting off a small service with its own API is the first practical step in any move to microservices.',
        minutes: 35,
        doneWhen: byStack(
          'The notification service runs on its own port, and `curl -i -X POST localhost:8001/notifications -H "Content-Type: application/json" -d \'{"taskId": 1, "title": "Test"}\'` returns 202 Accepted and logs the notification.',
          {
            python:
              'The notification service (a small Flask or FastAPI app is fine) runs on its own port, and `curl -i -X POST localhost:8001/notifications -H "Content-Type: application/json" -d \'{"taskId": 1, "title": "Test"}\'` returns 202 Accepted and logs the notification.',
            javascript:
              'The notification service (a second Express app) runs on its own port, and `curl -i -X POST localhost:8001/notifications -H "Content-Type: application/json" -d \'{"taskId": 1, "title": "Test"}\'` returns 202 Accepted and logs the notification.',
            java: 'The notification service (a second Spring Boot app with one @RestController) runs on its own port, and `curl -i -X POST localhost:8001/notifications -H "Content-Type: application/json" -d \'{"taskId": 1, "title": "Test"}\'` returns 202 Accepted and logs the notification.',
          },
        ),
        resources: [
          docs(
            'MDN: 202 Accepted',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/202',
          ),
          docs(
            'Flask: quickstart',
            'https://flask.palletsprojects.com/en/stable/quickstart/',
            'python',
          ),
          docs(
            'Express: hello world example',
            'https://expressjs.com/en/starter/hello-world.html',
            'javascript',
          ),
          tutorial(
            'Spring guide: building a RESTful web service',
            'https://spring.io/guides/gs/rest-service/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Every network call can fail or hang, and handling that with timeouts and fallbacks is what makes a service robust instead of fragile.',
        minutes: 25,
        doneWhen: byStack(
          'The task service calls the notification service with a timeout of about 2 seconds, and with the notification service stopped, creating a task still returns 201 within that time and logs a warning.',
          {
            python:
              'The task service calls the notification service with `requests.post(..., timeout=2)`, and with the notification service stopped, creating a task still returns 201 within that time and logs a warning.',
            javascript:
              'The task service calls the notification service with `fetch(url, { signal: AbortSignal.timeout(2000) })`, and with the notification service stopped, creating a task still returns 201 within that time and logs a warning.',
            java: 'The task service calls the notification service through a RestClient with a 2-second read timeout, and with the notification service stopped, creating a task still returns 201 within that time and logs a warning.',
          },
        ),
        resources: [
          docs(
            'Retry pattern',
            'https://learn.microsoft.com/en-us/azure/architecture/patterns/retry',
          ),
          docs(
            'Circuit Breaker pattern',
            'https://learn.microsoft.com/en-us/azure/architecture/patterns/circuit-breaker',
          ),
          docs(
            'MDN: AbortSignal.timeout()',
            'https://developer.mozilla.org/en-US/docs/Web/API/AbortSignal/timeout_static',
            'javascript',
          ),
          docs(
            'Spring Boot: calling REST services',
            'https://docs.spring.io/spring-boot/reference/io/rest-client.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Compose runs several services on one network with one command, which is how most teams develop multi-service systems locally.',
        minutes: 20,
        doneWhen:
          '`docker compose up` starts the task service, the notification service and the database; the task service reaches the other by its service name (e.g. http://notifications:8001), and creating a task adds a line to `docker compose logs notifications`.',
        resources: [
          docs('Compose: networking', 'https://docs.docker.com/compose/how-tos/networking/'),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'What is the difference between automatic and manual acknowledgement in RabbitMQ?',
        'With automatic acknowledgement the broker counts a message as done as soon as it is delivered, so a crash loses it; with manual acknowledgement the consumer acks after finishing, and an unacknowledged message is requeued and redelivered if the consumer dies.',
      ],
      [
        'Why must a message consumer be idempotent?',
        'Brokers deliver at least once, so the same message can arrive twice (e.g. after a crash before the ack); an idempotent consumer recognises the repeat, for example by its event id, and does the work only once.',
      ],
    ],
    items: {
      1: {
        why: byStack(
          'On day 43 a queue moved work out of a request inside one app; between services the broker becomes the shared contract, and it must track which consumer has acknowledged which message.',
          {
            python:
              'On day 43 Celery used Redis as a job queue inside one app; events between two services need a broker both can reach that tracks acknowledgements, which RabbitMQ (used here because its management UI shows every step) or Redis streams with consumer groups provide.',
            javascript:
              'On day 43 BullMQ used Redis as a job queue inside one app; events between two services need a broker both can reach that tracks acknowledgements, which RabbitMQ (used here because its management UI shows every step) or Redis streams with consumer groups provide.',
            java: 'On day 43 you sent a RabbitMQ message to a listener in the same app; now the same broker moves into Compose and carries events between two separate services, which is what it is built for.',
          },
        ),
        minutes: 15,
        doneWhen:
          'A `rabbitmq:4-management` service (ports 5672 and 15672) runs in the docker-compose.yml next to yesterday’s two services and its management UI at http://localhost:15672 opens with guest/guest, or, for Redis streams, `docker compose exec redis redis-cli XADD events "*" type test` returns an entry id.',
        resources: [
          docs('RabbitMQ: installing with Docker', 'https://www.rabbitmq.com/docs/download'),
          docs('Redis: streams', 'https://redis.io/docs/latest/develop/data-types/streams/'),
        ],
      },
      2: {
        why: 'Publishing events instead of calling services directly is how back ends run background jobs and keep services loosely coupled.',
        minutes: 40,
        doneWhen: byStack(
          'Creating a task publishes a task.created message with an event id, the task id and the title after the database commit, the notification service logs it within a second, and the queue shows 0 ready messages afterwards (for a Redis stream, XPENDING shows 0).',
          {
            python:
              'Creating a task publishes a task.created message with an event id, the task id and the title from transaction.on_commit (with pika, or XADD with redis-py for a stream), the notification service logs it within a second, and the queue shows 0 ready messages afterwards (for a stream, XPENDING shows 0).',
            javascript:
              'Creating a task publishes a task.created message with an event id, the task id and the title after the database commit (with amqplib, or XADD with the redis client for a stream), the notification service logs it within a second, and the queue shows 0 ready messages afterwards (for a stream, XPENDING shows 0).',
            java: 'Creating a task publishes a task.created message with an event id, the task id and the title after the transaction commits (RabbitTemplate to publish, @RabbitListener to consume), the notification service logs it within a second, and the queue shows 0 ready messages afterwards.',
          },
        ),
        resources: [
          tutorial(
            'RabbitMQ tutorial: hello world (Python)',
            'https://www.rabbitmq.com/tutorials/tutorial-one-python',
            'python',
          ),
          docs(
            'Celery: first steps with Celery',
            'https://docs.celeryq.dev/en/stable/getting-started/first-steps-with-celery.html',
            'python',
          ),
          tutorial(
            'RabbitMQ tutorial: hello world (JavaScript)',
            'https://www.rabbitmq.com/tutorials/tutorial-one-javascript',
            'javascript',
          ),
          docs('BullMQ: introduction', 'https://docs.bullmq.io/guide/introduction', 'javascript'),
          tutorial(
            'Spring guide: messaging with RabbitMQ',
            'https://spring.io/guides/gs/messaging-rabbitmq/',
            'java',
          ),
          docs(
            'Spring Boot: AMQP',
            'https://docs.spring.io/spring-boot/reference/messaging/amqp.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Knowing exactly when a message can be lost or delivered twice is essential for designing reliable background processing.',
        minutes: 15,
        doneWhen: byStack(
          'With a sleep added to the consumer, killing it mid-message loses the message under automatic acknowledgement but shows it back as Ready in the management UI (and redelivered on restart) under manual acknowledgement, and your notes describe both runs.',
          {
            python:
              'With a sleep added to the consumer, killing it mid-message loses the message with `auto_ack=True` but shows it back as Ready in the management UI (and redelivered on restart) when the callback calls `basic_ack` at the end, and your notes describe both runs.',
            javascript:
              'With a sleep added to the consumer, killing it mid-message loses the message with `noAck: true` but shows it back as Ready in the management UI (and redelivered on restart) when the handler calls `channel.ack(msg)` at the end, and your notes describe both runs.',
            java: "With a sleep added to the listener, killing the app mid-message loses the message with `spring.rabbitmq.listener.simple.acknowledge-mode=none` but shows it back as Ready in the management UI (and redelivered on restart) with Spring's default auto mode, which acks only after the listener returns, and your notes describe both runs.",
          },
        ),
        resources: [
          docs(
            'RabbitMQ: consumer acknowledgements and publisher confirms',
            'https://www.rabbitmq.com/docs/confirms',
          ),
          tutorial(
            'RabbitMQ tutorial: work queues (Python)',
            'https://www.rabbitmq.com/tutorials/tutorial-two-python',
            'python',
          ),
          tutorial(
            'RabbitMQ tutorial: work queues (JavaScript)',
            'https://www.rabbitmq.com/tutorials/tutorial-two-javascript',
            'javascript',
          ),
          tutorial(
            'RabbitMQ tutorial: work queues (Spring AMQP)',
            'https://www.rabbitmq.com/tutorials/tutorial-two-spring-amqp',
            'java',
          ),
        ],
      },
      4: {
        why: 'At-least-once delivery means duplicates will happen in production, so every consumer must tolerate them.',
        minutes: 15,
        doneWhen:
          'Publishing the same task.created event (same event id) twice produces one notification: the consumer records processed event ids in a table with a unique constraint (INSERT … ON CONFLICT DO NOTHING) and skips repeats.',
        resources: [
          docs(
            'PostgreSQL: INSERT … ON CONFLICT',
            'https://www.postgresql.org/docs/current/sql-insert.html',
          ),
          docs('RabbitMQ: reliability guide', 'https://www.rabbitmq.com/docs/reliability'),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'What is a cold start?',
        'When no warm instance exists, the platform must start one and load your code before it can handle the request, so the first call after idle time is noticeably slower.',
      ],
      [
        'When is a serverless function a better fit than a container that runs all the time?',
        'For short, stateless work that is rare or spiky, such as webhooks, scheduled jobs or file processing, where paying per execution and scaling to zero beats keeping a server up; long-running or constantly busy work usually suits a container better.',
      ],
    ],
    items: {
      1: {
        why: 'Serverless functions are a common way to run small, event-driven parts of a back end without managing servers.',
        minutes: 40,
        doneWhen: byStack(
          'After `func init` and `func new` with the HTTP trigger template, `func start` runs the function and `curl "http://localhost:7071/api/hello?name=Ana"` returns your response with status 200; deploying to a cloud free tier is optional.',
          {
            python:
              'After `func init --python` and `func new` with the HTTP trigger template (Python v2 programming model), `func start` runs the function and `curl "http://localhost:7071/api/hello?name=Ana"` returns your response with status 200; deploying to a cloud free tier is optional.',
            javascript:
              'After `func init --javascript` and `func new` with the HTTP trigger template (Node.js v4 programming model), `func start` runs the function and `curl "http://localhost:7071/api/hello?name=Ana"` returns your response with status 200; deploying to a cloud free tier is optional.',
            java: 'A project generated with the Azure Functions Maven archetype runs with `mvn clean package azure-functions:run`, and `curl "http://localhost:7071/api/HttpExample?name=Ana"` returns your response with status 200; deploying to a cloud free tier is optional.',
          },
        ),
        resources: [
          docs(
            'Azure Functions: develop locally with Core Tools',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-run-local',
          ),
          docs(
            'Azure Functions: HTTP trigger',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-bindings-http-webhook-trigger',
          ),
          docs(
            'Azure Functions: Python developer guide',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-reference-python',
            'python',
          ),
          docs(
            'Azure Functions: Node.js developer guide',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-reference-node',
            'javascript',
          ),
          docs(
            'Azure Functions: Java developer guide',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-reference-java',
            'java',
          ),
        ],
      },
      2: {
        why: 'Most serverless work is started by events such as schedules, queue messages or uploaded files rather than by users.',
        minutes: 25,
        doneWhen:
          'A timer-triggered function with the schedule `0 */1 * * * *` logs a line every minute under the local host, with Azurite running in Docker and `AzureWebJobsStorage` set to `UseDevelopmentStorage=true` in local.settings.json, and the log shows at least two runs a minute apart.',
        resources: [
          docs(
            'Azure Functions: timer trigger',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-bindings-timer',
          ),
          docs(
            'Azurite emulator for local Azure Storage',
            'https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite',
          ),
        ],
      },
      3: {
        why: 'Choosing between serverless and containers is a cost and latency decision that you will be asked to justify.',
        minutes: 15,
        doneWhen:
          "A table compares your function with your container on cold start, maximum run time, scaling and pricing model, each value taken from the provider's documentation (with the link) rather than guessed.",
        resources: [
          docs(
            'Azure Functions: hosting options',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-scale',
          ),
          docs(
            'Azure Functions: overview',
            'https://learn.microsoft.com/en-us/azure/azure-functions/functions-overview',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why log structured JSON instead of free text?',
        'Every field (level, request id, path, status, duration) can be filtered and aggregated by log tools without fragile text parsing, and one request id ties together all the lines of a request.',
      ],
      [
        'When would you pick gRPC, GraphQL or WebSockets over plain REST?',
        'gRPC for fast, typed calls between internal services; GraphQL when clients need to choose exactly which fields and related data they get in one request; WebSockets when the server must push updates, such as a new task, to the browser without polling.',
      ],
    ],
    items: {
      1: {
        why: 'Back-end jobs increasingly expect at least one protocol beyond REST, and building a working demo shows you know when each one fits.',
        minutes: 45,
        doneWhen:
          'A client receives task data from your demo: a GraphQL query for tasks (the one you wrote on day 35 is a good start) returns only the fields it asks for, or a gRPC client defined by a .proto file gets a reply from your server, or a browser page receives a WebSocket message the moment a task is created; your notes say why you picked that protocol.',
        resources: [
          docs('GraphQL: learn', 'https://graphql.org/learn/'),
          docs(
            'MDN: the WebSocket API',
            'https://developer.mozilla.org/en-US/docs/Web/API/WebSockets_API',
          ),
          tutorial(
            'gRPC: Python quick start',
            'https://grpc.io/docs/languages/python/quickstart/',
            'python',
          ),
          tutorial(
            'gRPC: Node.js quick start',
            'https://grpc.io/docs/languages/node/quickstart/',
            'javascript',
          ),
          tutorial(
            'gRPC: Java quick start',
            'https://grpc.io/docs/languages/java/quickstart/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Logs, metrics and health checks are how you know what production is doing, and teams expect them from the first release.',
        minutes: 35,
        doneWhen: byStack(
          'The access-log middleware from day 43 now writes one JSON line per request with timestamp, level, request id, method, path, status and duration_ms (check it with `jq`), and a metrics endpoint returns a request counter in Prometheus text format that goes up as you send requests.',
          {
            python:
              'The access-log middleware from day 43 now writes one JSON line per request (a JSON formatter on your logging handler) with timestamp, level, request id, method, path, status and duration_ms (check it with `jq`), and /metrics from django-prometheus shows a request counter that goes up as you send requests.',
            javascript:
              'Each request writes one JSON log line (pino-http in place of your day-43 logging middleware, keeping its request id) with timestamp, level, request id, method, path, status and duration, and /metrics from prom-client shows a request counter you increment in a middleware, going up as you send requests.',
            java: 'With `logging.structured.format.console=ecs` each log line is JSON and carries the day-43 request id, which your filter now puts in the MDC, and /actuator/prometheus (micrometer-registry-prometheus, exposed through management.endpoints.web.exposure.include) shows `http_server_requests_seconds_count` going up as you send requests.',
          },
        ),
        resources: [
          docs('Prometheus: metric types', 'https://prometheus.io/docs/concepts/metric_types/'),
          docs(
            'Python logging cookbook: implementing structured logging',
            'https://docs.python.org/3/howto/logging-cookbook.html#implementing-structured-logging',
            'python',
          ),
          tool(
            'django-prometheus',
            'https://github.com/django-commons/django-prometheus',
            'python',
          ),
          tool('pino', 'https://github.com/pinojs/pino', 'javascript'),
          tool('prom-client', 'https://github.com/siimon/prom-client', 'javascript'),
          docs(
            'Spring Boot: logging (structured logging)',
            'https://docs.spring.io/spring-boot/reference/features/logging.html',
            'java',
          ),
          docs(
            'Spring Boot: metrics',
            'https://docs.spring.io/spring-boot/reference/actuator/metrics.html',
            'java',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'Why base your choice on job ads rather than only on what sounds interesting?',
        'Ads show what employers in your market ask for right now, so you can see which skills are common and which gaps to close first.',
      ],
      [
        'What makes a learning plan checkable?',
        'Each week ends in a concrete deliverable, such as a deployed service, a merged pull request or a passing test suite, rather than "learn X", so you can tell whether you did it.',
      ],
    ],
    items: {
      1: {
        why: 'Choosing a direction focuses your next months of learning and your job search instead of spreading you thin.',
        minutes: 20,
        doneWhen:
          'A table scores three paths from 1 to 5 on how much you enjoyed them, your current skill and demand, and names the path you pick with one sentence saying why.',
        resources: [
          docs('roadmap.sh: back-end developer', 'https://roadmap.sh/backend'),
          docs('roadmap.sh: DevOps', 'https://roadmap.sh/devops'),
          docs('roadmap.sh: cyber security', 'https://roadmap.sh/cyber-security'),
        ],
      },
      2: {
        why: 'Job ads tell you what the market wants, so your learning targets real hiring requirements.',
        minutes: 30,
        doneWhen:
          'A list of at least 10 skills shows how many of the five ads ask for each one, with every skill marked "have" or "gap".',
        resources: [docs('roadmap.sh: system design', 'https://roadmap.sh/system-design')],
      },
      3: {
        why: 'A written plan with deliverables keeps your momentum after the course ends and produces portfolio pieces.',
        minutes: 25,
        doneWhen:
          'The plan has four weeks, each with a goal, one main resource and a checkable deliverable (e.g. "the API runs on a managed Kubernetes cluster"), and week one has a start date in your calendar.',
        resources: [
          docs(
            'GitHub: about Projects (to track the plan)',
            'https://docs.github.com/en/issues/planning-and-tracking-with-projects/learning-about-projects/about-projects',
          ),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'What makes a technical question likely to get a good answer?',
        'A clear title, what you tried, the exact error and a minimal example someone can run, plus versions; it shows effort and lets others reproduce the problem quickly.',
      ],
      [
        'What should the README of a multi-service project contain at minimum?',
        'What the system does, how to start it with one command, which services exist and how they talk (endpoints and events), and how to run the tests.',
      ],
    ],
    items: {
      1: {
        why: 'Asking and answering questions in public builds your network and your skill at explaining technical problems clearly.',
        minutes: 20,
        doneWhen:
          'You have posted one question or answer, for example in the GitHub Discussions of a library you used this week, with code and versions, and its link is saved in your notes.',
        resources: [
          docs(
            'GitHub: about discussions',
            'https://docs.github.com/en/discussions/collaborating-with-your-community-using-discussions/about-discussions',
          ),
          docs(
            'GitHub: basic writing and formatting syntax',
            'https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax',
          ),
        ],
      },
      2: {
        why: 'Meetups and conferences are where many back-end developers hear about jobs and meet the people who hire.',
        minutes: 15,
        doneWhen:
          'You are registered for one meetup or online conference session in your chosen area (you have the confirmation or ticket), and your notes name the talk you most want to see and one question you will ask.',
        resources: [
          docs('PostgreSQL: community events', 'https://www.postgresql.org/about/events/'),
          docs('Kubernetes: community', 'https://kubernetes.io/community/'),
        ],
      },
      3: {
        why: 'Writing about what you learned fixes it in memory and gives employers evidence of how you think.',
        minutes: 25,
        doneWhen:
          'A post or note of at least 300 words with one code snippet is published (e.g. on GitHub Pages) or committed to your repository, and its link is in your notes.',
        resources: [
          docs(
            'GitHub Pages: creating a site',
            'https://docs.github.com/en/pages/getting-started-with-github-pages/creating-a-github-pages-site',
          ),
        ],
      },
      4: {
        why: 'Published, runnable code is what recruiters and reviewers actually look at.',
        minutes: 20,
        doneWhen:
          'The repository is public, its README starts both services with one `docker compose up` and names the task.created event with an example payload, and a fresh clone started by following only the README works.',
        resources: [
          docs(
            'GitHub: about READMEs',
            'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes',
          ),
        ],
      },
    },
  },
});
