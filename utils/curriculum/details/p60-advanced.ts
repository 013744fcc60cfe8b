import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p60-advanced', {
  d1: {
    checks: [
      [
        'Why are passwords stored as a slow, salted hash instead of being encrypted?',
        'Anyone with the key can reverse encryption. A slow, salted hash (Argon2, bcrypt, PBKDF2) can only be checked by hashing a guess again, and the salt and cost make guessing a stolen table expensive.',
      ],
      [
        'In OpenID Connect, how does the ID token differ from the access token?',
        'The ID token is a signed JWT for your app that says who the user is and how they logged in. The access token is what your app sends to an API to act for the user; it is not proof of identity.',
      ],
    ],
    items: {
      1: {
        why: 'Whether you keep sessions on the server or hand out tokens decides how logout, scaling across servers and CSRF or XSS defences work, so every auth design starts with this choice.',
        minutes: 25,
        doneWhen:
          'Your notes have a small table for session cookies and tokens: where the state lives, how logout works, and one pro and one con each (e.g. sessions can be revoked at once but need shared storage; signed tokens need no lookup but stay valid until they expire).',
        resources: [
          docs(
            'OWASP Session Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
          ),
          docs(
            'MDN: Using HTTP cookies',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies',
          ),
          docs('RFC 7519: JSON Web Token (JWT)', 'https://www.rfc-editor.org/rfc/rfc7519'),
        ],
      },
      2: {
        why: 'Hashing passwords with a slow, salted algorithm is a baseline requirement that every code review and security audit checks.',
        minutes: 30,
        doneWhen: byStack(
          'A short script hashes a password, verifies the right password as true and a wrong one as false, and hashing the same password twice gives two different strings.',
          {
            python:
              "In `python manage.py shell`, make_password('s3cret') returns a string starting with the algorithm name (e.g. pbkdf2_sha256$…), and check_password returns True for the right password and False for a wrong one.",
            javascript:
              'A script prints a hash starting with $argon2id$ (argon2) or $2b$ (bcrypt); verify/compare returns true for the right password and false for a wrong one, and two hashes of the same password differ.',
            java: 'A test or main method prints a hash starting with $2a$ from BCryptPasswordEncoder and matches() returns true only for the right password. Add spring-security-crypto for this; the full security starter also locks every endpoint until you configure it.',
          },
        ),
        resources: [
          docs(
            'OWASP Password Storage Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
          ),
          docs(
            'Django: password management',
            'https://docs.djangoproject.com/en/stable/topics/auth/passwords/',
            'python',
          ),
          tool('node-argon2', 'https://github.com/ranisalt/node-argon2', 'javascript'),
          docs(
            'Spring Security: password storage',
            'https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Leaked logs, error pages and database dumps are a common source of breaches, so knowing what must never be written down is part of handling user data.',
        minutes: 15,
        doneWhen:
          'Your list names at least five things (plain passwords, session ids, full tokens, API keys, database passwords…), where each could leak (logs, error pages, Git, the database) and how you keep it out.',
        resources: [
          docs(
            'OWASP Logging Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
          ),
          docs(
            'OWASP Secrets Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
          ),
        ],
      },
      4: {
        why: 'Most products offer "Sign in with Google/GitHub", and the back end is the part that swaps the code for tokens and decides who the user is, so it has to know the flow.',
        minutes: 30,
        doneWhen:
          'Your sketch shows each step: redirect to the provider with a code_challenge and state, the user consents, the provider redirects back with a code, your back end swaps the code and the code_verifier for tokens; it labels the ID token (who the user is, from OpenID Connect) and the access token (what the app may call).',
        resources: [
          docs(
            'OAuth 2.0: authorization code grant',
            'https://oauth.net/2/grant-types/authorization-code/',
          ),
          docs('OAuth 2.0: PKCE', 'https://oauth.net/2/pkce/'),
          docs(
            'OpenID Foundation: how OpenID Connect works',
            'https://openid.net/developers/how-connect-works/',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why can a plain signed JWT not be revoked at logout, and what fixes that?',
        'The server accepts any token whose signature and expiry check out without looking anything up, so a copy stays valid until it expires. Keep access tokens short-lived and, for logout that works at once, keep a deny-list of revoked token ids (jti) until they expire.',
      ],
      [
        'What does logout do with a server-side session?',
        'It deletes the session record on the server (and clears the cookie), so the old session id no longer maps to a user and requests that still send it are treated as anonymous.',
      ],
    ],
    items: {
      1: {
        why: 'Sign-up and login are the first endpoints of almost every product, and doing them right (validation, hashing, identical error messages) is routine back-end work.',
        minutes: 40,
        doneWhen:
          'With curl you can create a user (201), a second sign-up with the same email gets 400 or 409, the right password logs in, and a wrong password gets 401 with the same message as an unknown email.',
        resources: [
          docs(
            'OWASP Authentication Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html',
          ),
          docs(
            'Django: the User model and create_user',
            'https://docs.djangoproject.com/en/stable/ref/contrib/auth/',
            'python',
          ),
          docs(
            'Express: security best practices',
            'https://expressjs.com/en/advanced/best-practice-security.html',
            'javascript',
          ),
          tutorial(
            'Spring guide: securing a web application',
            'https://spring.io/guides/gs/securing-web',
            'java',
          ),
        ],
      },
      2: {
        why: 'Every request after login has to prove who the user is, and the mechanism you pick (session cookie or token) shapes the rest of your security work.',
        minutes: 30,
        doneWhen: byStack(
          'After logging in, GET /api/v1/me returns your user, and the same request without the cookie or token gets 401.',
          {
            python:
              'After logging in, a view that reads request.user shows your username, and DevTools show a sessionid cookie marked HttpOnly.',
            javascript:
              'After logging in, GET /api/v1/me returns your user: with express-session the browser holds an HttpOnly connect.sid cookie (use a real store such as connect-pg-simple, not the default MemoryStore); with a JWT, requests with Authorization: Bearer <token> succeed and requests without it get 401.',
            java: 'After logging in, GET /api/v1/me returns your user: with sessions the browser holds a JSESSIONID cookie; with JWTs, requests with Authorization: Bearer <token> succeed and requests without it get 401.',
          },
        ),
        resources: [
          docs(
            'Django: how to use sessions',
            'https://docs.djangoproject.com/en/stable/topics/http/sessions/',
            'python',
          ),
          docs(
            'Express: express-session middleware',
            'https://expressjs.com/en/resources/middleware/session.html',
            'javascript',
          ),
          tool(
            'jsonwebtoken for Node.js',
            'https://github.com/auth0/node-jsonwebtoken',
            'javascript',
          ),
          docs(
            'Spring Security: session management',
            'https://docs.spring.io/spring-security/reference/servlet/authentication/session-management.html',
            'java',
          ),
          docs(
            'Spring Security: OAuth 2.0 resource server with JWTs',
            'https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Users and security reviewers expect logout to end access at once, and a stolen token that still works after logout is a real incident.',
        minutes: 35,
        doneWhen: byStack(
          'Save the old cookie or token, log out, and replay a request with it: it is rejected with 401. For JWTs, the token id is in your deny-list and a test shows the token rejected before it expires.',
          {
            python:
              "Copy the sessionid cookie, log out, then replay a request with it (curl -b 'sessionid=…'): Django treats it as logged out (redirect to login, or 401/403 from the API).",
            javascript:
              'Save the old cookie or token, log out, and replay a request with it: it gets 401. For JWTs, each token carries a jti, logout stores it in a deny-list (a table or a Redis set) until the token expires, and a test shows the revoked token rejected.',
            java: 'Save the old cookie or token, log out, and replay a request with it: it gets 401. For JWTs, each token carries a jti, logout stores it in a deny-list (a table or a Redis set) until the token expires, and a test shows the revoked token rejected.',
          },
        ),
        resources: [
          docs(
            'OWASP JWT Cheat Sheet: token revocation',
            'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
          ),
          docs(
            'RFC 7519: the jti (JWT ID) claim',
            'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.7',
          ),
          docs(
            'Django: how to log a user out',
            'https://docs.djangoproject.com/en/stable/topics/auth/default/#how-to-log-a-user-out',
            'python',
          ),
          docs(
            'Spring Security: handling logouts',
            'https://docs.spring.io/spring-security/reference/servlet/authentication/logout.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'What is the difference between 401 and 403?',
        '401 Unauthorized means the request carries no valid authentication, so log in and try again. 403 Forbidden means the server knows who you are, but you are not allowed to do this.',
      ],
      [
        "Why must the owner check run on the server, not just by hiding other users' tasks in the page?",
        "Anyone can send a request with another task's id (an insecure direct object reference); only a server-side check, such as filtering by owner = current user, stops it.",
      ],
    ],
    items: {
      1: {
        why: 'Broken access control is number one in the OWASP Top 10, and scoping every query to the current user is how back ends prevent it.',
        minutes: 40,
        doneWhen:
          "With two users, each sees only their own tasks in the list, and requesting the other user's task by id does not return it.",
        resources: [
          docs(
            'OWASP Insecure Direct Object Reference Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Insecure_Direct_Object_Reference_Prevention_Cheat_Sheet.html',
          ),
          docs(
            'OWASP Authorization Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html',
          ),
          docs(
            'Django REST framework: filtering against the current user',
            'https://www.django-rest-framework.org/api-guide/filtering/#filtering-against-the-current-user',
            'python',
          ),
          docs(
            'Spring Security: method security',
            'https://docs.spring.io/spring-security/reference/servlet/authorization/method-security.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Front ends rely on the difference between 401 and 403 to decide whether to ask the user to log in or to show "not allowed".',
        minutes: 25,
        doneWhen: byStack(
          "`curl -i` without credentials on /api/v1/tasks returns 401, and a logged-in user sending PUT or DELETE for another user's task gets 403 (or 404 if you choose to hide that it exists; note which in the README).",
          {
            python:
              "`curl -i` without credentials on /api/v1/tasks returns 401 (DRF answers 403 when SessionAuthentication comes first, because it sends no WWW-Authenticate challenge, so give it an authenticate_header or turn NotAuthenticated into 401 in your exception handler), and a logged-in user sending PUT or DELETE for another user's task gets 403 (or 404 if you choose to hide that it exists; note which in the README).",
            javascript:
              "`curl -i` without credentials on /api/v1/tasks returns 401, and a logged-in user sending PUT or DELETE for another user's task gets 403 (or 404 if you choose to hide that it exists; note which in the README).",
            java: "`curl -i` without credentials on /api/v1/tasks returns 401 (with form login, Spring Security redirects to /login unless /api/** gets an HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)), and a logged-in user sending PUT or DELETE for another user's task gets 403 (or 404 if you choose to hide that it exists; note which in the README).",
          },
        ),
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
        why: 'Roles such as user and admin appear in nearly every business app, and they must be enforced on the server for each endpoint.',
        minutes: 30,
        doneWhen:
          "An admin account lists every user's tasks, a normal account still sees only its own, and a curl call or test shows a normal user gets 403 from the admin-only view.",
        resources: [
          docs(
            'Django: permissions and authorization',
            'https://docs.djangoproject.com/en/stable/topics/auth/default/#permissions-and-authorization',
            'python',
          ),
          docs(
            'Express: routing and route handlers',
            'https://expressjs.com/en/guide/routing.html',
            'javascript',
          ),
          docs(
            'Spring Security: authorize HTTP requests',
            'https://docs.spring.io/spring-security/reference/servlet/authorization/authorize-http-requests.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why does the request-id middleware run before the login check?',
        'The request id should tag every log line, including those of rejected requests, so it runs first; the login check must still run before any handler so anonymous requests never reach code that reads or changes data.',
      ],
      [
        'What does a background job queue give you that doing the work inside the request does not?',
        'The request returns at once, slow or failing work such as email can be retried by a worker, and jobs wait safely (in a table or a broker such as Redis or RabbitMQ) while no worker is running.',
      ],
    ],
    items: {
      2: {
        why: 'With the login check in one middleware, a new /api route is protected by default instead of relying on every handler to remember.',
        minutes: 25,
        doneWhen: byStack(
          'Any /api route called without a valid session or token gets 401 from the middleware before the handler runs, while the sign-up and login routes still work without logging in.',
          {
            python:
              "Your own middleware, listed after AuthenticationMiddleware, answers 401 with your JSON error body for /api/ paths when request.user is not authenticated (Django's LoginRequiredMiddleware redirects to the login page instead, which suits HTML pages, not an API), while the sign-up and login routes still work without logging in.",
            javascript:
              'Any /api route called without a valid session or token gets 401 from the middleware before the handler runs, while the sign-up and login routes still work without logging in.',
            java: 'Any /api route called without a valid session or token gets 401 from the security filter chain before the controller runs, while the sign-up and login routes (permitAll) still work without logging in.',
          },
        ),
        resources: [
          docs(
            'Django: LoginRequiredMiddleware',
            'https://docs.djangoproject.com/en/stable/ref/middleware/#django.contrib.auth.middleware.LoginRequiredMiddleware',
            'python',
          ),
          docs(
            'Express: using router-level middleware',
            'https://expressjs.com/en/guide/using-middleware.html',
            'javascript',
          ),
          docs(
            'Spring Security: authorize HTTP requests',
            'https://docs.spring.io/spring-security/reference/servlet/authorization/authorize-http-requests.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Middleware order bugs (auth after the handler, logging that misses errors, CORS headers lost on error responses) are common in production, so you must be able to read and explain the chain.',
        minutes: 15,
        doneWhen:
          'A README section lists your middleware from first to last (the framework’s own, the login check and the request-id logger from today’s last item), with one sentence each on why it sits there and what would break if it moved.',
        resources: [
          docs(
            'Django: middleware ordering',
            'https://docs.djangoproject.com/en/stable/ref/middleware/#middleware-ordering',
            'python',
          ),
          docs('Express API: app.use()', 'https://expressjs.com/en/api.html#app.use', 'javascript'),
          docs(
            'Spring Security: the security filter chain',
            'https://docs.spring.io/spring-security/reference/servlet/architecture.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'Sending email, resizing images and building reports run in background workers in real systems, so web requests stay fast and failed work can be retried.',
        minutes: 40,
        doneWhen: byStack(
          "Signing up returns at once and inserts a pending row into a jobs table; a separate worker claims it with SELECT … FOR UPDATE SKIP LOCKED (PostgreSQL, or MySQL 8), logs 'welcome email to <address>' and marks it done; with the worker stopped, new jobs wait and are processed when it starts again.",
          {
            python:
              "Signing up returns at once and inserts a pending row into a jobs table; a management command (python manage.py run_worker) claims it with select_for_update(skip_locked=True), which sends SELECT … FOR UPDATE SKIP LOCKED, logs 'welcome email to <address>' and marks it done; with the worker stopped, new jobs wait and are processed when it starts again.",
            javascript:
              "Signing up returns at once and inserts a pending row into a jobs table; a separate node worker.js process claims it with SELECT … FOR UPDATE SKIP LOCKED, logs 'welcome email to <address>' and marks it done; with the worker stopped, new jobs wait and are processed when it starts again.",
            java: "Signing up returns at once and inserts a pending row into a jobs table; a @Scheduled worker method claims it with SELECT … FOR UPDATE SKIP LOCKED, logs 'welcome email to <address>' and marks it done; with the worker disabled, new jobs wait and are processed when it runs again.",
          },
        ),
        resources: [
          docs(
            'PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED',
            'https://www.postgresql.org/docs/current/sql-select.html#SQL-FOR-UPDATE-SHARE',
          ),
          docs(
            'Django: writing custom management commands',
            'https://docs.djangoproject.com/en/stable/howto/custom-management-commands/',
            'python',
          ),
          tutorial(
            'Celery: first steps (a real task queue)',
            'https://docs.celeryq.dev/en/stable/getting-started/first-steps-with-celery.html',
            'python',
          ),
          docs(
            'BullMQ: queues (a real job queue on Redis)',
            'https://docs.bullmq.io/guide/queues',
            'javascript',
          ),
          tutorial(
            'Spring guide: scheduling tasks',
            'https://spring.io/guides/gs/scheduling-tasks',
            'java',
          ),
          tutorial(
            'Spring guide: messaging with RabbitMQ',
            'https://spring.io/guides/gs/messaging-rabbitmq',
            'java',
          ),
        ],
      },
      5: {
        why: "A request id in every response and log line is how you trace one user's failing request through busy logs, and one JSON object per line is what log search tools index.",
        minutes: 35,
        doneWhen:
          '`curl -i` shows an X-Request-Id header on every response, and each request prints one JSON log line such as {"request_id": "…", "method": "GET", "path": "/api/v1/tasks", "status": 200, "ms": 12} carrying the same id.',
        resources: [
          docs(
            'Django: middleware',
            'https://docs.djangoproject.com/en/stable/topics/http/middleware/',
            'python',
          ),
          docs(
            'Python logging cookbook: structured logging',
            'https://docs.python.org/3/howto/logging-cookbook.html#implementing-structured-logging',
            'python',
          ),
          docs(
            'Express: writing middleware',
            'https://expressjs.com/en/guide/writing-middleware.html',
            'javascript',
          ),
          tool('pino: JSON logger for Node.js', 'https://github.com/pinojs/pino', 'javascript'),
          docs(
            'Spring Framework: servlet filters',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/filters.html',
            'java',
          ),
          docs(
            'Spring Boot: logging, including structured logging',
            'https://docs.spring.io/spring-boot/reference/features/logging.html',
            'java',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why log the stack trace but send the client only a short error body?',
        'The trace is what you need to debug on the server, but in a response it leaks file paths, library versions and code structure to attackers; the client only needs a status, a safe message and perhaps the request id to quote.',
      ],
      [
        'Why must every integration test start from a known database state?',
        "Otherwise a test passes or fails depending on rows left by earlier tests or the order they run in. Django's TestCase rolls each test back, @Transactional does the same in Spring tests, and with node:test you truncate or roll back the tables before each test.",
      ],
    ],
    items: {
      1: {
        why: 'One central error handler gives clients one predictable error format and stops every handler from inventing its own.',
        minutes: 35,
        doneWhen:
          'An exception in any handler returns your JSON error body with a fitting status (404 for a missing task, 400 for bad input, 500 for a bug), and unknown routes return the same format.',
        resources: [
          docs('RFC 9457: Problem Details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc9457'),
          docs(
            'Django REST framework: exceptions and custom handlers',
            'https://www.django-rest-framework.org/api-guide/exceptions/#custom-exception-handling',
            'python',
          ),
          docs(
            'Express: error handling',
            'https://expressjs.com/en/guide/error-handling.html',
            'javascript',
          ),
          docs(
            'Spring Framework: error responses and ProblemDetail',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-ann-rest-exceptions.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Stack traces in responses are an information leak that security scanners flag, while stack traces in your logs are what you need when something breaks at night.',
        minutes: 20,
        doneWhen: byStack(
          'A deliberate exception returns your JSON error without a stack trace, while the server log shows the full trace with the request id.',
          {
            python:
              'With DEBUG=False, a deliberate exception returns your JSON error without a traceback, while the server log shows the full traceback with the request id.',
            javascript:
              'With NODE_ENV=production, a deliberate error returns your JSON error without err.stack, while the server log shows the stack with the request id.',
            java: 'A deliberate exception returns your JSON error with no trace field (server.error.include-stacktrace=never), while the log shows the full stack trace with the request id.',
          },
        ),
        resources: [
          docs(
            'OWASP Error Handling Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html',
          ),
          docs(
            'Django: deployment checklist (DEBUG)',
            'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/',
            'python',
          ),
          docs(
            'Spring Boot: error handling',
            'https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.error-handling',
            'java',
          ),
        ],
      },
      3: {
        why: 'Integration tests through the HTTP layer catch the login, permission and routing regressions that unit tests miss, and employers expect a back end to ship with them.',
        minutes: 55,
        doneWhen: byStack(
          "Your test runner runs at least three tests (a successful login, a 403 on another user's task, a JSON 404 for an unknown route) and all pass.",
          {
            python:
              "`python manage.py test` runs at least three tests (a successful login, a 403 on another user's task, a JSON 404 for an unknown route) against Django's throwaway test database, and all pass.",
            javascript:
              "`node --test` runs at least three supertest tests (a successful login, a 403 on another user's task, a JSON 404 for an unknown route) against a separate test database, and all pass; supertest drives the app exported from app.js as on day 16.",
            java: "`./mvnw test` runs at least three MockMvc tests (a successful login, a 403 on another user's task, a JSON 404 for an unknown route) and all pass.",
          },
        ),
        resources: [
          docs(
            'Django: testing tools and the test client',
            'https://docs.djangoproject.com/en/stable/topics/testing/tools/',
            'python',
          ),
          docs('Node.js test runner', 'https://nodejs.org/api/test.html', 'javascript'),
          tool('supertest: HTTP assertions', 'https://github.com/ladjs/supertest', 'javascript'),
          tutorial(
            'Spring guide: testing the web layer',
            'https://spring.io/guides/gs/testing-web',
            'java',
          ),
          docs(
            'Spring Boot: testing Spring Boot applications',
            'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html',
            'java',
          ),
        ],
      },
    },
  },
});
