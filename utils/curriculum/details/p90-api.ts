import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

const MDN = 'https://developer.mozilla.org/en-US/docs';
const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110.html';
const DRF = 'https://www.django-rest-framework.org/api-guide';
const EXPRESS = 'https://expressjs.com/en';

export const DETAILS = phaseDetails('p90-api', {
  d1: {
    checks: [
      [
        'What does "stateless" mean for a REST API?',
        'Each request carries everything the server needs to handle it (credentials, ids, parameters), and the server keeps no conversation memory between requests, so any instance behind a load balancer can answer.',
      ],
      [
        'What does an RFC 9457 problem details response contain?',
        'A JSON body sent as application/problem+json with the standard members type (a URI naming the kind of error; "about:blank" when left out), title, status, detail and instance, all of them optional, plus any extension members you define, such as a list of invalid fields.',
      ],
    ],
    items: {
      1: {
        why: 'REST conventions let other developers use your API without reading all of its code, and interviews test them often.',
        minutes: 20,
        doneWhen:
          'Your note explains resources, methods, status codes and statelessness, each with one example request and response from your task tracker.',
        resources: [
          docs('RFC 9110: HTTP semantics', RFC9110),
          docs('An overview of HTTP', `${MDN}/Web/HTTP/Guides/Overview`),
          docs('REST', `${MDN}/Glossary/REST`),
        ],
      },
      2: {
        why: 'Designing endpoints before coding them keeps the API consistent and is how teams agree on a contract with front-end developers and other services.',
        minutes: 25,
        doneWhen:
          'A table lists every endpoint for tasks and projects (for example GET /projects/{id}/tasks) with method, path, request body, success status and error statuses.',
        resources: [
          docs(
            'Web API design best practices (Microsoft)',
            'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design',
          ),
          docs('HTTP response status codes', `${MDN}/Web/HTTP/Reference/Status`),
        ],
      },
      3: {
        why: 'One standard error format lets clients handle every failure with one piece of code, and RFC 9457 is the format frameworks now support.',
        minutes: 15,
        doneWhen:
          'Your note shows an example problem details body for a 404 and one for a 400 with an errors list, both sent as application/problem+json, and states your field naming style (for example snake_case) with two example fields.',
        resources: [
          docs('RFC 9457: Problem Details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc9457'),
        ],
      },
      4: {
        why: 'Clients break when an API changes under them, so a version prefix and a clear idea of what counts as a breaking change protect everyone who depends on you.',
        minutes: 15,
        doneWhen:
          'Your endpoint table uses /api/v1/ paths, and your note lists three breaking changes (for example removing or renaming a field, or making an optional field required) and three safe ones (for example adding an optional field or a new endpoint).',
        resources: [
          docs(
            'GitHub REST API: API versions',
            'https://docs.github.com/en/rest/about-the-rest-api/api-versions',
          ),
          docs('Semantic Versioning 2.0.0', 'https://semver.org/spec/v2.0.0.html'),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why return 404 with a problem details body instead of 200 with {"error": ...}?',
        'Clients, proxies and monitoring decide what happened from the status code; a 200 would be cached and counted as a success, while a 404 with a standard body tells both machines and people exactly what went wrong.',
      ],
      [
        'What does curl -i show that plain curl does not?',
        'The status line and the response headers (such as Content-Type and Location) before the body, which you need to see to check that an endpoint answers correctly.',
      ],
    ],
    items: {
      1: {
        why: 'List and detail endpoints are the backbone of every API, and turning your models into clean JSON is a daily task.',
        minutes: 35,
        doneWhen: byStack(
          'GET /api/v1/tasks returns a JSON array of tasks and GET /api/v1/tasks/1 returns one task as a JSON object.',
          {
            python:
              'With djangorestframework installed and in INSTALLED_APPS, GET /api/v1/tasks/ returns a JSON array and GET /api/v1/tasks/1/ one task, through a ModelSerializer and a viewset registered on a router.',
            javascript:
              'GET /api/v1/tasks returns a JSON array of tasks and GET /api/v1/tasks/1 returns one task, from an express.Router mounted at /api/v1.',
            java: 'GET /api/v1/tasks returns a JSON array and GET /api/v1/tasks/1 returns one task from a @RestController, using a record as the response type so JPA internals stay out of the JSON.',
          },
        ),
        resources: [
          docs('DRF: serializers', `${DRF}/serializers/`, 'python'),
          docs('DRF: viewsets', `${DRF}/viewsets/`, 'python'),
          docs('Express: routing (express.Router)', `${EXPRESS}/guide/routing.html`, 'javascript'),
          docs('Express 5 API: res.json()', `${EXPRESS}/5x/api.html#res.json`, 'javascript'),
          tutorial(
            'Spring guide: building a RESTful web service',
            'https://spring.io/guides/gs/rest-service/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Consistent, standard error responses make an API pleasant to integrate with and easy to monitor.',
        minutes: 20,
        doneWhen: byStack(
          'GET on a missing task returns 404 with Content-Type application/problem+json and a body with type, title, status and detail.',
          {
            python:
              'GET /api/v1/tasks/999/ returns 404 with Content-Type application/problem+json and a body with type, title, status and detail, produced by a custom DRF exception handler set in REST_FRAMEWORK.',
            javascript:
              'GET /api/v1/tasks/999 returns 404 with Content-Type application/problem+json and a body with type, title, status and detail, sent from one error-handling middleware.',
            java: 'With spring.mvc.problemdetails.enabled=true, GET /api/v1/tasks/999 (which throws ResponseStatusException with NOT_FOUND) returns 404 with Content-Type application/problem+json and type, title, status and detail.',
          },
        ),
        resources: [
          docs('RFC 9457: Problem Details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc9457'),
          docs('DRF: exceptions (custom exception handling)', `${DRF}/exceptions/`, 'python'),
          docs('Express: error handling', `${EXPRESS}/guide/error-handling.html`, 'javascript'),
          docs(
            'Spring MVC: error responses (ProblemDetail)',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Testing endpoints from the command line is the quickest way to check an API and to reproduce a bug report.',
        minutes: 15,
        doneWhen:
          '`curl -i` on the task list, an existing task and a missing task shows 200, 200 and 404 with the headers and bodies you expected.',
        resources: [
          docs('curl man page', 'https://curl.se/docs/manpage.html'),
          tutorial('HTTP scripting with curl', 'https://curl.se/docs/httpscripting.html'),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'What is the difference between PUT and PATCH?',
        'PUT replaces the whole resource with the body you send (so fields you leave out are cleared or rejected) and is idempotent; PATCH applies a partial change, such as only the status.',
      ],
      [
        'Why is POST not idempotent, and how does an Idempotency-Key make retrying it safe?',
        'Each POST creates a new resource, so a retry after a timeout can create a duplicate; with an Idempotency-Key the server remembers the key and returns the first result for a repeat instead of creating a second one.',
      ],
    ],
    items: {
      1: {
        why: 'Write endpoints are where business rules and data integrity live, and each method has a meaning clients rely on.',
        minutes: 35,
        doneWhen:
          'POST creates a task, PUT replaces it, PATCH changes only its status, and DELETE returns 204 after which GET on that task returns 404, all checked with curl.',
        resources: [
          docs('RFC 9110: methods', `${RFC9110}#name-methods`),
          docs('RFC 5789: PATCH method for HTTP', 'https://www.rfc-editor.org/rfc/rfc5789'),
          docs('DRF: generic views and mixins', `${DRF}/generic-views/`, 'python'),
          docs(
            'Express 5 API: express.json()',
            `${EXPRESS}/5x/api.html#express.json`,
            'javascript',
          ),
          tutorial(
            'Building REST services with Spring',
            'https://spring.io/guides/tutorials/rest/',
            'java',
          ),
        ],
      },
      2: {
        why: 'A Location header tells clients where the new resource lives, so they never have to guess its URL.',
        minutes: 10,
        doneWhen:
          '`curl -i -X POST` with a JSON body returns 201 Created and a Location header such as /api/v1/tasks/42, and GET on that URL returns the new task.',
        resources: [
          docs('201 Created', `${MDN}/Web/HTTP/Reference/Status/201`),
          docs('Location header', `${MDN}/Web/HTTP/Reference/Headers/Location`),
        ],
      },
      3: {
        why: 'A saved, repeatable set of requests is living documentation and a quick smoke test after every change.',
        minutes: 15,
        doneWhen:
          'Running your curl script (or Postman collection) from top to bottom creates, reads, updates and deletes a task, and every response has the status you expected.',
        resources: [
          tutorial('HTTP scripting with curl', 'https://curl.se/docs/httpscripting.html'),
        ],
      },
      4: {
        why: 'Networks fail and clients retry, and without idempotency a retried order or payment is created twice; this is a standard API design question.',
        minutes: 25,
        doneWhen:
          'Sending the same POST twice with -H "Idempotency-Key: abc-123" returns the same task id both times and adds one row to the tasks table, while the same POST without the header adds two.',
        resources: [
          docs('Idempotent', `${MDN}/Glossary/Idempotent`),
          docs('RFC 9110: idempotent methods', `${RFC9110}#name-idempotent-methods`),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'What do 400, 405, 415 and 422 each mean?',
        '400 Bad Request: the request is malformed, such as broken JSON; 405 Method Not Allowed: the path exists but not for that method (sent with an Allow header); 415 Unsupported Media Type: the body format is not accepted; 422 Unprocessable Content: well-formed but invalid data, which some APIs use instead of 400 for validation errors.',
      ],
      [
        'Why test one success and two failures per endpoint instead of only the success?',
        'Failures are where real bugs and security holes hide (missing validation, a 500 instead of a 400), and testing them pins down the error contract clients rely on.',
      ],
    ],
    items: {
      1: {
        why: 'Never trusting input is the first rule of API security, and precise field errors save client developers hours.',
        minutes: 30,
        doneWhen:
          'A POST with an empty title and an invalid due date returns 400 as problem details with an errors list naming both fields, and nothing is saved.',
        resources: [
          docs(
            'OWASP REST Security Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html',
          ),
          docs('DRF: serializer validation', `${DRF}/serializers/#validation`, 'python'),
          docs('Zod: basic usage (parse and safeParse)', 'https://zod.dev/basics', 'javascript'),
          docs(
            'Spring Boot: validation',
            'https://docs.spring.io/spring-boot/reference/io/validation.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Correct status codes for broken requests let clients tell their own mistakes from your bugs, and keep false 500s out of your logs.',
        minutes: 15,
        doneWhen: byStack(
          '`curl -i` with the truncated body {"title": returns 400 as problem details, DELETE on the collection URL returns 405 with an Allow header, and neither response contains a stack trace.',
          {
            python:
              '`curl -i` with the truncated body {"title": returns 400 as problem details (DRF raises ParseError), DELETE on the collection URL returns 405 with an Allow header (the router does this for you), and neither response contains a stack trace.',
            javascript:
              '`curl -i` with the truncated body {"title": returns 400 as problem details (express.json() passes a SyntaxError with status 400 to your error handler), DELETE on the collection URL returns 405 with an Allow header (Express answers 404 there until you chain an .all() handler that sends 405 after .get() and .post() on router.route("/tasks")), and neither response contains a stack trace.',
            java: '`curl -i` with the truncated body {"title": returns 400 as problem details (HttpMessageNotReadableException), DELETE on the collection URL returns 405 with an Allow header (HttpRequestMethodNotSupportedException), and neither response contains a stack trace.',
          },
        ),
        resources: [
          docs('400 Bad Request', `${MDN}/Web/HTTP/Reference/Status/400`),
          docs('405 Method Not Allowed', `${MDN}/Web/HTTP/Reference/Status/405`),
          docs('415 Unsupported Media Type', `${MDN}/Web/HTTP/Reference/Status/415`),
        ],
      },
      3: {
        why: 'API tests are the safety net that lets you refactor and upgrade, and they document the contract better than prose.',
        minutes: 35,
        doneWhen: byStack(
          'Your test command runs one success and two failure tests for each of POST, PUT, PATCH and DELETE, and all of them pass.',
          {
            python:
              '`python manage.py test` runs APITestCase tests with one success and two failures for each of POST, PUT, PATCH and DELETE, and all of them pass.',
            javascript:
              '`node --test` runs supertest tests with one success and two failures for each of POST, PUT, PATCH and DELETE, and all of them pass.',
            java: '`./mvnw test` (or `./gradlew test`) runs MockMvc tests with one success and two failures for each of POST, PUT, PATCH and DELETE, and all of them pass.',
          },
        ),
        resources: [
          docs('DRF: testing', `${DRF}/testing/`, 'python'),
          tool('supertest', 'https://github.com/forwardemail/supertest', 'javascript'),
          docs(
            'Spring Boot: testing Spring Boot applications',
            'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html',
            'java',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why must sort fields come from a whitelist?',
        'Column names cannot be sent as SQL parameters, so an unchecked sort value would be pasted into ORDER BY (SQL injection) or let clients sort on private or unindexed columns; mapping allowed names to columns prevents both.',
      ],
      [
        'What is the weakness of OFFSET pagination on large tables, and what is the alternative?',
        'The database still reads and throws away every skipped row, so deep pages get slow, and rows inserted between requests shift items across pages; keyset (cursor) pagination continues after the last value seen instead, as in WHERE id > :last_id ORDER BY id LIMIT 20.',
      ],
    ],
    items: {
      1: {
        why: 'Filters let clients fetch only what they need, which keeps responses small and queries cheap.',
        minutes: 25,
        doneWhen:
          '?status=open returns only open tasks, ?due_before=2026-12-31 only tasks due before that date, the two combine, and an invalid date returns 400 as problem details.',
        resources: [
          docs('DRF: filtering', `${DRF}/filtering/`, 'python'),
          docs('Express 5 API: req.query', `${EXPRESS}/5x/api.html#req.query`, 'javascript'),
          docs(
            'Spring MVC: @RequestParam',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-methods/requestparam.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Unbounded lists eventually time out or run out of memory, and pagination with a cap keeps every response fast.',
        minutes: 25,
        doneWhen: byStack(
          '?page=2&page_size=10 returns tasks 11–20 together with the total count, and page_size=1000 is capped at your maximum (for example 100).',
          {
            python:
              'With PageNumberPagination (page_size_query_param and max_page_size = 100), ?page=2&page_size=10 returns tasks 11–20 with count, next and previous, and page_size=1000 returns at most 100.',
            javascript:
              '?page=2&page_size=10 returns tasks 11–20 together with the total count from a COUNT(*) query, and page_size=1000 is capped at your maximum (for example 100).',
            java: 'Spring Data pages start at 0, so ?page=1&size=10 returns tasks 11–20 with totalElements, and size=1000 is capped by spring.data.web.pageable.max-page-size=100.',
          },
        ),
        resources: [
          docs(
            'GitHub REST API: using pagination',
            'https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api',
          ),
          docs('DRF: pagination', `${DRF}/pagination/`, 'python'),
          docs(
            'PostgreSQL: LIMIT and OFFSET',
            'https://www.postgresql.org/docs/current/queries-limit.html',
            'javascript',
          ),
          docs(
            'Spring Data JPA: paging and sorting',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/query-methods-details.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Sorting is expected on any list, and a whitelist of fields keeps it from becoming an injection or performance hole.',
        minutes: 20,
        doneWhen: byStack(
          '?sort=due_date and ?sort=-due_date return opposite orders, and a field outside your whitelist (such as ?sort=password) returns 400 as problem details.',
          {
            python:
              'With OrderingFilter and ordering_fields = ["due_date", "title"], ?ordering=due_date and ?ordering=-due_date return opposite orders, and a field outside the list (such as ?ordering=owner__password) is ignored rather than applied.',
            javascript:
              '?sort=due_date and ?sort=-due_date return opposite orders through a map from allowed names to column names, and any other value (such as ?sort=password) returns 400 as problem details.',
            java: '?sort=dueDate,asc and ?sort=dueDate,desc return opposite orders, and a property outside your allowed set (such as ?sort=password) returns 400 as problem details instead of a 500.',
          },
        ),
        resources: [
          docs(
            'OWASP SQL Injection Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
          ),
          docs('DRF: OrderingFilter', `${DRF}/filtering/#orderingfilter`, 'python'),
          docs(
            'Spring Data: web support (Pageable and Sort)',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/core-extensions.html',
            'java',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'Why does your page need no CORS setup to call your API?',
        'The page and the API come from the same origin (scheme, host and port), and the same-origin policy only restricts requests to other origins; a front end served from another port or domain would need CORS headers from the API.',
      ],
      [
        'Why set a timeout when your back end calls a third-party API?',
        'Without one, a slow or hung provider keeps your request, and a worker or connection with it, waiting indefinitely, and enough of those take your own service down; with a timeout you fail fast and answer with a clear 502 or 504.',
      ],
    ],
    items: {
      1: {
        why: 'Most modern pages talk to a JSON API, and wiring your own page to your own API shows both sides of that contract.',
        minutes: 35,
        doneWhen: byStack(
          'The task page loads its list with fetch("/api/v1/tasks") and marks a task done with a PATCH request, updating the page without a reload, and the Network panel shows both requests.',
          {
            python:
              'The task page loads its list with fetch("/api/v1/tasks/") and marks a task done with a PATCH that sends the X-CSRFToken header (DRF rejects it with 403 otherwise once you are logged in), updating the page without a reload.',
            javascript:
              'The task page loads its list with fetch("/api/v1/tasks") and marks a task done with a PATCH request, updating the page without a reload, and the Network panel shows both requests.',
            java: 'The task page loads its list with fetch("/api/v1/tasks") and marks a task done with a PATCH request, updating the page without a reload, and the Network panel shows both requests.',
          },
        ),
        resources: [
          docs('Using the Fetch API', `${MDN}/Web/API/Fetch_API/Using_Fetch`),
          docs(
            'Django: CSRF protection with AJAX',
            'https://docs.djangoproject.com/en/stable/howto/csrf/#using-csrf-protection-with-ajax',
            'python',
          ),
        ],
      },
      2: {
        why: 'Networks are slow and APIs fail, and showing that honestly is part of any good integration.',
        minutes: 15,
        doneWhen:
          'A "Loading…" message shows while the list loads (visible with DevTools network throttling), an error message shows when the server is stopped, and a 4xx or 5xx answer is treated as an error too, because fetch() only rejects on network failures.',
        resources: [
          docs('Response: ok property', `${MDN}/Web/API/Response/ok`),
          docs('Window: fetch() method', `${MDN}/Web/API/Window/fetch`),
        ],
      },
      3: {
        why: 'Back ends constantly call other services (payments, email, maps), and doing it with timeouts and error handling is a core skill.',
        minutes: 25,
        doneWhen: byStack(
          'An endpoint of yours returns part of a third-party response (for example a repository’s star count from the GitHub API) using a 5-second timeout, and answers 502 or 504 as problem details when the call fails.',
          {
            python:
              'An endpoint of yours returns part of a third-party response (for example a repository’s star count from the GitHub API) using urllib.request.urlopen(..., timeout=5), and answers 502 or 504 as problem details when the call fails.',
            javascript:
              'An endpoint of yours returns part of a third-party response (for example a repository’s star count from the GitHub API) using fetch with signal: AbortSignal.timeout(5000), and answers 502 or 504 as problem details when the call fails.',
            java: 'An endpoint of yours returns part of a third-party response (for example a repository’s star count from the GitHub API) using RestClient or java.net.http.HttpClient with a 5-second timeout, and answers 502 or 504 as problem details when the call fails.',
          },
        ),
        resources: [
          docs(
            'GitHub REST API: get a repository',
            'https://docs.github.com/en/rest/repos/repos#get-a-repository',
          ),
          docs('urllib.request', 'https://docs.python.org/3/library/urllib.request.html', 'python'),
          docs('AbortSignal.timeout()', `${MDN}/Web/API/AbortSignal/timeout_static`, 'javascript'),
          docs(
            'Spring Framework: REST clients',
            'https://docs.spring.io/spring-framework/reference/integration/rest-clients.html',
            'java',
          ),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'Which HTTP methods are safe and which are idempotent?',
        'Safe methods (GET, HEAD, OPTIONS) change nothing on the server; idempotent methods leave the same end state however often you repeat them, which covers the safe methods plus PUT and DELETE. POST and PATCH are neither by default.',
      ],
      [
        'How does a GraphQL request for tasks with their project names differ from REST?',
        'The client sends one query to a single endpoint naming exactly the fields it wants, including the nested project name, and gets one response; with REST it calls /tasks and perhaps each /projects/{id}, getting whatever fields each endpoint returns.',
      ],
    ],
    items: {
      1: {
        why: 'An OpenAPI description is the contract other teams and tools (client generators, tests, gateways) rely on, and interactive docs make your API easy to try.',
        minutes: 35,
        doneWhen: byStack(
          'An OpenAPI document describes every task endpoint, and Swagger UI lists them and runs "Try it out" on GET /api/v1/tasks successfully.',
          {
            python:
              'With drf-spectacular installed, /api/schema/ returns the OpenAPI document and /api/docs/ shows Swagger UI listing every task endpoint, where "Try it out" on GET /api/v1/tasks/ returns your tasks.',
            javascript:
              'Your openapi.yaml describes every task endpoint with request and response schemas, and /api-docs (swagger-ui-express) lists them and runs "Try it out" on GET /api/v1/tasks successfully.',
            java: 'With springdoc-openapi (the release line that matches your Spring Boot version) added, /v3/api-docs returns the OpenAPI document and /swagger-ui.html lists every task endpoint, where "Try it out" on GET /api/v1/tasks works.',
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
          docs(
            'OpenAPI basic structure',
            'https://swagger.io/docs/specification/v3_0/basic-structure/',
            'javascript',
          ),
          tool('springdoc-openapi', 'https://github.com/springdoc/springdoc-openapi', 'java'),
        ],
      },
      2: {
        why: 'GraphQL is a common alternative to REST, and knowing when each fits is a frequent interview and design discussion.',
        minutes: 20,
        doneWhen:
          'Your note contains a GraphQL query for tasks with id, title, status and project { name }, the REST calls your API needs for the same data, and one advantage and one drawback of each approach.',
        resources: [
          tutorial('GraphQL: queries', 'https://graphql.org/learn/queries/'),
          docs('Introduction to GraphQL', 'https://graphql.org/learn/'),
        ],
      },
      3: {
        why: 'Knowing which calls are safe to repeat decides how clients, proxies and your own code can recover from failures.',
        minutes: 15,
        doneWhen:
          'A table marks each endpoint of your API as safe, idempotent or neither with a one-line reason, matching RFC 9110 (GET is safe; PUT and DELETE are idempotent; POST and PATCH are neither, although your Idempotency-Key makes retrying that POST safe).',
        resources: [
          docs('RFC 9110: safe methods', `${RFC9110}#name-safe-methods`),
          docs('Safe (HTTP methods)', `${MDN}/Glossary/Safe/HTTP`),
          docs('Idempotent', `${MDN}/Glossary/Idempotent`),
        ],
      },
    },
  },
});
