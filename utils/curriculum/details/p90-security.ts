import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p90-security', {
  d1: {
    checks: [
      [
        'Which risk tops the OWASP Top 10:2025, and what does it look like in a task app?',
        'Broken Access Control: users acting outside their permissions, for example reading another user’s task by changing the id in `/api/v1/tasks/42`.',
      ],
    ],
    items: {
      1: {
        why: 'The OWASP Top 10 is the shared vocabulary for web risks that security reviews, job interviews and audits all refer to.',
        minutes: 45,
        doneWhen:
          'A list of the ten categories of the current edition (2025), each with one sentence in your own words and one example from a web API.',
        resources: [
          docs('OWASP Top 10:2025', 'https://owasp.org/Top10/2025/'),
          docs('OWASP Top Ten project', 'https://owasp.org/www-project-top-ten/'),
        ],
      },
      2: {
        why: 'Threat modelling your own app turns a generic list into the handful of fixes that matter most for it.',
        minutes: 20,
        doneWhen:
          'Three risks, each tied to a specific endpoint or file in your app (for example broken access control on `GET /api/v1/tasks/<id>`) and to the day this week that addresses it.',
        resources: [
          docs(
            'OWASP: Threat Modeling Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Threat_Modeling_Cheat_Sheet.html',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why do parameterised queries stop SQL injection?',
        'The SQL text and the values reach the database separately, so the database never parses user input as SQL. A quote in the value is just a character in the data.',
      ],
      [
        'Why is running a command through a shell with user input dangerous even after you escape quotes?',
        'The shell treats many characters specially (`;`, `|`, `$()`, backticks, newlines), and escaping misses some. Passing an argument list to the program without a shell removes the whole class of bug.',
      ],
    ],
    items: {
      1: {
        why: 'Injection is still in the OWASP Top 10, and seeing it work once makes you never build SQL from strings again.',
        minutes: 30,
        doneWhen:
          "In your scratch script, searching for the title `' OR '1'='1` returns every row from the string-built query and no rows from the parameterised one.",
        resources: [
          docs(
            'OWASP: SQL Injection Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
          ),
          docs(
            'Python sqlite3: Using placeholders',
            'https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders',
            'python',
          ),
          docs(
            'Node.js: SQLite (prepared statements)',
            'https://nodejs.org/api/sqlite.html',
            'javascript',
          ),
          tutorial(
            'Java tutorial: Using prepared statements',
            'https://docs.oracle.com/javase/tutorial/jdbc/basics/prepared.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'One forgotten string-built query is enough for an attacker, so you need a repeatable way to find them in a real codebase.',
        minutes: 20,
        doneWhen:
          "`git grep -nE '(SELECT|INSERT|UPDATE|DELETE).*(\\+|\\{)'` (plus a look at every raw-SQL call) finds no query built by joining strings with user input, and a test that searches for a title containing a quote gets a normal response.",
        resources: [
          docs('git grep reference', 'https://git-scm.com/docs/git-grep'),
          docs(
            'OWASP: Query Parameterization Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html',
          ),
        ],
      },
      3: {
        why: 'Command injection and path traversal let attackers run programs or read any file on the server, which is about as bad as it gets.',
        minutes: 20,
        doneWhen: byStack(
          'Every place that runs a program passes an argument list without a shell, every file path built from input is checked to stay inside its folder, and, if an endpoint takes a file name, a test with `../` in it gets 400.',
          {
            python:
              'Every `subprocess` call passes a list with no `shell=True`, every file path built from input is resolved and checked to stay inside its folder, and, if an endpoint takes a file name, a test with `../` in it gets 400.',
            javascript:
              'Every child process uses `execFile` or `spawn` with an argument array instead of `exec`, every file path built from input is resolved and checked to stay inside its folder, and, if an endpoint takes a file name, a test with `../` in it gets 400.',
            java: 'Every `ProcessBuilder` gets separate arguments and no `sh -c`, every file path built from input is normalised and checked to stay inside its folder, and, if an endpoint takes a file name, a test with `../` in it gets 400.',
          },
        ),
        resources: [
          docs(
            'OWASP: OS Command Injection Defense Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html',
          ),
          docs('OWASP: Path traversal', 'https://owasp.org/www-community/attacks/Path_Traversal'),
          docs(
            'Python subprocess: Security considerations',
            'https://docs.python.org/3/library/subprocess.html#security-considerations',
            'python',
          ),
          docs(
            'Node.js: child_process.execFile()',
            'https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback',
            'javascript',
          ),
          docs(
            'Java API: ProcessBuilder',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Does a JSON API that uses bearer tokens in the Authorization header need CSRF tokens?',
        'Not for those requests: browsers never add an Authorization header by themselves, so a forged cross-site request arrives without it. Cookie-based sessions do need CSRF defences, because the browser sends cookies automatically; a token kept in JavaScript-readable storage is instead exposed to XSS.',
      ],
      [
        'What does output escaping protect against?',
        'Stored and reflected XSS: characters like `<` and `"` become entities, so user data is shown as text instead of being run as HTML or script in other users’ browsers.',
      ],
    ],
    items: {
      1: {
        why: 'Cross-site scripting lets one user’s input run as code in everyone else’s browser, and templates escape by default only until someone switches it off.',
        minutes: 20,
        doneWhen: byStack(
          'A task titled `<script>alert(1)</script>` shows as plain text with no alert, View Source shows `&lt;script&gt;`, and the page that renders tasks with fetch() sets `textContent`, not `innerHTML`.',
          {
            python:
              'A task titled `<script>alert(1)</script>` shows as plain text with no alert, View Source shows `&lt;script&gt;`, your templates use no `|safe` on user data, and the fetch() page sets `textContent`, not `innerHTML`.',
            javascript:
              'A task titled `<script>alert(1)</script>` shows as plain text with no alert, View Source shows `&lt;script&gt;`, your templates print user data with escaping (`<%= %>` in EJS, not `<%- %>`), and the fetch() page sets `textContent`, not `innerHTML`.',
            java: 'A task titled `<script>alert(1)</script>` shows as plain text with no alert, View Source shows `&lt;script&gt;`, your templates use `th:text` rather than `th:utext` for user data, and the fetch() page sets `textContent`, not `innerHTML`.',
          },
        ),
        resources: [
          docs(
            'OWASP: Cross Site Scripting Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html',
          ),
          docs(
            'Django: Security (XSS protection)',
            'https://docs.djangoproject.com/en/stable/topics/security/#cross-site-scripting-xss-protection',
            'python',
          ),
          docs(
            'MDN: Node.textContent',
            'https://developer.mozilla.org/en-US/docs/Web/API/Node/textContent',
            'javascript',
          ),
          docs(
            'Thymeleaf: Using Thymeleaf (th:text and th:utext)',
            'https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'A Content-Security-Policy is a second line of defence that stops injected scripts from running even if one escaping mistake slips through.',
        minutes: 25,
        doneWhen:
          'DevTools → Network shows a `Content-Security-Policy` header on your pages, and an inline `<script>` you add on purpose is blocked with a CSP error in the Console.',
        resources: [
          docs(
            'MDN: Content Security Policy',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CSP',
          ),
          docs(
            'Django: Content Security Policy',
            'https://docs.djangoproject.com/en/stable/ref/csp/',
            'python',
          ),
          tool(
            'Helmet (sets CSP and other headers)',
            'https://github.com/helmetjs/helmet',
            'javascript',
          ),
          docs(
            'Spring Security: Security HTTP headers (CSP)',
            'https://docs.spring.io/spring-security/reference/servlet/exploits/headers.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'CSRF lets another site submit forms as your logged-in user, and any app that uses session cookies has to defend against it.',
        minutes: 25,
        doneWhen: byStack(
          'Your note explains CSRF in two or three sentences, and a form POST replayed with curl using your session cookie but without the CSRF token is rejected with 403.',
          {
            python:
              'Your note explains CSRF in two or three sentences, every form has `{% csrf_token %}`, and a form POST replayed with curl using your session cookie but without the token is rejected with 403.',
            javascript:
              'Your note explains CSRF in two or three sentences, your forms carry a token from CSRF middleware you added (Express has none built in and the old csurf package is deprecated; csrf-sync is one option), and a form POST replayed with curl without the token is rejected with 403.',
            java: 'Your note explains CSRF in two or three sentences, Spring Security’s CSRF protection is on and your forms include its token, and a form POST replayed with curl without the token is rejected with 403.',
          },
        ),
        resources: [
          docs(
            'OWASP: Cross-Site Request Forgery Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
          ),
          docs(
            'Django: How to use CSRF protection',
            'https://docs.djangoproject.com/en/stable/howto/csrf/',
            'python',
          ),
          tool('csrf-sync', 'https://github.com/Psifi-Solutions/csrf-sync', 'javascript'),
          docs(
            'Spring Security: CSRF',
            'https://docs.spring.io/spring-security/reference/servlet/exploits/csrf.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'How is a certificate from mkcert different from a self-signed one?',
        'mkcert first creates your own local certificate authority and adds it to your machine’s trust stores, then issues the localhost certificate from that CA, so your browser trusts it. A self-signed certificate is signed by itself and trusted nowhere. Other machines do not trust your mkcert CA, and its key must never be shared.',
      ],
      [
        'Why must AES-GCM never reuse a nonce (IV) with the same key?',
        'Reusing a nonce leaks how the two plaintexts relate and lets an attacker forge messages. Generate a fresh random 12-byte nonce for every encryption and store it next to the ciphertext.',
      ],
    ],
    items: {
      1: {
        why: 'Mixing up hashing, encryption and encoding leads to real bugs, such as "encrypting" passwords or treating base64 as protection.',
        minutes: 15,
        doneWhen:
          'Your note has one line each: hashing is one-way (password storage), encryption is reversible with a key (a stored API key), and encoding is reversible by anyone and protects nothing (base64 in a JWT payload).',
        resources: [
          docs(
            'MDN: Hash function',
            'https://developer.mozilla.org/en-US/docs/Glossary/Hash_function',
          ),
          docs('MDN: Base64', 'https://developer.mozilla.org/en-US/docs/Glossary/Base64'),
        ],
      },
      2: {
        why: 'Testing locally over HTTPS catches problems with Secure cookies, mixed content and redirects before they reach production.',
        minutes: 30,
        doneWhen: byStack(
          'After `mkcert -install` and `mkcert localhost 127.0.0.1`, your app serves `https://localhost:<port>` with the generated files, the page opens with no browser warning, and the certificate viewer shows it was issued by the mkcert development CA.',
          {
            python:
              'After `mkcert -install` and `mkcert localhost 127.0.0.1`, `uvicorn <project>.asgi:application --ssl-certfile localhost+1.pem --ssl-keyfile localhost+1-key.pem` (runserver has no HTTPS) serves `https://localhost:8000` with no browser warning, and the certificate viewer shows it was issued by the mkcert development CA.',
            javascript:
              'After `mkcert -install` and `mkcert localhost 127.0.0.1`, `https.createServer({ key, cert }, app)` with `localhost+1-key.pem` and `localhost+1.pem` serves `https://localhost:<port>` with no browser warning, and the certificate viewer shows it was issued by the mkcert development CA.',
            java: 'After `mkcert -install` and `mkcert localhost 127.0.0.1`, `server.port=8443`, `server.ssl.certificate=localhost+1.pem` and `server.ssl.certificate-private-key=localhost+1-key.pem` make `https://localhost:8443` open with no browser warning, and the certificate viewer shows it was issued by the mkcert development CA.',
          },
        ),
        resources: [
          tool('mkcert', 'https://github.com/FiloSottile/mkcert'),
          docs(
            'MDN: Transport Layer Security',
            'https://developer.mozilla.org/en-US/docs/Web/Security/Transport_Layer_Security',
          ),
          docs(
            'Node.js: https.createServer()',
            'https://nodejs.org/api/https.html#httpscreateserveroptions-requestlistener',
            'javascript',
          ),
          docs(
            'Spring Boot: SSL',
            'https://docs.spring.io/spring-boot/reference/features/ssl.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Some data, such as third-party API keys or personal details, must be readable by the app yet useless to anyone who steals a database dump.',
        minutes: 25,
        doneWhen:
          'The column in the database holds ciphertext, not the plain value, the app shows the decrypted value, and the key is read from an environment variable rather than the code.',
        resources: [
          docs(
            'OWASP: Cryptographic Storage Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html',
          ),
          docs(
            'cryptography: Fernet (symmetric encryption)',
            'https://github.com/pyca/cryptography/blob/main/docs/fernet.rst',
            'python',
          ),
          docs(
            'Node.js: crypto.createCipheriv()',
            'https://nodejs.org/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options',
            'javascript',
          ),
          docs(
            'Java API: javax.crypto.Cipher',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/javax/crypto/Cipher.html',
            'java',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What is the difference between allow-list and deny-list validation?',
        'An allow-list accepts only known-good input (these statuses, this length, these characters) and rejects everything else. A deny-list tries to block known-bad input and always misses something.',
      ],
      [
        'A secret was committed last month and deleted in a later commit. Is it safe now?',
        'No. It is still in the Git history and in every clone. Rotate the secret (issue a new one and revoke the old), then clean the history if you need to.',
      ],
    ],
    items: {
      1: {
        why: 'Validating every input at the edge, against what you expect rather than what you fear, blocks whole classes of attacks and bad data.',
        minutes: 30,
        doneWhen: byStack(
          'Requests with an unknown field, a status outside the allowed list and a title over the maximum length each get 400 naming the failing field, and a test covers each case.',
          {
            python:
              'Requests with an unknown field (DRF ignores those until your serializer’s validate() compares initial_data with its fields), a status outside the allowed choices and a title over the maximum length each get 400 naming the failing field, and a test covers each case.',
            javascript:
              'Requests with an unknown field (z.strictObject rejects it), a status outside a z.enum list and a title over the maximum length each get 400 naming the failing field, and a test covers each case.',
            java: 'Requests with an unknown field (Jackson ignores those in Spring Boot until you turn on FAIL_ON_UNKNOWN_PROPERTIES), a status outside your enum and a title over its @Size maximum each get 400 naming the failing field, and a test covers each case.',
          },
        ),
        resources: [
          docs(
            'OWASP: Input Validation Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
          ),
          docs(
            'Django REST framework: serializer validation',
            'https://www.django-rest-framework.org/api-guide/serializers/#validation',
            'python',
          ),
          docs(
            'Zod: defining schemas (z.strictObject rejects unknown keys, z.enum allows a fixed list)',
            'https://zod.dev/api',
            'javascript',
          ),
          docs(
            'Spring Framework: Java Bean Validation',
            'https://docs.spring.io/spring-framework/reference/core/validation/beanvalidation.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Leaked secrets in Git repositories are one of the most common causes of real breaches, and bots scan public repositories for them within minutes.',
        minutes: 15,
        doneWhen:
          '`git grep -n -i -E "password|secret|api_key"` finds no real secret in tracked files, `git check-ignore -v .env` names the rule that ignores it, and a `.env.example` with dummy values is committed.',
        resources: [
          docs(
            'OWASP: Secrets Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
          ),
          docs('git check-ignore reference', 'https://git-scm.com/docs/git-check-ignore'),
        ],
      },
      3: {
        why: 'With least privilege, a bug such as SQL injection can only touch what the app needs, not drop tables or read every database.',
        minutes: 25,
        doneWhen:
          'The app connects as a role with only CONNECT, USAGE on the schema and its sequences, and SELECT, INSERT, UPDATE and DELETE on its tables; migrations run as a separate owner role; and `DROP TABLE` run as the app role fails with "must be owner".',
        resources: [
          docs('PostgreSQL: GRANT', 'https://www.postgresql.org/docs/current/sql-grant.html'),
          docs('PostgreSQL: Privileges', 'https://www.postgresql.org/docs/current/ddl-priv.html'),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'What does SameSite=Lax do for a session cookie?',
        'The browser withholds the cookie on cross-site subrequests and cross-site POSTs, and sends it only on same-site requests and top-level GET navigations, which blocks most CSRF attacks.',
      ],
      [
        'Does a strict CORS policy protect your API from curl or other servers?',
        'No. CORS is enforced by browsers to decide which web pages may read your responses; other clients ignore it, so authentication and authorisation still have to protect the API.',
      ],
    ],
    items: {
      1: {
        why: 'Cookie flags decide whether a session can be stolen by scripts, sent over plain HTTP or attached to cross-site requests.',
        minutes: 15,
        doneWhen:
          'DevTools → Application → Cookies shows your session cookie with Secure, HttpOnly and SameSite set to Lax or Strict.',
        resources: [
          docs(
            'MDN: Set-Cookie',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie',
          ),
          docs(
            'Django settings: SESSION_COOKIE_SECURE and friends',
            'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure',
            'python',
          ),
          docs(
            'Express: express-session cookie options',
            'https://expressjs.com/en/resources/middleware/session.html',
            'javascript',
          ),
          docs(
            'Spring Boot: Application properties (server.servlet.session.cookie.*)',
            'https://docs.spring.io/spring-boot/appendix/application-properties/index.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'A wildcard CORS policy lets any website read your API responses with the user’s credentials, while a strict one lets in only your own front end.',
        minutes: 20,
        doneWhen:
          '`curl -i -H "Origin: https://evil.example" localhost:<port>/api/v1/tasks` gets no `Access-Control-Allow-Origin` header, while the same request with your front end’s origin gets that origin echoed back.',
        resources: [
          docs(
            'MDN: Cross-Origin Resource Sharing (CORS)',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS',
          ),
          tool(
            'django-cors-headers',
            'https://github.com/adamchainz/django-cors-headers',
            'python',
          ),
          docs(
            'Express: cors middleware',
            'https://expressjs.com/en/resources/middleware/cors.html',
            'javascript',
          ),
          docs(
            'Spring Framework: CORS',
            'https://docs.spring.io/spring-framework/reference/web/webmvc-cors.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Without rate limiting, login and sign-up are open to password guessing and bulk fake accounts.',
        minutes: 30,
        doneWhen: byStack(
          'The sixth failed login from the same client within a minute is refused with 429 Too Many Requests, and an automated test proves it.',
          {
            python:
              'The sixth failed login from the same client within a minute is refused with 429 Too Many Requests (django-ratelimit answers 403 until you add a handler that returns 429), and an automated test proves it.',
            javascript:
              'The sixth failed login from the same client within a minute is refused with 429 Too Many Requests by express-rate-limit, and an automated test proves it.',
            java: 'The sixth failed login from the same client within a minute is refused with 429 Too Many Requests by a Bucket4j-backed filter, and an automated test proves it.',
          },
        ),
        resources: [
          docs(
            'OWASP: Authentication Cheat Sheet (login throttling)',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#login-throttling',
          ),
          docs(
            'MDN: 429 Too Many Requests',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429',
          ),
          tool('django-ratelimit', 'https://github.com/jsocol/django-ratelimit', 'python'),
          tool(
            'express-rate-limit',
            'https://github.com/express-rate-limit/express-rate-limit',
            'javascript',
          ),
          tool('Bucket4j', 'https://github.com/bucket4j/bucket4j', 'java'),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'What does a dependency scanner find, and what does it miss?',
        'It matches the versions of your dependencies, including transitive ones, against databases of published vulnerabilities. It cannot find flaws in your own code or problems nobody has reported yet.',
      ],
      [
        'Why triage scanner findings instead of fixing every alert?',
        'Scanners report possible issues without context: some are false positives or do not apply to how you use the code. You confirm each one, fix what is real and write down why you accept the rest.',
      ],
    ],
    items: {
      1: {
        why: 'Vulnerable and compromised dependencies (software supply chain failures in the OWASP Top 10:2025) are among the easiest ways into an app, and scanning is routine in every CI pipeline.',
        minutes: 25,
        doneWhen: byStack(
          'The scanner report lists no high or critical issue that you have neither fixed by updating nor written down a reason to accept, and your tests still pass after the updates.',
          {
            python:
              '`pip-audit` lists no known vulnerability that you have neither fixed by updating nor written down a reason to accept, and your tests still pass after the updates.',
            javascript:
              '`npm audit` lists no high or critical issue that you have neither fixed (`npm audit fix` or a manual update) nor written down a reason to accept, and your tests still pass after the updates.',
            java: 'The Dependency-Check report (run with a free NVD API key, without which the first database download is very slow) lists no high or critical issue that you have neither fixed nor written down a reason to accept, and `./mvnw test` still passes.',
          },
        ),
        resources: [
          docs(
            'OWASP: Vulnerable Dependency Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Vulnerable_Dependency_Management_Cheat_Sheet.html',
          ),
          tool('pip-audit', 'https://github.com/pypa/pip-audit', 'python'),
          docs('npm audit', 'https://docs.npmjs.com/cli/v11/commands/npm-audit', 'javascript'),
          tool('OWASP Dependency-Check', 'https://owasp.org/www-project-dependency-check/', 'java'),
        ],
      },
      2: {
        why: 'A dynamic scanner attacks your running app the way an outsider would, and finds missing headers and leaks that code review overlooks.',
        minutes: 35,
        doneWhen:
          'ZAP’s automated scan of your local app’s URL (for example `https://localhost:<port>`) finishes, and every alert in its report is marked fixed, accepted with a reason, or false positive.',
        resources: [
          tool('ZAP (Zed Attack Proxy)', 'https://github.com/zaproxy/zaproxy'),
          docs(
            'OWASP Web Security Testing Guide',
            'https://owasp.org/www-project-web-security-testing-guide/',
          ),
        ],
      },
      3: {
        why: 'A written checklist turns this week into a habit you can repeat on every project and show in your portfolio.',
        minutes: 20,
        doneWhen:
          'A SECURITY.md or checklist file in the repository has at least ten items covering this week’s topics, each ticked or linked to an open issue.',
        resources: [
          docs(
            'OWASP Application Security Verification Standard',
            'https://owasp.org/www-project-application-security-verification-standard/',
          ),
          docs(
            'Django: Deployment checklist (manage.py check --deploy)',
            'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/',
            'python',
          ),
          docs(
            'Express: Security best practices',
            'https://expressjs.com/en/advanced/best-practice-security.html',
            'javascript',
          ),
          docs(
            'Spring Security: Protection against exploits',
            'https://docs.spring.io/spring-security/reference/features/exploits/index.html',
            'java',
          ),
        ],
      },
    },
  },
});
