import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p90-advanced', {
  d1: {
    checks: [
      [
        'Why does the order of middleware matter?',
        'Each middleware wraps the ones after it: an earlier one sees the request first and the response last. A logger placed before the request-id middleware cannot log the id, and one placed after a middleware that answers early never runs for those requests.',
      ],
      [
        'Why send an email from a background job instead of inside the request?',
        'The request no longer waits on a slow or failing mail server, and because the job sits in a queue it can be retried, or picked up after a worker crash, instead of being lost with the request.',
      ],
    ],
    items: {
      1: {
        why: 'A request id that appears in every log line and response is how you find all the logs for one failing request in production.',
        minutes: 20,
        doneWhen:
          '`curl -i localhost:<port>/tasks` shows an `X-Request-ID` header that changes on every call, and the server log prints the same id for that request.',
        resources: [
          docs(
            'Django: Middleware',
            'https://docs.djangoproject.com/en/stable/topics/http/middleware/',
            'python',
          ),
          docs(
            'Express: Writing middleware',
            'https://expressjs.com/en/guide/writing-middleware.html',
            'javascript',
          ),
          docs(
            'Spring Framework: Filters',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/filters.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Access logs with status and duration are the first thing you read when users report errors or slowness.',
        minutes: 15,
        doneWhen:
          'Every request prints one line such as `GET /tasks 200 12ms id=…`, including requests that end in 404 or 500.',
        resources: [
          docs('Python: Logging HOWTO', 'https://docs.python.org/3/howto/logging.html', 'python'),
          docs(
            "Node.js: the response 'finish' event",
            'https://nodejs.org/api/http.html#event-finish',
            'javascript',
          ),
          docs(
            'Spring Framework: Interceptors',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-config/interceptors.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Many real bugs (missing auth, lost ids, unlogged errors) come from middleware in the wrong order, so you need to be able to reason about it.',
        minutes: 15,
        doneWhen:
          'Your note names the two middlewares, the order that breaks, and the log or response that showed it (for example log lines without a request id).',
        resources: [
          docs(
            'Django: Middleware ordering',
            'https://docs.djangoproject.com/en/stable/ref/middleware/#middleware-ordering',
            'python',
          ),
          docs(
            'Express 5 API: app.use()',
            'https://expressjs.com/en/5x/api.html#app.use',
            'javascript',
          ),
          docs(
            'Spring Boot: Servlets, filters and listeners (ordering)',
            'https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.embedded-container.servlets-filters-listeners',
            'java',
          ),
        ],
      },
      4: {
        why: byStack(
          'Back ends move slow or unreliable work (email, reports, calls to other services) onto a queue so requests stay fast and work survives crashes.',
          {
            python:
              'Back ends move slow or unreliable work (email, reports, calls to other services) onto a queue so requests stay fast and work survives crashes; Celery on Redis is the usual Django pairing (the Java track uses RabbitMQ, the broker Spring supports out of the box).',
            javascript:
              'Back ends move slow or unreliable work (email, reports, calls to other services) onto a queue so requests stay fast and work survives crashes; BullMQ on Redis is the usual Node.js choice (the Java track uses RabbitMQ, the broker Spring supports out of the box).',
            java: 'Back ends move slow or unreliable work (email, reports, calls to other services) onto a queue so requests stay fast and work survives crashes; Spring AMQP with RabbitMQ is the standard Spring route (the Python and JavaScript tracks use Redis-backed job queues instead).',
          },
        ),
        minutes: 35,
        doneWhen: byStack(
          'Creating a task returns at once, the worker logs a job for that task id, and a job queued while the worker is stopped runs once it starts again.',
          {
            python:
              'Creating a task returns at once and the `celery -A <project> worker -l INFO` terminal (add `--pool=solo` on Windows) logs the job for that task id; a job queued while the worker is stopped runs as soon as you start it again.',
            javascript:
              'Creating a task returns at once and `node worker.js` logs the job for that task id; a job queued while the worker is stopped runs as soon as you start it again.',
            java: 'Creating a task returns at once and the @RabbitListener logs the message for that task id, and `rabbitmqctl list_queues` shows your durable queue with 0 messages waiting once it is handled.',
          },
        ),
        resources: [
          docs(
            'Celery: First steps with Django',
            'https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html',
            'python',
          ),
          docs(
            'Redis: Install Redis Open Source',
            'https://redis.io/docs/latest/operate/oss_and_stack/install/install-stack/',
            'python',
          ),
          docs('BullMQ: Quick start', 'https://docs.bullmq.io/readme-1', 'javascript'),
          docs(
            'Redis: Install Redis Open Source',
            'https://redis.io/docs/latest/operate/oss_and_stack/install/install-stack/',
            'javascript',
          ),
          tutorial(
            'Spring guide: Messaging with RabbitMQ',
            'https://spring.io/guides/gs/messaging-rabbitmq',
            'java',
          ),
          docs('RabbitMQ: Installing RabbitMQ', 'https://www.rabbitmq.com/docs/download', 'java'),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What does OpenID Connect add to OAuth 2.0?',
        'OAuth 2.0 only gives an app an access token to call an API on the user’s behalf (authorisation). OpenID Connect adds a signed ID token and a userinfo endpoint, so the app also learns who signed in (authentication).',
      ],
      [
        'Why hash passwords with bcrypt, scrypt, Argon2 or PBKDF2 rather than SHA-256?',
        'Password hashes must be salted and deliberately slow so a stolen database cannot be guessed quickly. SHA-256 is built to be fast, which helps attackers try billions of guesses.',
      ],
    ],
    items: {
      1: {
        why: 'Choosing between session cookies and bearer tokens shapes how your whole API handles login, logout, CSRF and mobile clients.',
        minutes: 15,
        doneWhen:
          'Your note says where each lives and how it is sent (a cookie the browser adds by itself versus an Authorization header the client adds), with one pro and one con each, for example sessions are easy to revoke but need server-side storage.',
        resources: [
          docs(
            'MDN: HTTP authentication',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Authentication',
          ),
          docs(
            'OWASP: Session Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
          ),
          docs('RFC 6750: OAuth 2.0 Bearer Token Usage', 'https://www.rfc-editor.org/rfc/rfc6750'),
        ],
      },
      2: {
        why: 'Storing passwords with a slow, salted hash is a baseline requirement, and getting it wrong turns one database leak into thousands of stolen accounts.',
        minutes: 20,
        doneWhen: byStack(
          'The stored value starts with the algorithm name, hashing the same password twice gives two different strings, and verifying returns true for the right password and false for a wrong one.',
          {
            python:
              'The stored value starts with `pbkdf2_sha256$` (or `argon2$`), hashing the same password twice gives two different strings, and `check_password` returns True for the right password and False for a wrong one.',
            javascript:
              'The stored value starts with `$2b$` (bcrypt) or `$argon2id$`, hashing the same password twice gives two different strings, and verifying returns true for the right password and false for a wrong one.',
            java: 'The stored value starts with `$2a$`, encoding the same password twice gives two different strings, and `matches()` returns true for the right password and false for a wrong one.',
          },
        ),
        resources: [
          docs(
            'OWASP: Password Storage Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
          ),
          docs(
            'Django: Password management',
            'https://docs.djangoproject.com/en/stable/topics/auth/passwords/',
            'python',
          ),
          tool('node.bcrypt.js', 'https://github.com/kelektiv/node.bcrypt.js', 'javascript'),
          docs(
            'Spring Security: Password storage',
            'https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Secrets that end up in logs or plain columns are one of the most common ways real systems leak credentials.',
        minutes: 10,
        doneWhen:
          'Your list includes at least passwords, session ids and tokens, API keys and card numbers, and a search of your server log for a test password you just logged in with finds nothing.',
        resources: [
          docs(
            'OWASP: Logging Cheat Sheet (data to exclude)',
            'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
          ),
        ],
      },
      4: {
        why: '"Sign in with Google or GitHub" and most API integrations use OAuth 2.0 and OpenID Connect, and doing the flow by hand shows what libraries do for you.',
        minutes: 30,
        doneWhen:
          'After you approve your own OAuth app in the browser and swap the `code` from the callback URL for a token with curl, `curl -H "Authorization: Bearer <token>" https://api.github.com/user` returns your login; your note says OpenID Connect would also give you a signed ID token naming the user. Revoke the app afterwards.',
        resources: [
          docs(
            'GitHub Docs: Authorizing OAuth apps (web application flow)',
            'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps',
          ),
          docs(
            'OAuth.net: Authorization code grant',
            'https://oauth.net/2/grant-types/authorization-code/',
          ),
          docs(
            'OpenID: How OpenID Connect works',
            'https://openid.net/developers/how-connect-works/',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why should the session id change when a user logs in?',
        'Otherwise an attacker who planted a known session id in the victim’s browser (session fixation) is logged in as the victim once they sign in. Issuing a fresh id at login breaks that.',
      ],
      [
        'What must logout do on the server with session authentication?',
        'Delete or invalidate the session record. Only clearing the cookie in the browser leaves a copied session id working.',
      ],
    ],
    items: {
      1: {
        why: 'Session login is still how most server-rendered web apps authenticate users, and every framework has a standard way to do it.',
        minutes: 45,
        doneWhen: byStack(
          'After logging in, DevTools → Application → Cookies shows the session cookie, and after logging out the app treats you as anonymous again.',
          {
            python:
              'After logging in, DevTools → Application → Cookies shows a `sessionid` cookie, and after logging out (a POST to the logout view) the app treats you as anonymous again.',
            javascript:
              'After logging in (where you call `req.session.regenerate()`), DevTools → Application → Cookies shows a `connect.sid` cookie, and after logout the app treats you as anonymous again.',
            java: 'After logging in through Spring Security’s form login, DevTools → Application → Cookies shows a `JSESSIONID` cookie, and after logging out the app treats you as anonymous again.',
          },
        ),
        resources: [
          docs(
            'OWASP: Authentication Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html',
          ),
          docs(
            'Django: Using the authentication system',
            'https://docs.djangoproject.com/en/stable/topics/auth/default/',
            'python',
          ),
          docs(
            'Express: express-session middleware',
            'https://expressjs.com/en/resources/middleware/session.html',
            'javascript',
          ),
          tutorial(
            'Spring guide: Securing a web application',
            'https://spring.io/guides/gs/securing-web',
            'java',
          ),
        ],
      },
      2: {
        why: 'Pages that forget a login check are the most common access-control bug, so protection should be the default, not an afterthought.',
        minutes: 15,
        doneWhen:
          '`curl -i localhost:<port>/tasks` without a cookie answers 302 with a `Location` header pointing at the login page, and after logging in in the browser you can open /tasks.',
        resources: [
          docs(
            'Django: LoginRequiredMiddleware and login_required',
            'https://docs.djangoproject.com/en/stable/ref/middleware/#django.contrib.auth.middleware.LoginRequiredMiddleware',
            'python',
          ),
          docs(
            'Express: Routing (route-level middleware)',
            'https://expressjs.com/en/guide/routing.html',
            'javascript',
          ),
          docs(
            'Spring Security: Authorize HttpServletRequests',
            'https://docs.spring.io/spring-security/reference/servlet/authorization/authorize-http-requests.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'A logout that only hides the cookie lets anyone who copied it stay logged in, which auditors test for.',
        minutes: 15,
        doneWhen:
          'A session cookie copied before logout and replayed afterwards with `curl -i -b "<cookie-name>=<old value>" localhost:<port>/tasks` gets the login redirect, not the task list.',
        resources: [
          docs(
            'OWASP: Session Management Cheat Sheet (session expiration)',
            'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why does deleting a JWT in the browser not log the user out?',
        'The server keeps no record of a plain signed JWT, so any copy stays valid until its `exp` time. Real revocation needs a deny-list checked on every request, or access tokens so short-lived that refusing to refresh them is enough.',
      ],
      [
        'What do the three dot-separated parts of a JWT contain?',
        'A base64url-encoded header (including the algorithm), a payload of claims such as `sub` and `exp`, and a signature over both. The payload is only encoded, not encrypted, so anyone can read it.',
      ],
    ],
    items: {
      1: {
        why: 'Bearer tokens are how mobile apps, single-page apps and other services authenticate to APIs, and JWTs are the most common format.',
        minutes: 45,
        doneWhen:
          '`curl -i localhost:<port>/api/v1/tasks` answers 401 without a token and 200 with `Authorization: Bearer <token>` using the token your login endpoint returned.',
        resources: [
          docs('RFC 7519: JSON Web Token', 'https://www.rfc-editor.org/rfc/rfc7519'),
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
        why: 'A short expiry limits how long a stolen token is useful, and it is the simplest defence you have against leaked JWTs.',
        minutes: 15,
        doneWhen: byStack(
          'With the access-token lifetime set to one minute for the test, the same request returns 200 at first and 401 once the minute has passed.',
          {
            python:
              'With `ACCESS_TOKEN_LIFETIME` set to one minute for the test, the same request returns 200 at first and 401 once the minute has passed.',
            javascript:
              "With `expiresIn: '1m'` for the test, the same request returns 200 at first and 401 once the minute has passed (jsonwebtoken's `verify` throws `TokenExpiredError`).",
            java: 'With a one-minute `expiresAt` for the test, the same request returns 200 at first and 401 about two minutes later, because Spring Security accepts 60 seconds of clock skew by default.',
          },
        ),
        resources: [
          docs(
            'OWASP: JSON Web Token Cheat Sheet (examples in Java, advice for every stack)',
            'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
          ),
          docs('RFC 8725: JWT best current practices', 'https://www.rfc-editor.org/rfc/rfc8725'),
        ],
      },
      3: {
        why: '"Log out everywhere" and "block this stolen token" are common requirements, and a plain JWT cannot meet them without extra design.',
        minutes: 15,
        doneWhen:
          'Your note says a signed JWT stays valid until `exp` on its own, and describes your choice: a deny-list of `jti` values checked on every request and kept until each token expires, or short-lived access tokens plus refresh tokens that logout revokes.',
        resources: [
          docs('RFC 7009: OAuth 2.0 Token Revocation', 'https://www.rfc-editor.org/rfc/rfc7009'),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What is the difference between 401 and 403?',
        '401 Unauthorized means the request has no valid credentials, so the client should log in. 403 Forbidden means the server knows who you are but you are not allowed to do this.',
      ],
      [
        'Why must ownership be checked on the server rather than by hiding links in the UI?',
        'Anyone can call the API directly with another id (an insecure direct object reference). Only a server-side check, such as filtering every query by the owner, actually stops it.',
      ],
    ],
    items: {
      1: {
        why: 'Broken access control is number one in the OWASP Top 10, and scoping every query to the current user is the main defence.',
        minutes: 30,
        doneWhen:
          'With two users, each one’s `GET /api/v1/tasks` lists only their own tasks, and a test proves it.',
        resources: [
          docs(
            'OWASP: Authorization Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html',
          ),
          docs(
            'OWASP: Insecure Direct Object Reference Prevention',
            'https://cheatsheetseries.owasp.org/cheatsheets/Insecure_Direct_Object_Reference_Prevention_Cheat_Sheet.html',
          ),
        ],
      },
      2: {
        why: 'Clients rely on the right status code to decide whether to send the user to login or show "not allowed".',
        minutes: 20,
        doneWhen:
          'A request for another user’s `/api/v1/tasks/<id>` with your token returns 403, and the same request without a token returns 401.',
        resources: [
          docs(
            'MDN: 401 Unauthorized',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/401',
          ),
          docs(
            'MDN: 403 Forbidden',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/403',
          ),
        ],
      },
      3: {
        why: 'Real apps have staff or admin users, and role checks need tests for both sides so a change cannot silently open admin features.',
        minutes: 25,
        doneWhen:
          'Automated tests show an admin can list every user’s tasks while a normal user sees only their own, and a normal user gets 403 on the admin-only route.',
        resources: [
          docs(
            'Django: Permissions and authorization',
            'https://docs.djangoproject.com/en/stable/topics/auth/default/#permissions-and-authorization',
            'python',
          ),
          tool('supertest', 'https://github.com/forwardemail/supertest', 'javascript'),
          docs(
            'Spring Security: Method security',
            'https://docs.spring.io/spring-security/reference/servlet/authorization/method-security.html',
            'java',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'What should you decide for every cache entry?',
        'How long it may live (its TTL) and which change makes it stale, so it can expire or be deleted. An in-process cache also exists once per server process, which is why several servers usually share one cache such as Redis.',
      ],
      [
        'What does dependency injection give you?',
        'Handlers receive the services they need instead of creating them, so one shared instance is configured in one place and tests can pass in a fake.',
      ],
    ],
    items: {
      1: {
        why: 'Knowing the path a request takes through your framework is what lets you debug the problems tutorials never cover.',
        minutes: 25,
        doneWhen:
          'A numbered list of the steps a request to /tasks passes through, each with the class or function that runs it, and a breakpoint or log line in two of them that fires in that order.',
        resources: [
          docs(
            'Django: How Django processes a request',
            'https://docs.djangoproject.com/en/stable/topics/http/urls/#how-django-processes-a-request',
            'python',
          ),
          docs(
            'Express: Using middleware',
            'https://expressjs.com/en/guide/using-middleware.html',
            'javascript',
          ),
          docs(
            'Spring Framework: DispatcherServlet',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-servlet.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Keeping business logic in services instead of handlers makes it reusable and testable without starting a web server.',
        minutes: 20,
        doneWhen:
          'Two handlers call the same service, and a unit test of the service passes without starting the server or sending a request.',
        resources: [
          docs(
            'Python tutorial: Modules',
            'https://docs.python.org/3/tutorial/modules.html',
            'python',
          ),
          docs('Node.js: ECMAScript modules', 'https://nodejs.org/api/esm.html', 'javascript'),
          docs(
            'Spring Boot: Spring beans and dependency injection',
            'https://docs.spring.io/spring-boot/reference/using/spring-beans-and-dependency-injection.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Running production with development settings (debug on, test secrets) is a classic cause of leaks and outages.',
        minutes: 15,
        doneWhen:
          'Started with the production settings, the app has debug off (an unknown URL shows no stack trace), reads every secret from environment variables and refuses to start when a required one is missing.',
        resources: [
          docs('The Twelve-Factor App: Config', 'https://12factor.net/config'),
          docs(
            'Django: Deployment checklist',
            'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/',
            'python',
          ),
          docs(
            'Node.js: Environment variables',
            'https://nodejs.org/api/environment_variables.html',
            'javascript',
          ),
          docs(
            'Spring Boot: Profiles',
            'https://docs.spring.io/spring-boot/reference/features/profiles.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'Caching slow or rate-limited reads is one of the cheapest ways to make a back end faster, as long as you control how stale the data may get.',
        minutes: 25,
        doneWhen:
          'The first call logs a request to the slow source and takes its usual time, repeat calls within 60 seconds return faster without touching the source, and after 60 seconds the source is called again.',
        resources: [
          docs(
            'Django: The cache framework (cache.get_or_set)',
            'https://docs.djangoproject.com/en/stable/topics/cache/',
            'python',
          ),
          docs(
            'MDN: Map',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map',
            'javascript',
          ),
          docs(
            'Spring Boot: Caching (Caffeine provider)',
            'https://docs.spring.io/spring-boot/reference/io/caching.html',
            'java',
          ),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'Why must a server never send stack traces to clients?',
        'They reveal file paths, library versions and code structure that help attackers. Log them on the server with the request id and return a generic message that carries only that id.',
      ],
      [
        'What do tests that call your app through HTTP catch that unit tests do not?',
        'They are integration tests: one request passes through routing, middleware, authentication, the handler and the database together, so they catch wiring mistakes such as a route missing its auth check.',
      ],
    ],
    items: {
      1: {
        why: 'One central error handler gives clients a consistent error format and stops each route from inventing its own.',
        minutes: 25,
        doneWhen:
          'An unknown task id, an invalid body and an exception thrown on purpose each return your JSON error format (for example RFC 9457 problem details) with the right status code.',
        resources: [
          docs('RFC 9457: Problem Details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc9457'),
          docs(
            'Django: Customizing error views',
            'https://docs.djangoproject.com/en/stable/topics/http/views/#customizing-error-views',
            'python',
          ),
          docs(
            'Express: Error handling',
            'https://expressjs.com/en/guide/error-handling.html',
            'javascript',
          ),
          docs(
            'Spring Framework: Error responses (ProblemDetail)',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Leaked stack traces are listed under security misconfiguration and mishandled exceptions in the OWASP Top 10:2025, yet you still need them in your logs.',
        minutes: 10,
        doneWhen:
          'When a route throws on purpose, the server log shows the full stack trace with the request id, and the client gets a 500 with a generic message and that id only.',
        resources: [
          docs(
            'OWASP: Error Handling Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html',
          ),
        ],
      },
      3: {
        why: 'Integration tests for authentication and errors catch the regressions that hurt most, such as a route that suddenly answers without a login.',
        minutes: 45,
        doneWhen: byStack(
          'Four passing tests call the app over HTTP and check 200 for a valid login, 401 for an expired token, 403 for a forbidden request and 404 for an unknown route.',
          {
            python:
              '`python manage.py test` runs four passing tests that use the test client to check 200 for a valid login, 401 for an expired token (signed with an `exp` in the past), 403 for a forbidden request and 404 for an unknown route.',
            javascript:
              '`npm test` runs four passing supertest tests that check 200 for a valid login, 401 for an expired token (signed with an `exp` in the past), 403 for a forbidden request and 404 for an unknown route.',
            java: '`./mvnw test` runs four passing MockMvc tests that check 200 for a valid login, 401 for an expired token (signed with an `exp` in the past), 403 for a forbidden request and 404 for an unknown route.',
          },
        ),
        resources: [
          docs(
            'Django: Testing tools (the test client)',
            'https://docs.djangoproject.com/en/stable/topics/testing/tools/',
            'python',
          ),
          tool('supertest', 'https://github.com/forwardemail/supertest', 'javascript'),
          docs(
            'Spring Framework: MockMvc',
            'https://docs.spring.io/spring-framework/reference/testing/mockmvc.html',
            'java',
          ),
          docs(
            'Spring Security: Testing',
            'https://docs.spring.io/spring-security/reference/servlet/test/index.html',
            'java',
          ),
        ],
      },
    },
  },
});
