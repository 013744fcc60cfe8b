import { byStack } from '../build';
import { docs, phaseDetails, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-api', {
  d1: {
    checks: [
      [
        'Why put a version such as /api/v1 in the path?',
        'So you can later ship breaking changes as /api/v2 while existing clients keep working on v1; without a version, one incompatible change breaks every client at once.',
      ],
      [
        'What are the trade-offs of limit/offset pagination?',
        'It is simple and lets clients jump to any page, but large offsets get slow and rows can shift between pages while data changes; cursor (keyset) pagination avoids both by continuing after the last id seen.',
      ],
    ],
    items: {
      1: {
        why: 'JSON endpoints are what front ends, mobile apps and other services actually call, so they are the core of most back-end work.',
        minutes: 60,
        doneWhen: byStack(
          '`curl -i` on /api/v1/tasks returns 200 with `Content-Type: application/json` and a JSON array of your tasks, and /api/v1/tasks/1 returns one task object.',
          {
            python:
              '`curl -i localhost:8000/api/v1/tasks` returns 200 with `Content-Type: application/json` and your tasks as JSON (pass `safe=False` to JsonResponse for a list), and /api/v1/tasks/1 returns one task object.',
            javascript:
              '`curl -i localhost:3000/api/v1/tasks` returns 200 with `Content-Type: application/json` and a JSON array of your tasks, and /api/v1/tasks/1 returns one task object.',
            java: '`curl -i localhost:8080/api/v1/tasks` returns 200 with `Content-Type: application/json` and a JSON array of your tasks, and /api/v1/tasks/1 returns one task object.',
          },
        ),
        resources: [
          docs(
            'Django: JsonResponse objects',
            'https://docs.djangoproject.com/en/stable/ref/request-response/#jsonresponse-objects',
            'python',
          ),
          tutorial(
            'Django REST framework: quickstart (if you choose DRF)',
            'https://www.django-rest-framework.org/tutorial/quickstart/',
            'python',
          ),
          docs(
            'Express: res.json()',
            'https://expressjs.com/en/5x/api.html#res.json',
            'javascript',
          ),
          tutorial(
            'Spring guide: building a RESTful web service',
            'https://spring.io/guides/gs/rest-service',
            'java',
          ),
        ],
      },
      2: {
        why: 'Checking status codes from the command line catches wrong answers, such as 200 with an error message, before any client relies on them.',
        minutes: 20,
        doneWhen:
          'You have two terminal outputs: a status line with 200 for an existing id and one with 404 for an id such as 99999.',
        resources: [
          docs('curl: command-line options', 'https://curl.se/docs/manpage.html'),
          docs(
            'MDN: 404 Not Found',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404',
          ),
        ],
      },
      3: {
        why: 'Unbounded lists get slower and heavier as data grows, so real APIs page their results from the start; adding paging later breaks clients.',
        minutes: 45,
        doneWhen:
          'The response has the shape `{"items": [...], "total": N}`, where N counts all tasks, not just this page; `?limit=5&offset=5` returns the 6th to 10th tasks (ordered by id), `?limit=500` is capped at 100 items, and no parameters return at most the first 20.',
        resources: [
          docs(
            'Microsoft: web API design (filtering and pagination)',
            'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design',
          ),
          docs(
            'Django: limiting QuerySets',
            'https://docs.djangoproject.com/en/stable/topics/db/queries/#limiting-querysets',
            'python',
          ),
          docs(
            'Express: req.query',
            'https://expressjs.com/en/5x/api.html#req.query',
            'javascript',
          ),
          docs(
            'Spring Data JPA: paging and limiting query results',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/query-methods-details.html#repositories.special-parameters',
            'java',
          ),
        ],
      },
      4: {
        why: 'Every API must know who is calling: server-side sessions are easy to revoke, signed tokens such as JWTs need no session store but stay valid until they expire, and interviews ask for exactly this trade-off.',
        minutes: 35,
        doneWhen: byStack(
          'The JWT\'s middle part decodes to JSON with `"iss":"joe"` and `"exp":1300819380` (March 2011, long expired); the session cookie you found holds only an opaque random id (note whether it is HttpOnly and Secure); and four lines of notes say where each keeps its state, what the client sends on every request (a cookie, or an `Authorization: Bearer` header), how logout works (the server deletes the session; a signed JWT stays valid until `exp` unless the server keeps a deny-list, so access tokens are kept short-lived), and why a JWT payload must never hold secrets (anyone can decode it; the signature only detects changes).',
          {
            python:
              'The JWT\'s middle part decodes (`base64.urlsafe_b64decode(part + "==")`) to JSON with `"iss":"joe"` and `"exp":1300819380` (March 2011, long expired); the sessionid cookie is HttpOnly, its value is the session_key of a row in django_session, and after you log out that row is gone; and four lines of notes say where each keeps its state, what the client sends on every request (a cookie, or an `Authorization: Bearer` header), how logout works (delete the session; a signed JWT stays valid until `exp` unless the server keeps a deny-list, so access tokens are kept short-lived), and why a JWT payload must never hold secrets (anyone can decode it; the signature only detects changes).',
            javascript:
              'The JWT\'s middle part decodes to JSON with `"iss":"joe"` and `"exp":1300819380` (March 2011, long expired); the session cookie you found in the Application (or Storage) tab holds only an opaque random id (note whether it is HttpOnly and Secure); and four lines of notes say where each keeps its state, what the client sends on every request (a cookie, or an `Authorization: Bearer` header), how logout works (the server deletes the session; a signed JWT stays valid until `exp` unless the server keeps a deny-list, so access tokens are kept short-lived), and why a JWT payload must never hold secrets (anyone can decode it; the signature only detects changes).',
            java: 'The JWT\'s middle part decodes (`new String(Base64.getUrlDecoder().decode(part))` in jshell) to JSON with `"iss":"joe"` and `"exp":1300819380` (March 2011, long expired); the session cookie you found in the Application (or Storage) tab holds only an opaque random id (note whether it is HttpOnly and Secure); and four lines of notes say where each keeps its state, what the client sends on every request (a cookie, or an `Authorization: Bearer` header), how logout works (the server deletes the session; a signed JWT stays valid until `exp` unless the server keeps a deny-list, so access tokens are kept short-lived), and why a JWT payload must never hold secrets (anyone can decode it; the signature only detects changes).',
          },
        ),
        resources: [
          docs(
            'OWASP: session management cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
          ),
          docs(
            'RFC 7519: JSON Web Token (example in section 3.1)',
            'https://www.rfc-editor.org/rfc/rfc7519.html',
          ),
          docs(
            'Django: how to use sessions',
            'https://docs.djangoproject.com/en/stable/topics/http/sessions/',
            'python',
          ),
          docs(
            'Node.js: Buffer character encodings (base64url)',
            'https://nodejs.org/api/buffer.html#buffers-and-character-encodings',
            'javascript',
          ),
          docs(
            'Java 21 API: Base64',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Base64.html',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What is middleware, and what is it good for?',
        'Code that runs around every request, before and after your handler. It suits cross-cutting jobs such as logging, timing, authentication and error handling.',
      ],
      [
        'Why does a create answer 201 and a delete 204?',
        '201 Created says a new resource now exists (ideally with a Location header pointing at it); 204 No Content says the action worked and there is deliberately no body to send back.',
      ],
    ],
    items: {
      1: {
        why: 'Create, update and delete endpoints complete the CRUD contract, and the right status codes tell clients exactly what happened.',
        minutes: 60,
        doneWhen: byStack(
          'curl shows 201 with the new task for POST, 200 for PUT and 204 with an empty body for DELETE.',
          {
            python:
              'curl shows 201 with the new task for POST, 200 for PUT and 204 with an empty body for DELETE; the JSON views carry `@csrf_exempt`, because API clients send no CSRF token and Django would otherwise answer 403.',
            javascript:
              'curl shows 201 with the new task for POST, 200 for PUT and 204 with an empty body for DELETE; `app.use(express.json())` is registered so `req.body` holds the parsed JSON.',
            java: 'curl shows 201 (`ResponseEntity.created(...)`) for POST, 200 for PUT and 204 (`ResponseEntity.noContent()`) for DELETE, with the JSON read through `@RequestBody`.',
          },
        ),
        resources: [
          docs(
            'MDN: HTTP request methods',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Methods',
          ),
          docs(
            'Django: CSRF protection',
            'https://docs.djangoproject.com/en/stable/ref/csrf/',
            'python',
          ),
          docs(
            'Express: express.json()',
            'https://expressjs.com/en/5x/api.html#express.json',
            'javascript',
          ),
          tutorial(
            'Spring: building REST services with Spring',
            'https://spring.io/guides/tutorials/rest',
            'java',
          ),
        ],
      },
      2: {
        why: 'Request logs with timings are the first thing you check when an API is slow or failing in production.',
        minutes: 30,
        doneWhen:
          'Every request prints one line such as `GET /api/v1/tasks 200 4ms`, including requests that end in 404.',
        resources: [
          docs(
            'Django: middleware',
            'https://docs.djangoproject.com/en/stable/topics/http/middleware/',
            'python',
          ),
          docs(
            'Express: writing middleware',
            'https://expressjs.com/en/guide/writing-middleware.html',
            'javascript',
          ),
          docs(
            'Spring MVC: interceptors',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-config/interceptors.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Keeping HTTP handling apart from the business logic keeps handlers thin and lets you test and reuse the logic.',
        minutes: 30,
        doneWhen: byStack(
          'Handlers only translate between HTTP and the task logic, which lives in its own module, and every endpoint still answers as before.',
          {
            python:
              'views.py only reads the request and builds the response, services.py holds the task functions, and every endpoint still answers as before.',
            javascript:
              'Your entry file only does `app.use("/api/v1/tasks", tasksRouter)`, the handlers live in their own module, and every endpoint still answers as before.',
            java: 'The controller only maps HTTP to calls on TaskService, the @Service holds the logic, and every endpoint still answers as before.',
          },
        ),
        resources: [
          docs(
            'Django: design philosophies',
            'https://docs.djangoproject.com/en/stable/misc/design-philosophies/',
            'python',
          ),
          docs(
            'Express: express.Router',
            'https://expressjs.com/en/guide/routing.html#express-router',
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
        why: 'Endpoint tests catch broken routes, status codes and JSON shapes on every change, and they are what your CI pipeline will run on day 18.',
        minutes: 45,
        doneWhen: byStack(
          'Your test command runs at least 3 passing tests that call the endpoints.',
          {
            python:
              '`python manage.py test` runs at least 3 tests and prints OK; each test creates its own task first, because Django runs tests against a fresh, empty test database (with PostgreSQL, your database user needs the CREATEDB permission for that).',
            javascript:
              "`npm test` shows at least 3 passing tests that use supertest's `request(app)` against your exported app; each test creates the task it reads first, so the tests also pass against an empty database such as the one CI will start.",
            java: '`./mvnw test` shows at least 3 passing MockMvc tests and ends with BUILD SUCCESS; each test creates the task it reads first, so the tests also pass against an empty database such as the one CI will start.',
          },
        ),
        resources: [
          docs(
            'Django: testing tools (the test client)',
            'https://docs.djangoproject.com/en/stable/topics/testing/tools/',
            'python',
          ),
          docs('SuperTest: HTTP assertions', 'https://github.com/ladjs/supertest', 'javascript'),
          docs('Vitest: getting started', 'https://vitest.dev/guide/', 'javascript'),
          tutorial(
            'Spring guide: testing the web layer',
            'https://spring.io/guides/gs/testing-web',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'What does an RFC 9457 problem-details body contain?',
        'A JSON object sent as application/problem+json with the standard members type, title, status, detail and instance, plus any extra members you define, such as the field that failed validation.',
      ],
      [
        'What is the hardest part of caching, and how did you handle it?',
        'Invalidation: a cached copy goes stale when the data changes. Clearing the entries on every create, update and delete, with an expiry as a safety net, keeps readers from seeing old data; with several server copies each has its own in-memory cache, which is why teams move to a shared cache such as Redis.',
      ],
    ],
    items: {
      1: {
        why: 'Validating input at the API boundary is an OWASP basic, and a standard error format lets every client show the right message.',
        minutes: 50,
        doneWhen: byStack(
          'POST with `{"title": ""}` returns 400 with `Content-Type: application/problem+json` and a body with type, title and status plus a member that names the title field.',
          {
            python:
              'POST with `{"title": ""}` returns 400 with `Content-Type: application/problem+json` and a body with type, title and status plus a member that names the title field.',
            javascript:
              'POST with `{"title": ""}` returns 400 with `Content-Type: application/problem+json` and a body with type, title and status plus a member that names the title field.',
            java: 'POST with `{"title": ""}` returns 400 with `Content-Type: application/problem+json`; a @RestControllerAdvice handling MethodArgumentNotValidException returns a ProblemDetail whose detail or extra property names the title field.',
          },
        ),
        resources: [
          docs(
            'RFC 9457: problem details for HTTP APIs',
            'https://www.rfc-editor.org/rfc/rfc9457.html',
          ),
          docs(
            'OWASP: input validation cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
          ),
          docs(
            'Spring MVC: error responses (ProblemDetail)',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Calling your own API from a page shows how front ends consume it, and serving the page from your app keeps it on the same origin, so CORS and file:// problems never arise.',
        minutes: 40,
        doneWhen:
          'Opened from your server (not by double-clicking the file, because fetch() fails from file://), the page lists the tasks, and the Network tab shows a 200 request to /api/v1/tasks.',
        resources: [
          docs(
            'MDN: using the Fetch API',
            'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch',
          ),
          docs(
            'Django: managing static files',
            'https://docs.djangoproject.com/en/stable/howto/static-files/',
            'python',
          ),
          docs(
            'Express: serving static files',
            'https://expressjs.com/en/starter/static-files.html',
            'javascript',
          ),
          docs(
            'Spring Boot: static content',
            'https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.static-content',
            'java',
          ),
        ],
      },
      3: {
        why: 'An endpoint list is the start of your API documentation and exposes gaps, such as a missing 404 or 400 case.',
        minutes: 20,
        doneWhen:
          'Your table has every endpoint with method, path, request body and each status it can return (for example 200, 201, 204, 400 and 404).',
        resources: [
          docs(
            'Microsoft: RESTful web API design',
            'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design',
          ),
        ],
      },
      4: {
        why: 'Caching repeated reads cuts database load and response times, but only if stale entries are cleared when the data changes.',
        minutes: 40,
        doneWhen: byStack(
          'Your log shows a cache miss on the first GET /api/v1/tasks and a hit on the second; the cache key includes limit and offset, so each page is cached separately, and after a POST every page is cleared, so the next GET shows the new task and the new total straight away.',
          {
            python:
              'Your log shows a cache miss on the first GET /api/v1/tasks and a hit on the second; the cache key includes limit and offset, so each page is cached separately, and a write clears them all (`cache.clear()` is fine while the cache holds only task pages), so the next GET shows the new task and the new total straight away.',
            javascript:
              'Your log shows a cache miss on the first GET /api/v1/tasks and a hit on the second; the Map key includes limit and offset, so each page is cached separately, and a write calls `cache.clear()`, so the next GET shows the new task and the new total straight away.',
            java: 'Your log (written inside the @Cacheable method, which runs only on a miss) shows a miss on the first GET /api/v1/tasks and none on the second; the cache key includes limit and offset, and writes use `@CacheEvict(value = "tasks", allEntries = true)`, so the next GET shows the new task and the new total straight away.',
          },
        ),
        resources: [
          docs(
            'Microsoft: caching guidance',
            'https://learn.microsoft.com/en-us/azure/architecture/best-practices/caching',
          ),
          docs(
            'Django: the cache framework',
            'https://docs.djangoproject.com/en/stable/topics/cache/',
            'python',
          ),
          docs(
            'MDN: Map',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map',
            'javascript',
          ),
          tutorial(
            'Spring guide: caching data with Spring',
            'https://spring.io/guides/gs/caching',
            'java',
          ),
        ],
      },
    },
  },
});
