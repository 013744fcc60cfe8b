import { byStack } from '../build';
import { docs, phaseDetails, tool } from '../build-details';

export const DETAILS = phaseDetails('p60-security', {
  d1: {
    checks: [
      [
        'What is the top risk in the OWASP Top 10:2025, and what does it look like in a task app?',
        "A01 Broken Access Control: users act outside their permissions, e.g. reading or changing another user's task by changing the id in the URL.",
      ],
      [
        'Why should a failed login give the same answer for an unknown email and a wrong password?',
        'Different answers let an attacker find out which emails have accounts, which feeds targeted password guessing and phishing.',
      ],
    ],
    items: {
      1: {
        why: 'The OWASP Top 10 is the shared vocabulary of security reviews, audits and interviews, so you need to know each category in your own words.',
        minutes: 45,
        doneWhen:
          'Your notes have ten lines, A01 to A10 of the 2025 list, each saying in your own words what goes wrong and one way to prevent it.',
        resources: [docs('OWASP Top 10:2025', 'https://owasp.org/Top10/2025/')],
      },
      2: {
        why: 'Mapping generic risks onto your own code is how real threat modelling starts, and it tells you where to spend the rest of this week.',
        minutes: 20,
        doneWhen:
          'Your notes name three categories (e.g. A01 on /api/v1/tasks/<id>, A05 injection in a search filter, A07 on login) with the file or endpoint where each could happen in your app.',
        resources: [
          docs(
            'OWASP A01:2025 Broken Access Control',
            'https://owasp.org/Top10/2025/A01_2025-Broken_Access_Control/',
          ),
          docs('OWASP A05:2025 Injection', 'https://owasp.org/Top10/2025/A05_2025-Injection/'),
        ],
      },
      3: {
        why: 'Login is the most attacked endpoint of any app, and small leaks such as telling which emails exist are classic audit findings.',
        minutes: 30,
        doneWhen:
          'An unknown email and a wrong password get the identical response (status and body), and your README lists which cheat-sheet checks you went through and the one gap you fixed.',
        resources: [
          docs(
            'OWASP Authentication Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html',
          ),
          docs(
            'OWASP A07:2025 Authentication Failures',
            'https://owasp.org/Top10/2025/A07_2025-Authentication_Failures/',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why do parameterised queries stop SQL injection?',
        "The SQL text and the values travel separately, so the database never parses user input as SQL; input such as ' OR '1'='1 is just a string to compare.",
      ],
      [
        'Your server templates escape every title. Why can the same stored title still run script on the fetch()-rendered list?',
        'That list is built in the browser from raw JSON, after the server’s templates are done; if the client code inserts the title with innerHTML, the browser parses it as HTML. Client code must use textContent (or escape), with a Content-Security-Policy as a second layer.',
      ],
    ],
    items: {
      1: {
        why: 'Injection is still in the OWASP Top 10, and seeing an attack work once makes you spot string-built SQL in any code review.',
        minutes: 35,
        doneWhen:
          "In a scratch script, a login query built by string concatenation returns a user for the password ' OR '1'='1, and the parameterised version of the same query returns nothing for that input.",
        resources: [
          docs(
            'OWASP SQL Injection Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
          ),
          docs(
            'Python sqlite3: placeholders',
            'https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders',
            'python',
          ),
          docs(
            'Node.js: node:sqlite prepared statements',
            'https://nodejs.org/api/sqlite.html',
            'javascript',
          ),
          docs(
            'Java tutorial: using prepared statements',
            'https://docs.oracle.com/javase/tutorial/jdbc/basics/prepared.html',
            'java',
          ),
        ],
      },
      2: {
        why: "Stored XSS lets one user run script in every other user's browser, and the fix has to hold both in server templates and in front-end code.",
        minutes: 30,
        doneWhen:
          'The task list, the detail page and the fetch()-rendered list all show the literal text <script>alert(1)</script> and no alert appears; the code that renders the fetched list uses textContent (or escapes) instead of innerHTML.',
        resources: [
          docs(
            'OWASP Cross Site Scripting Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html',
          ),
          docs(
            'MDN: Node.textContent',
            'https://developer.mozilla.org/en-US/docs/Web/API/Node/textContent',
          ),
          docs(
            'Django: automatic HTML escaping',
            'https://docs.djangoproject.com/en/stable/ref/templates/language/#automatic-html-escaping',
            'python',
          ),
          docs(
            'Thymeleaf: th:text escapes, th:utext does not',
            'https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'One forgotten concatenated query is enough for a breach, so a systematic search beats trusting memory.',
        minutes: 25,
        doneWhen:
          'A git grep for SELECT, INSERT, UPDATE and DELETE lists every raw query in your code, each one now passes values as placeholders (%s, $1, ? or :name), and your notes record the search command you used.',
        resources: [
          docs('git grep', 'https://git-scm.com/docs/git-grep'),
          docs(
            'Django: passing parameters into raw SQL',
            'https://docs.djangoproject.com/en/stable/topics/db/sql/#passing-parameters-into-raw',
            'python',
          ),
          docs(
            'Sequelize: replacements and bind parameters',
            'https://sequelize.org/docs/v6/core-concepts/raw-queries/#replacements',
            'javascript',
          ),
          docs(
            'Spring Data JPA: @Query with parameters',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html#jpa.query-methods.at-query',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Does a strict CORS policy protect your API from someone using curl?',
        'No. CORS only tells browsers which other origins may read responses; curl and servers ignore it, so authentication and authorisation still have to protect every endpoint.',
      ],
      [
        'Why does a cookie session need CSRF protection while a token sent in the Authorization header does not?',
        'Browsers attach cookies automatically, even to requests triggered by another site, so that site can act as the user; a header token is only added by your own JavaScript, which other sites cannot run.',
      ],
    ],
    items: {
      1: {
        why: 'Any app that logs in with cookies is open to cross-site request forgery unless its forms and state-changing requests carry a token or equivalent check.',
        minutes: 35,
        doneWhen: byStack(
          'Your note explains CSRF in three sentences, every state-changing form or fetch call sends a CSRF token, and a curl POST without it gets 403.',
          {
            python:
              'Your note explains CSRF in three sentences, every POST form contains {% csrf_token %}, and a curl POST without the token gets 403 from CsrfViewMiddleware.',
            javascript:
              'Your note explains CSRF in three sentences, forms and fetch calls send a token from a maintained package such as csrf-csrf (the old csurf package is deprecated), and a curl POST without it gets 403.',
            java: "Your note explains CSRF in three sentences, Spring Security's CSRF protection is on, forms include the _csrf field, and a curl POST without the token gets 403.",
          },
        ),
        resources: [
          docs(
            'OWASP Cross-Site Request Forgery Prevention Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
          ),
          docs(
            'Django: CSRF protection',
            'https://docs.djangoproject.com/en/stable/ref/csrf/',
            'python',
          ),
          tool(
            'csrf-csrf for Express',
            'https://github.com/Psifi-Solutions/csrf-csrf',
            'javascript',
          ),
          docs(
            'Spring Security: CSRF',
            'https://docs.spring.io/spring-security/reference/servlet/exploits/csrf.html',
            'java',
          ),
        ],
      },
      2: {
        why: "A wildcard CORS policy lets any website read your API responses with the user's credentials, so production APIs allow only the origins they serve.",
        minutes: 30,
        doneWhen:
          "fetch() from your front end's origin works; from a page on another origin (e.g. the static server you used on day 8, started on port 8001) the browser console shows a CORS error; and curl -i -H 'Origin: http://evil.example' shows no Access-Control-Allow-Origin header. If your page and API share one origin, the right policy is no CORS headers at all.",
        resources: [
          docs(
            'MDN: Cross-Origin Resource Sharing',
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
            'Spring Security: CORS',
            'https://docs.spring.io/spring-security/reference/servlet/integrations/cors.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Security headers are cheap defence in depth that scanners and audits check first, and a Content-Security-Policy blunts any XSS you missed.',
        minutes: 30,
        doneWhen:
          "DevTools' Network tab shows Content-Security-Policy (e.g. default-src 'self') and X-Content-Type-Options: nosniff on your pages, and the pages still work with no CSP errors in the console.",
        resources: [
          docs(
            'OWASP HTTP Security Response Headers Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html',
          ),
          docs(
            'Django: Content Security Policy (Django 6.0+; older versions use django-csp)',
            'https://docs.djangoproject.com/en/stable/ref/csp/',
            'python',
          ),
          tool(
            'helmet: security headers for Express',
            'https://github.com/helmetjs/helmet',
            'javascript',
          ),
          docs(
            'Spring Security: security HTTP response headers',
            'https://docs.spring.io/spring-security/reference/servlet/exploits/headers.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'How does a mkcert certificate differ from a self-signed one?',
        "mkcert creates a local certificate authority, adds its root to your system and browser trust stores and signs your localhost certificate with it, so browsers trust it without a warning; a self-signed certificate signs itself and triggers one. Never share mkcert's rootCA-key.pem.",
      ],
      [
        'What do the Secure, HttpOnly and SameSite cookie attributes do?',
        'Secure sends the cookie only over HTTPS; HttpOnly hides it from JavaScript, which limits theft through XSS; SameSite=Lax or Strict stops the browser sending it on most cross-site requests, which blunts CSRF.',
      ],
    ],
    items: {
      1: {
        why: 'Testing locally over HTTPS catches Secure-cookie, mixed-content and redirect problems before they appear in production.',
        minutes: 45,
        doneWhen: byStack(
          'After mkcert -install and mkcert localhost 127.0.0.1, your app serves https://localhost with a padlock and no certificate warning.',
          {
            python:
              'After mkcert -install and mkcert localhost 127.0.0.1, gunicorn (pip install gunicorn) with --certfile and --keyfile pointing at the two PEM files (on Linux, macOS or WSL) serves https://localhost:8000 with a padlock and no warning.',
            javascript:
              'After mkcert -install and mkcert localhost 127.0.0.1, https.createServer({ key, cert }, app) with the two PEM files serves https://localhost:3443 with a padlock and no warning.',
            java: 'After mkcert -install and mkcert localhost 127.0.0.1, server.ssl.certificate and server.ssl.certificate-private-key point at the two PEM files and https://localhost:8443 opens with a padlock and no warning.',
          },
        ),
        resources: [
          tool('mkcert', 'https://github.com/FiloSottile/mkcert'),
          docs(
            'Django: how to use Django with Gunicorn',
            'https://docs.djangoproject.com/en/stable/howto/deployment/wsgi/gunicorn/',
            'python',
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
      2: {
        why: 'Session cookies are the keys to user accounts, and these three attributes are the standard protection every security review checks.',
        minutes: 20,
        doneWhen:
          'DevTools → Application → Cookies shows your session cookie with Secure, HttpOnly and SameSite=Lax (or Strict), and logging in still works over https://localhost.',
        resources: [
          docs(
            'MDN: Set-Cookie',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie',
          ),
          docs(
            'Django: SESSION_COOKIE_SECURE and related settings',
            'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure',
            'python',
          ),
          docs(
            'Express: express-session cookie options',
            'https://expressjs.com/en/resources/middleware/session.html',
            'javascript',
          ),
          docs(
            'Spring Boot: server.servlet.session.cookie properties',
            'https://docs.spring.io/spring-boot/appendix/application-properties/index.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Secrets committed to Git are found by bots within minutes, so configuration through the environment is standard practice on every team.',
        minutes: 25,
        doneWhen:
          'git grep for your secret values finds nothing, the app reads them from environment variables, a committed .env.example lists the names only, and git check-ignore -v .env shows the rule that ignores the real file.',
        resources: [
          docs('The Twelve-Factor App: config', 'https://12factor.net/config'),
          docs('Git: gitignore', 'https://git-scm.com/docs/gitignore'),
          docs(
            'OWASP Secrets Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why rate-limit the login endpoint?',
        'Without a limit an attacker can try thousands of passwords or leaked email–password pairs a minute; limiting attempts per account and per IP, answering 429 with Retry-After, makes that impractical.',
      ],
      [
        'What do you do when a scan reports a vulnerable dependency?',
        'Check whether the vulnerable code applies to you, upgrade to a fixed version (or replace the package), run the tests and the scan again, and commit the updated lock file; record a reason for anything you accept.',
      ],
    ],
    items: {
      1: {
        why: 'Most code in your app belongs to dependencies, and vulnerable or compromised packages are in the OWASP Top 10 as software supply chain failures.',
        minutes: 35,
        doneWhen: byStack(
          'The scan runs, each finding is upgraded or noted with a reason, the tests still pass, and a second scan shows nothing you have not accepted.',
          {
            python:
              'pip-audit -r requirements.txt runs, each finding is upgraded or noted with a reason, the tests still pass, and a second run shows nothing you have not accepted.',
            javascript:
              'npm audit lists the findings, npm audit fix (or a manual upgrade) resolves what it can, the tests still pass, and the updated package-lock.json is committed.',
            java: 'The dependency-check Maven plugin (./mvnw org.owasp:dependency-check-maven:check) writes an HTML report (its first run downloads the NVD data, which is slow without a free API key), each high or critical finding is upgraded or noted with a reason, and the tests still pass.',
          },
        ),
        resources: [
          docs(
            'OWASP Vulnerable Dependency Management Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Vulnerable_Dependency_Management_Cheat_Sheet.html',
          ),
          tool('pip-audit', 'https://github.com/pypa/pip-audit', 'python'),
          docs('npm audit', 'https://docs.npmjs.com/cli/v11/commands/npm-audit', 'javascript'),
          tool('OWASP Dependency-Check', 'https://owasp.org/www-project-dependency-check/', 'java'),
        ],
      },
      2: {
        why: 'Rate limits on login stop password guessing and credential stuffing, and they are a standard item in security reviews.',
        minutes: 40,
        doneWhen:
          'A loop of failed logins with curl gets 429 Too Many Requests with a Retry-After header once it passes your limit (e.g. 5 a minute), and a correct login works again after the window.',
        resources: [
          docs(
            'MDN: 429 Too Many Requests',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429',
          ),
          docs(
            'Django REST framework: throttling',
            'https://www.django-rest-framework.org/api-guide/throttling/',
            'python',
          ),
          tool(
            'express-rate-limit',
            'https://github.com/express-rate-limit/express-rate-limit',
            'javascript',
          ),
          tool('Bucket4j: rate limiting for Java', 'https://github.com/bucket4j/bucket4j', 'java'),
        ],
      },
      3: {
        why: 'A written security checklist turns this week into a repeatable review you can run on every project and show to an employer.',
        minutes: 25,
        doneWhen:
          'SECURITY.md (or a README section) lists at least 12 checks (password hashing, owner checks, parameterised queries, escaping, CSRF, CORS, headers, cookie flags, HTTPS, secrets, dependency scan, rate limit), each ticked or linked to an open issue.',
        resources: [
          docs(
            'OWASP Application Security Verification Standard',
            'https://owasp.org/www-project-application-security-verification-standard/',
          ),
          docs(
            'Django: deployment checklist',
            'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/',
            'python',
          ),
        ],
      },
    },
  },
});
