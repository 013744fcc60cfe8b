import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

const DRF = 'https://www.django-rest-framework.org';
const EXPRESS = 'https://expressjs.com/en';
const MDN = 'https://developer.mozilla.org/en-US/docs';
const API_DESIGN = 'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design';

export const DETAILS = phaseDetails('p60-api', {
  d1: {
    checks: [
      [
        'What does an RFC 9457 problem-details response look like?',
        'A JSON body served as `application/problem+json` with `type` (a URI naming the kind of problem), `title`, `status`, `detail` and optionally `instance`, plus any extra members you define, such as the invalid fields.',
      ],
      [
        'Which API changes are breaking and need a new version?',
        'Anything that can make an existing client fail: removing or renaming a field or endpoint, changing a type, or making an optional input required. Adding an optional field or a new endpoint is not breaking.',
      ],
    ],
    items: {
      1: {
        why: 'Designing endpoints before coding them gives the front end and back end a contract to build against at the same time.',
        minutes: 30,
        doneWhen:
          'A table in the README lists at least 5 endpoints (list, get one, create, update, delete), each with method, path, request body and an example response.',
        resources: [
          docs('MDN: HTTP request methods', `${MDN}/Web/HTTP/Reference/Methods`),
          docs('MDN: HTTP messages', `${MDN}/Web/HTTP/Guides/Messages`),
        ],
      },
      2: {
        why: 'Correct status codes let clients, proxies and monitoring react to a response without parsing its body.',
        minutes: 25,
        doneWhen:
          'Every row of the table names its success code (200, 201 with a Location header, or 204) and each failure code it can return (400, 404 and any others).',
        resources: [
          docs('MDN: HTTP response status codes', `${MDN}/Web/HTTP/Reference/Status`),
          docs(
            'RFC 9110: HTTP semantics, status codes',
            'https://www.rfc-editor.org/rfc/rfc9110#section-15',
          ),
        ],
      },
      3: {
        why: 'One standard error format means every client can show and log errors the same way, and RFC 9457 is the one frameworks increasingly support out of the box.',
        minutes: 25,
        doneWhen:
          'The README shows example problem-details bodies for a 404 and a 400 (with `type`, `title`, `status`, `detail`, and an `errors` member naming the invalid field), served as `application/problem+json`.',
        resources: [
          docs('RFC 9457: problem details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc9457'),
          docs(
            'Spring MVC: error responses (ProblemDetail)',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html',
            'java',
          ),
          docs(
            'DRF: exceptions and custom error handling',
            `${DRF}/api-guide/exceptions/`,
            'python',
          ),
          docs('Express: error handling', `${EXPRESS}/guide/error-handling.html`, 'javascript'),
        ],
      },
      4: {
        why: 'Clients you do not control keep calling old URLs, so a version in the path lets you change the API without breaking them.',
        minutes: 15,
        doneWhen:
          'Every path in the table starts with /api/v1, and the README names two breaking changes that would need /api/v2 and one change that would not.',
        resources: [docs('Web API design best practices (versioning)', API_DESIGN)],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why must a paginated query have an ORDER BY?',
        'Without it the database may return rows in any order, so page 2 can repeat or skip rows from page 1. Sort by a unique column such as id.',
      ],
      [
        'Why cap the page size at a maximum?',
        'Otherwise one request with `limit=1000000` can load the whole table into memory and slow the server for everyone.',
      ],
    ],
    items: {
      1: {
        why: 'Read endpoints returning JSON are the most common API work, and they are what mobile apps, front ends and other services call.',
        minutes: 45,
        doneWhen: byStack(
          '`curl -i` on /api/v1/tasks returns 200, `Content-Type: application/json` and an array; /api/v1/tasks/1 returns one task object.',
          {
            python:
              'With `djangorestframework` installed and `rest_framework` in INSTALLED_APPS, `curl -i localhost:8000/api/v1/tasks` returns 200 and a JSON array, and /api/v1/tasks/1 returns one task.',
            javascript:
              'A Router mounted at /api/v1 makes `curl -i localhost:3000/api/v1/tasks` return 200 and a JSON array, and /api/v1/tasks/1 one task.',
            java: '`curl -i localhost:8080/api/v1/tasks` returns 200 and a JSON array from a @RestController, and /api/v1/tasks/1 returns one task.',
          },
        ),
        resources: [
          tutorial('DRF tutorial 1: serialization', `${DRF}/tutorial/1-serialization/`, 'python'),
          tutorial(
            'DRF tutorial 2: requests and responses',
            `${DRF}/tutorial/2-requests-and-responses/`,
            'python',
          ),
          docs('Express: routing (express.Router)', `${EXPRESS}/guide/routing.html`, 'javascript'),
          docs('Express API: res.json()', `${EXPRESS}/5x/api.html#res.json`, 'javascript'),
          tutorial(
            'Building a RESTful web service',
            'https://spring.io/guides/gs/rest-service/',
            'java',
          ),
          tutorial(
            'Building REST services with Spring',
            'https://spring.io/guides/tutorials/rest/',
            'java',
          ),
        ],
      },
      2: {
        why: 'curl is on every server, so it is how you check an API when nothing else is available.',
        minutes: 15,
        doneWhen:
          '`curl -i localhost:PORT/api/v1/tasks/999` returns 404 with `Content-Type: application/problem+json` and your problem-details body.',
        resources: [
          docs('curl manual', 'https://curl.se/docs/manpage.html'),
          tutorial('Using curl to automate HTTP jobs', 'https://curl.se/docs/httpscripting.html'),
        ],
      },
      3: {
        why: 'Filtering on the server sends clients only the rows they need instead of the whole table.',
        minutes: 20,
        doneWhen:
          '`?status=done` returns only done tasks, and an unknown status value gives the result you documented (400 or an empty list).',
        resources: [
          docs('DRF: filtering against query parameters', `${DRF}/api-guide/filtering/`, 'python'),
          docs('Express API: req.query', `${EXPRESS}/5x/api.html#req.query`, 'javascript'),
          docs(
            'Spring MVC: @RequestParam',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-methods/requestparam.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'Lists grow without limit, and pagination keeps response size and database load bounded however big the table gets.',
        minutes: 25,
        doneWhen:
          '`?limit=2&offset=2` returns the 3rd and 4th tasks by id, no parameters give your default page size, `limit=1000` is capped at your maximum, and the response tells the client the total or the next page.',
        resources: [
          docs(
            'PostgreSQL: LIMIT and OFFSET',
            'https://www.postgresql.org/docs/current/queries-limit.html',
          ),
          docs('Web API design best practices (filtering and pagination)', API_DESIGN),
          docs('DRF: pagination', `${DRF}/api-guide/pagination/`, 'python'),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why should malformed JSON or a missing field get a 400 and never a 500?',
        'The mistake is the client’s, and a 4xx tells it to fix the request; a 500 claims the server is broken, sets off alerts and may leak a stack trace.',
      ],
    ],
    items: {
      1: {
        why: 'Create, update and delete endpoints are where an API changes data, so their status codes and behaviour must be exact.',
        minutes: 45,
        doneWhen:
          'POST returns 201 with a Location header and the new task, PUT returns 200 with the updated task, DELETE returns 204, and a second DELETE of the same id returns 404.',
        resources: [
          tutorial(
            'DRF tutorial 3: class-based views',
            `${DRF}/tutorial/3-class-based-views/`,
            'python',
          ),
          docs('Express API: express.json()', `${EXPRESS}/5x/api.html#express.json`, 'javascript'),
          tutorial(
            'Building REST services with Spring',
            'https://spring.io/guides/tutorials/rest/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Never trusting input is the first rule of API security, and a precise 400 saves client developers hours.',
        minutes: 25,
        doneWhen: byStack(
          'POST with `{"title": ""}` returns 400 problem details naming `title`, and a body that is not valid JSON also returns 400, not 500.',
          {
            python:
              'POST with `{"title": ""}` returns 400 problem details built from `serializer.errors` naming `title`, and a body that is not valid JSON returns 400, not 500.',
            javascript:
              'POST with `{"title": ""}` returns 400 problem details naming `title`, and invalid JSON (rejected by express.json()) reaches your error handler and returns 400, not 500.',
            java: 'With spring-boot-starter-validation, `@Valid` and `@NotBlank`, POST with `{"title": ""}` returns 400; with `spring.mvc.problemdetails.enabled=true` the body is problem details, and invalid JSON also gets 400.',
          },
        ),
        resources: [
          docs(
            'OWASP: input validation cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
          ),
          docs('DRF: serializers (validation)', `${DRF}/api-guide/serializers/`, 'python'),
          docs('Express: error handling', `${EXPRESS}/guide/error-handling.html`, 'javascript'),
          docs(
            'Spring Boot: validation',
            'https://docs.spring.io/spring-boot/reference/io/validation.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'A saved request collection is living documentation and a quick smoke test after every change.',
        minutes: 15,
        doneWhen:
          'Running your curl script (or the collection runner) calls every endpoint in order (create, list, get, update, delete, get missing), and each response has the status you documented.',
        resources: [
          docs('curl manual (-w and --fail-with-body)', 'https://curl.se/docs/manpage.html'),
        ],
      },
      4: {
        why: 'Automated API tests catch a broken status code or error format the moment it changes, long before a client does.',
        minutes: 30,
        doneWhen: byStack(
          'The test command passes three new tests: valid POST → 201, empty title → 400 problem details, DELETE of a missing id → 404.',
          {
            python:
              '`python manage.py test` passes three APITestCase tests: valid POST → 201, empty title → 400 problem details, DELETE of a missing id → 404.',
            javascript:
              "`node --test` passes three supertest tests: `.post('/api/v1/tasks').send({ title: 'Buy milk' }).expect(201)`, an empty title → 400, DELETE of a missing id → 404.",
            java: '`./mvnw test` passes three MockMvc tests (JSON bodies via `contentType(MediaType.APPLICATION_JSON)`): valid POST → 201, empty title → 400, DELETE of a missing id → 404.',
          },
        ),
        resources: [
          docs('DRF: testing', `${DRF}/api-guide/testing/`, 'python'),
          tool('supertest', 'https://github.com/ladjs/supertest', 'javascript'),
          docs(
            'Spring Framework: MockMvc',
            'https://docs.spring.io/spring-framework/reference/testing/mockmvc.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Does fetch() reject its promise when the server answers 404 or 500?',
        'No. fetch() resolves for any HTTP response and rejects only on network failure, so you must check `response.ok` or `response.status` yourself.',
      ],
    ],
    items: {
      1: {
        why: 'Single-page front ends and mobile apps consume your API this way, so you should feel the contract from the client side.',
        minutes: 35,
        doneWhen:
          'View Source of the task page shows no task rows, yet the list appears, and the Network tab shows GET /api/v1/tasks returning JSON.',
        resources: [
          docs('MDN: using the Fetch API', `${MDN}/Web/API/Fetch_API/Using_Fetch`),
          tutorial(
            'MDN: making network requests with JavaScript',
            `${MDN}/Learn_web_development/Core/Scripting/Network_requests`,
          ),
        ],
      },
      2: {
        why: 'Sending JSON with the right method and headers is exactly what every API client must do, and debugging it from the browser is a daily skill.',
        minutes: 40,
        doneWhen: byStack(
          'Adding a task sends a POST with `Content-Type: application/json` (201 in the Network tab) and it appears without a reload; deleting sends DELETE (204) and it disappears.',
          {
            python:
              'Adding a task sends a POST with `Content-Type: application/json` and an `X-CSRFToken` header read from the csrftoken cookie (DRF enforces CSRF for logged-in sessions); it appears without a reload, and DELETE (204) removes it.',
            javascript:
              'Adding a task sends a POST with `Content-Type: application/json` (201 in the Network tab) and it appears without a reload; deleting sends DELETE (204) and it disappears.',
            java: 'Adding a task sends a POST with `Content-Type: application/json` (201 in the Network tab) and it appears without a reload; deleting sends DELETE (204) and it disappears.',
          },
        ),
        resources: [
          docs('MDN: Window.fetch()', `${MDN}/Web/API/Window/fetch`),
          docs(
            'Django: CSRF protection with AJAX',
            'https://docs.djangoproject.com/en/stable/howto/csrf/#using-csrf-protection-with-ajax',
            'python',
          ),
        ],
      },
      3: {
        why: 'Clear error messages built from the API’s problem details are what make failures understandable to users and support staff.',
        minutes: 20,
        doneWhen:
          'With the server stopped, and again for a missing task, the page shows a readable message (using the problem `title` or `detail`) instead of nothing or a raw error.',
        resources: [docs('MDN: Response.ok', `${MDN}/Web/API/Response/ok`)],
      },
    },
  },
  d5: {
    checks: [
      [
        'Which of GET, PUT, DELETE and POST are idempotent, and why does that matter?',
        'GET, PUT and DELETE are: repeating them leaves the server in the same state, so a client can retry after a timeout. POST is not, so a retried POST can create a duplicate unless the API accepts an idempotency key.',
      ],
      [
        'What does a GraphQL client control that a REST client usually does not?',
        'The shape of the response: the query names exactly the fields it wants, possibly across related objects, in one request to a single endpoint.',
      ],
    ],
    items: {
      1: {
        why: 'An API nobody can understand does not get used, and good docs save you answering the same questions.',
        minutes: 30,
        doneWhen:
          'The README has a section per endpoint with method and path, an example curl request, an example response and its error statuses.',
        resources: [
          docs(
            'GitHub: basic writing and formatting syntax',
            'https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax',
          ),
          docs(
            'OpenAPI Specification (for machine-readable docs later)',
            'https://spec.openapis.org/oas/latest.html',
          ),
        ],
      },
      2: {
        why: 'Back ends constantly call other services, and each call needs a timeout and an error path so one slow service cannot hang yours.',
        minutes: 30,
        doneWhen: byStack(
          'Your endpoint returns 2–3 fields picked from a public API that needs no key (such as Open-Meteo); the outgoing call has a timeout, and when it fails your endpoint returns 502 with problem details.',
          {
            python:
              'Your endpoint returns 2–3 fields from a keyless public API (such as Open-Meteo) fetched with `urllib.request.urlopen(url, timeout=5)` (or requests); on failure it returns 502 with problem details.',
            javascript:
              'Your endpoint returns 2–3 fields from a keyless public API (such as Open-Meteo) fetched with Node’s built-in fetch and `AbortSignal.timeout(5000)`; on failure it returns 502 with problem details.',
            java: 'Your endpoint returns 2–3 fields from a keyless public API (such as Open-Meteo) fetched with Spring’s RestClient (with a timeout set); on failure it returns 502 with problem details.',
          },
        ),
        resources: [
          docs('urllib.request', 'https://docs.python.org/3/library/urllib.request.html', 'python'),
          docs('Node.js globals: fetch', 'https://nodejs.org/api/globals.html#fetch', 'javascript'),
          docs(
            'MDN: AbortSignal.timeout()',
            `${MDN}/Web/API/AbortSignal/timeout_static`,
            'javascript',
          ),
          docs(
            'Spring Framework: REST clients',
            'https://docs.spring.io/spring-framework/reference/integration/rest-clients.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Networks fail mid-request, and knowing which calls are safe to retry prevents double orders and duplicate records.',
        minutes: 20,
        doneWhen:
          'The list marks GET, PUT and DELETE idempotent and POST not, with one reason each, and notes how an Idempotency-Key header (the server stores each key with its first response) would make a retried POST safe.',
        resources: [
          docs('MDN glossary: idempotent', `${MDN}/Glossary/Idempotent`),
          docs(
            'RFC 9110: idempotent methods',
            'https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2',
          ),
        ],
      },
      4: {
        why: 'GraphQL is a common alternative to REST, and building a tiny endpoint shows when letting clients pick fields is worth it.',
        minutes: 35,
        doneWhen: byStack(
          '`curl -X POST localhost:PORT/graphql -H \'Content-Type: application/json\' -d \'{"query":"{ tasks { id title } }"}\'` returns `{"data":{"tasks":[…]}}` with only id and title.',
          {
            python:
              'With strawberry-graphql and its Django view mounted as `path("graphql", csrf_exempt(GraphQLView.as_view(schema=schema)))` (as its Django guide shows, so curl can POST without a CSRF token), POSTing `{"query":"{ tasks { id title } }"}` returns `{"data":{"tasks":[…]}}` with only id and title.',
            javascript:
              'With the graphql and graphql-http packages mounted on /graphql, POSTing `{"query":"{ tasks { id title } }"}` with curl returns `{"data":{"tasks":[…]}}` with only id and title.',
            java: 'With spring-boot-starter-graphql, a schema.graphqls and a @QueryMapping, POSTing `{"query":"{ tasks { id title } }"}` to /graphql returns `{"data":{"tasks":[…]}}` with only id and title.',
          },
        ),
        resources: [
          docs('GraphQL: schemas and types', 'https://graphql.org/learn/schema/'),
          tool(
            'Strawberry GraphQL (see its Django integration)',
            'https://github.com/strawberry-graphql/strawberry',
            'python',
          ),
          tool('graphql-http', 'https://github.com/graphql/graphql-http', 'javascript'),
          tutorial(
            'Building a GraphQL service',
            'https://spring.io/guides/gs/graphql-server/',
            'java',
          ),
        ],
      },
    },
  },
});
