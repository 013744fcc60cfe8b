import { byStack } from '../build';
import { docs, phaseDetails, tool } from '../build-details';

export const DETAILS = phaseDetails('p90-performance', {
  d1: {
    checks: [
      [
        'Why report p95 latency rather than the average?',
        'The average hides slow outliers; p95 means 95% of requests were at least this fast, which reflects what your slowest users actually experience.',
      ],
      [
        'Why seed 100,000 rows before measuring?',
        'With a few dozen rows everything fits in memory and even full table scans are instant, so indexes, pagination and caching show no difference; realistic volumes make the slow paths visible.',
      ],
    ],
    items: {
      1: {
        why: 'You cannot tell whether an optimisation worked, or how much load a service can take, without a measured baseline on realistic data.',
        minutes: 45,
        doneWhen: byStack(
          '`SELECT count(*) FROM tasks;` returns at least 100,000 (e.g. one INSERT … SELECT over generate_series(1, 100000), then ANALYZE tasks), and your notes record requests per second and p95 latency from a fixed run of 50 users for 60 seconds against the app in production mode.',
          {
            python:
              '`SELECT count(*) FROM tasks;` returns at least 100,000 (e.g. one INSERT … SELECT over generate_series(1, 100000), then ANALYZE tasks), and your notes record requests per second and the 95%ile from `locust --headless -u 50 -r 10 -t 60s --host http://localhost:8000` against gunicorn with DEBUG=False, not runserver.',
            javascript:
              '`SELECT count(*) FROM tasks;` returns at least 100,000 (e.g. one INSERT … SELECT over generate_series(1, 100000), then ANALYZE tasks), and your notes record the http_reqs rate and http_req_duration p(95) from `k6 run` with 50 virtual users for 60 s against the app started with NODE_ENV=production.',
            java: '`SELECT count(*) FROM tasks;` returns at least 100,000 (e.g. one INSERT … SELECT over generate_series(1, 100000), then ANALYZE tasks), and your notes record the http_reqs rate and http_req_duration p(95) from `k6 run` with 50 virtual users for 60 s against the packaged jar, not a debug run from the IDE.',
          },
        ),
        resources: [
          docs(
            'PostgreSQL: set returning functions (generate_series)',
            'https://www.postgresql.org/docs/current/functions-srf.html',
          ),
          docs(
            'PostgreSQL: populating a database',
            'https://www.postgresql.org/docs/current/populate.html',
          ),
          docs(
            'Locust: running without the web UI',
            'https://docs.locust.io/en/stable/running-without-web-ui.html',
            'python',
          ),
          docs(
            'k6: running k6',
            'https://grafana.com/docs/k6/latest/get-started/running-k6/',
            'javascript',
          ),
          docs(
            'k6: running k6',
            'https://grafana.com/docs/k6/latest/get-started/running-k6/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Lighthouse shows what users of the page feel, such as load time and render-blocking files, which server numbers alone miss.',
        minutes: 10,
        doneWhen:
          'A Lighthouse report of your front page (DevTools → Lighthouse, mobile, in a private window) is saved as HTML or JSON in the repository, and its Performance score is in your notes.',
        resources: [
          tool('Lighthouse overview', 'https://developer.chrome.com/docs/lighthouse/overview'),
          docs('web.dev: Web Vitals', 'https://web.dev/articles/vitals'),
        ],
      },
      3: {
        why: 'Targets set in advance stop you optimising forever or declaring victory on a number that does not matter.',
        minutes: 10,
        doneWhen:
          "Your notes list a target for every number (e.g. p95 under 200 ms at 50 users, Lighthouse Performance at least 90) next to today's value.",
        resources: [
          docs(
            'Google SRE book: service level objectives',
            'https://sre.google/sre-book/service-level-objectives/',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What does a profiler tell you that timing logs do not?',
        'It samples or traces where time goes across all function calls, so you see the real hot spots, such as JSON serialisation or an N+1 loop, instead of guessing where to put timers.',
      ],
      [
        'Why fix the spot with the biggest share of the total time first?',
        'Speeding up something that takes 5% of a request can save at most 5%; the biggest share gives the biggest possible gain for the effort.',
      ],
    ],
    items: {
      1: {
        why: 'Profiling shows where a request really spends its time, so you fix the actual bottleneck instead of guessing.',
        minutes: 35,
        doneWhen: byStack(
          'A saved profile of one slow request names the function or query that takes the largest share of its time.',
          {
            python:
              'A cProfile output sorted by cumulative time (or the django-debug-toolbar SQL and timer panels) for one slow request is saved, and you can name the function or query with the largest share.',
            javascript:
              'A .cpuprofile from `node --cpu-prof` (opened in Chrome DevTools) or processed `node --prof` output from a run of slow requests is saved, and you can name the function with the largest share of time.',
            java: 'A Java Flight Recorder recording (`-XX:StartFlightRecording`, opened in JDK Mission Control) or a VisualVM snapshot from a run of slow requests is saved, and you can name the method with the largest share of time.',
          },
        ),
        resources: [
          docs(
            'Python: the Python profilers (cProfile)',
            'https://docs.python.org/3/library/profile.html',
            'python',
          ),
          tool(
            'django-debug-toolbar',
            'https://github.com/django-commons/django-debug-toolbar',
            'python',
          ),
          docs(
            'Node.js: profiling Node.js applications',
            'https://nodejs.org/en/learn/getting-started/profiling',
            'javascript',
          ),
          docs(
            'Node.js CLI: --cpu-prof',
            'https://nodejs.org/api/cli.html#--cpu-prof',
            'javascript',
          ),
          docs('dev.java: JDK Flight Recorder', 'https://dev.java/learn/jvm/jfr/', 'java'),
        ],
      },
      2: {
        why: 'Query timings show whether a slow request is waiting on the database, the most common cause in back-end apps.',
        minutes: 20,
        doneWhen: byStack(
          'Each SQL statement of a request is logged with its duration in milliseconds, and you can total the database time for one request.',
          {
            python:
              'A `connection.execute_wrapper` (or the django.db.backends logger at DEBUG, which only logs when DEBUG=True) logs each query with its duration, and you can total the database time for one request.',
            javascript:
              'Each query logs its duration (Sequelize with `benchmark: true` and a `logging` function, or a timed wrapper around `pool.query`), and you can total the database time for one request.',
            java: 'A JDBC proxy such as p6spy (or Hibernate statistics with `hibernate.generate_statistics=true` and `org.hibernate.stat` at DEBUG) logs each SQL statement with its time, and you can total the database time for one request.',
          },
        ),
        resources: [
          docs(
            'Django: database instrumentation',
            'https://docs.djangoproject.com/en/stable/topics/db/instrumentation/',
            'python',
          ),
          docs(
            'Sequelize: getting started (connection options and logging)',
            'https://sequelize.org/docs/v6/getting-started/',
            'javascript',
          ),
          tool('p6spy', 'https://github.com/p6spy/p6spy', 'java'),
          docs(
            'Hibernate ORM user guide: statistics',
            'https://docs.jboss.org/hibernate/orm/6.6/userguide/html_single/Hibernate_User_Guide.html#statistics',
            'java',
          ),
        ],
      },
      3: {
        why: 'A ranked list turns profiling data into a plan, so the rest of the week goes on the changes that matter most.',
        minutes: 10,
        doneWhen:
          'Your notes list three slow spots in order, each with its measured time or share of the request and the fix you plan to try.',
        resources: [
          docs(
            'Google SRE book: monitoring distributed systems',
            'https://sre.google/sre-book/monitoring-distributed-systems/',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'In EXPLAIN ANALYZE output, what shows that your new index is used?',
        'The plan switches from a Seq Scan on the table to an Index Scan, Index Only Scan or Bitmap Index Scan on the new index, and the actual execution time drops.',
      ],
      [
        'Why does a connection pool speed up a busy app?',
        'Opening a PostgreSQL connection costs a network handshake, authentication and a new server process; a pool keeps a few connections open and reuses them, and also caps how many the database has to serve at once.',
      ],
    ],
    items: {
      1: {
        why: 'Missing indexes are the most common cause of slow endpoints, and EXPLAIN ANALYZE is how you prove a fix works.',
        minutes: 25,
        doneWhen:
          'On the 100,000-row tasks table, EXPLAIN ANALYZE of your slowest query shows a Seq Scan before and an Index Scan (or Bitmap Index Scan) after the index migration, with both execution times in your notes.',
        resources: [
          docs(
            'PostgreSQL: using EXPLAIN',
            'https://www.postgresql.org/docs/current/using-explain.html',
          ),
          docs('PostgreSQL: indexes', 'https://www.postgresql.org/docs/current/indexes.html'),
        ],
      },
      2: {
        why: 'Selecting only the columns you need cuts database work, network transfer and memory, especially with wide text columns.',
        minutes: 15,
        doneWhen: byStack(
          'The SQL log for your list endpoint shows a column list instead of every column, and the response still has every field the client uses.',
          {
            python:
              'The SQL log for your list endpoint shows only the needed columns (using .only() or .values()), and the response still has every field the client uses.',
            javascript:
              'The SQL log for your list endpoint shows only the needed columns (using the attributes option or an explicit column list), and the response still has every field the client uses.',
            java: 'The SQL log for your list endpoint shows only the needed columns (using an interface or DTO projection), and the response still has every field the client uses.',
          },
        ),
        resources: [
          docs(
            'Django: database access optimization',
            'https://docs.djangoproject.com/en/stable/topics/db/optimization/',
            'python',
          ),
          docs(
            'Sequelize: model querying basics (attributes)',
            'https://sequelize.org/docs/v6/core-concepts/model-querying-basics/',
            'javascript',
          ),
          docs(
            'Spring Data JPA: projections',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/projections.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'One round trip for many rows instead of one per row is often a tenfold speed-up for imports and bulk updates.',
        minutes: 20,
        doneWhen: byStack(
          'Inserting 1,000 tasks as one batch inside one transaction is timed against 1,000 single inserts, and both times are in your notes.',
          {
            python:
              'Inserting 1,000 tasks with bulk_create(batch_size=500) inside transaction.atomic() is timed against 1,000 separate save() calls, and both times are in your notes.',
            javascript:
              'Inserting 1,000 tasks with Model.bulkCreate (or one multi-row INSERT) inside a transaction is timed against 1,000 single inserts, and both times are in your notes.',
            java: 'Inserting 1,000 tasks with saveAll in one @Transactional method and `spring.jpa.properties.hibernate.jdbc.batch_size=50` is timed against 1,000 single saves (Hibernate cannot batch inserts for IDENTITY ids, so use a sequence), and both times are in your notes.',
          },
        ),
        resources: [
          docs(
            'PostgreSQL: INSERT (multi-row VALUES)',
            'https://www.postgresql.org/docs/current/sql-insert.html',
          ),
          docs(
            'Django QuerySet API: bulk_create',
            'https://docs.djangoproject.com/en/stable/ref/models/querysets/#bulk-create',
            'python',
          ),
          docs(
            'Sequelize: transactions',
            'https://sequelize.org/docs/v6/other-topics/transactions/',
            'javascript',
          ),
          docs(
            'Hibernate ORM user guide: batching',
            'https://docs.jboss.org/hibernate/orm/6.6/userguide/html_single/Hibernate_User_Guide.html#batch',
            'java',
          ),
        ],
      },
      4: {
        why: 'Connection pooling is a basic scaling tool: it reuses and caps database connections so the app and PostgreSQL stay fast under load.',
        minutes: 20,
        doneWhen: byStack(
          'Your notes show requests per second and p95 from the same load test with a pool of 1 (or no pool) and with a pool of 10.',
          {
            python:
              "Your notes show requests per second and p95 from the same load test with the pool from day 50 removed from DATABASES['default']['OPTIONS'] (and CONN_MAX_AGE=0, so every request opens a connection), and with the pool switched back on.",
            javascript:
              'Your notes show requests per second and p95 from the same load test with the pool max set to 1 and to 10.',
            java: 'Your notes show requests per second and p95 from the same load test with `spring.datasource.hikari.maximum-pool-size` set to 1 and to 10.',
          },
        ),
        resources: [
          docs(
            'HikariCP wiki: about pool sizing',
            'https://github.com/brettwooldridge/HikariCP/wiki/About-Pool-Sizing',
          ),
          docs(
            'Django: databases (persistent connections and connection pool)',
            'https://docs.djangoproject.com/en/stable/ref/databases/',
            'python',
          ),
          docs(
            'Sequelize: connection pool',
            'https://sequelize.org/docs/v6/other-topics/connection-pool/',
            'javascript',
          ),
          docs(
            'Spring Boot: SQL databases (connection pool)',
            'https://docs.spring.io/spring-boot/reference/data/sql.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why can a fingerprinted file such as app.3f9a2c.css be cached for a year?',
        'Its name changes whenever its content changes, so a new release links to a new URL; the old cached copy is never wrong, it simply stops being requested.',
      ],
      [
        'What is the difference between Cache-Control: no-cache and no-store?',
        'no-cache allows storing the response but forces revalidation (e.g. with an ETag) before each reuse; no-store forbids storing it at all, which is what sensitive per-user data needs.',
      ],
    ],
    items: {
      1: {
        why: 'Long-lived caching of static files removes most repeat requests and is the cheapest speed-up a web app can get.',
        minutes: 25,
        doneWhen: byStack(
          '`curl -I` on a static file whose name contains a content hash shows a one-year max-age (e.g. `Cache-Control: public, max-age=31536000, immutable`), and the HTML links to the hashed name.',
          {
            python:
              '`curl -I` on a hashed file from ManifestStaticFilesStorage (after collectstatic, served e.g. by WhiteNoise) shows a one-year max-age such as `Cache-Control: max-age=31536000, public, immutable`, and the HTML links to the hashed name.',
            javascript:
              '`curl -I` on a static file whose name contains a content hash, served with `express.static(dir, { maxAge: "1y", immutable: true })`, shows `Cache-Control: public, max-age=31536000, immutable`, and the HTML links to the hashed name.',
            java: '`curl -I` on a versioned static file (with `spring.web.resources.chain.strategy.content.enabled=true` and `spring.web.resources.cache.cachecontrol.max-age=365d`) shows a one-year max-age, and the Thymeleaf page links to the hashed name.',
          },
        ),
        resources: [
          docs(
            'MDN: HTTP caching',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Caching',
          ),
          docs(
            'Django: ManifestStaticFilesStorage',
            'https://docs.djangoproject.com/en/stable/ref/contrib/staticfiles/#manifeststaticfilesstorage',
            'python',
          ),
          tool('WhiteNoise', 'https://github.com/evansd/whitenoise', 'python'),
          docs(
            'Express API: express.static',
            'https://expressjs.com/en/5x/api.html#express.static',
            'javascript',
          ),
          docs(
            'Spring MVC: static resources',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-config/static-resources.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Conditional requests let clients skip downloading unchanged data, and with a cheap validator such as updated_at the server can skip building the response too.',
        minutes: 30,
        doneWhen: byStack(
          "The first `curl -i` on one task shows an ETag; repeating it with `-H 'If-None-Match: <that exact value>'` returns 304 Not Modified with an empty body, and after the task changes the same request returns 200 again.",
          {
            python:
              "The first `curl -i` on one task shows an ETag (from @etag or @condition, or ConditionalGetMiddleware); repeating it with `-H 'If-None-Match: <that exact value>'` returns 304 with an empty body, and after the task changes it returns 200 again.",
            javascript:
              'The first `curl -i` on one task shows the weak ETag Express sets on res.json by default; repeating it with `-H \'If-None-Match: <that exact W/"…" value>\'` returns 304 with an empty body, and after the task changes it returns 200 again.',
            java: "The first `curl -i` on one task shows an ETag (from ShallowEtagHeaderFilter or ResponseEntity.eTag); repeating it with `-H 'If-None-Match: <that exact value>'` returns 304 with an empty body, and after the task changes it returns 200 again.",
          },
        ),
        resources: [
          docs(
            'MDN: HTTP conditional requests',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Conditional_requests',
          ),
          docs(
            'Django: conditional view processing',
            'https://docs.djangoproject.com/en/stable/topics/conditional-view-processing/',
            'python',
          ),
          docs(
            'MDN: ETag',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/ETag',
            'javascript',
          ),
          docs(
            'Spring MVC: HTTP caching',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-caching.html',
            'java',
          ),
        ],
      },
      3: {
        why: "A shared cache or proxy that stores one user's response can show it to another user, so personal data must be marked private or no-store.",
        minutes: 15,
        doneWhen: byStack(
          '`curl -I` with a login token on your task list shows `Cache-Control: private, no-store` (or no-cache), while a public page keeps its cacheable header.',
          {
            python:
              '`curl -I` with a login token on your task list shows `Cache-Control: private, no-store` (e.g. from @never_cache or @cache_control(private=True, no_store=True)), while a public page keeps its cacheable header.',
            javascript:
              "`curl -I` with a login token on your task list shows `Cache-Control: private, no-store` (e.g. `res.set('Cache-Control', 'private, no-store')` in your auth middleware), while a public page keeps its cacheable header.",
            java: '`curl -I` with a login token on your task list shows `Cache-Control: no-cache, no-store, max-age=0, must-revalidate`, which Spring Security adds to secured responses by default, while a public static file keeps its cacheable header.',
          },
        ),
        resources: [
          docs(
            'MDN: Cache-Control',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Cache-Control',
          ),
          docs('RFC 9111: HTTP caching', 'https://www.rfc-editor.org/rfc/rfc9111'),
          docs(
            'Django cache framework: controlling cache with other headers',
            'https://docs.djangoproject.com/en/stable/topics/cache/#controlling-cache-using-other-headers',
            'python',
          ),
          docs(
            'Spring Security: HTTP response headers',
            'https://docs.spring.io/spring-security/reference/servlet/exploits/headers.html',
            'java',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why does an in-process memory cache stop being enough once you run several app instances?',
        'Each process keeps its own copy, so instances disagree, an invalidation in one never reaches the others, and memory is duplicated; a shared cache such as Redis gives every instance the same view.',
      ],
      [
        'What is the cache-aside pattern?',
        'The app looks in the cache first; on a miss it reads from the database, stores the result with a time to live and returns it. On a write it updates the database and deletes (or refreshes) the cached entry.',
      ],
    ],
    items: {
      1: {
        why: 'Day 48 cached a slow outside call; applying the same pattern to an expensive query and measuring it under load shows how much database work a short-lived cache really saves on a read-heavy endpoint.',
        minutes: 25,
        doneWhen: byStack(
          'An endpoint that computes something expensive (e.g. task counts per status over the 100,000 tasks) is cached in memory for 60 seconds with the cache from day 48, its log shows one computation per minute however many requests arrive, and the load test against it shows a lower p95 than before.',
          {
            python:
              'An endpoint that computes something expensive (e.g. task counts per status over the 100,000 tasks) uses the same `cache.get_or_set(key, compute, timeout=60)` on the local-memory cache as your day-48 third-party call, its log shows one computation per minute in each gunicorn worker (each worker has its own copy until you move the cache to Redis) however many requests arrive, and the load test against it shows a lower p95 than before.',
            javascript:
              'An endpoint that computes something expensive (e.g. task counts per status over the 100,000 tasks) uses the Map-with-expiry cache from day 48, moved into its own module so both uses share it, its log shows one computation per minute however many requests arrive, and the load test against it shows a lower p95 than before.',
            java: 'An endpoint that computes something expensive (e.g. task counts per status over the 100,000 tasks) gets its own @Cacheable cache next to the day-48 one (Caffeine with `expireAfterWrite=60s`), its log shows one computation per minute however many requests arrive, and the load test against it shows a lower p95 than before.',
          },
        ),
        resources: [
          docs(
            'Cache-aside pattern',
            'https://learn.microsoft.com/en-us/azure/architecture/patterns/cache-aside',
          ),
          docs(
            "Django's cache framework",
            'https://docs.djangoproject.com/en/stable/topics/cache/',
            'python',
          ),
          docs(
            'MDN: Map',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map',
            'javascript',
          ),
          docs(
            'Spring Boot: caching',
            'https://docs.spring.io/spring-boot/reference/io/caching.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Redis is the standard shared cache in back-end stacks: every app instance sees the same entries, and they survive app restarts.',
        minutes: 35,
        doneWhen: byStack(
          'Redis runs as a `redis:8` service in your docker-compose.yml, your cached entry shows up in `docker compose exec redis redis-cli --scan` with a positive `TTL`, and after an app restart the value is served from Redis until the TTL runs out.',
          {
            python:
              'Redis runs as a `redis:8` service in your docker-compose.yml (stop the Redis you installed for Celery on day 43 and point CELERY_BROKER_URL at this one, so the two do not fight over port 6379), Django uses the built-in `django.core.cache.backends.redis.RedisCache` (with redis-py installed), your entry shows up in `docker compose exec redis redis-cli --scan` with a positive `TTL`, and after an app restart it is served from Redis until the TTL runs out.',
            javascript:
              'Redis runs as a `redis:8` service in your docker-compose.yml (stop the Redis you installed for BullMQ on day 43 and point the queue at this one, so the two do not fight over port 6379), the app stores the value with the redis client (`SET key value EX 60`), the key shows up in `docker compose exec redis redis-cli --scan` with a positive `TTL`, and after an app restart it is served from Redis until the TTL runs out.',
            java: 'Redis runs as a `redis:8` service in your docker-compose.yml, the app uses spring-boot-starter-data-redis with `spring.cache.type=redis` and `spring.cache.redis.time-to-live=60s` in place of Caffeine, the key shows up in `docker compose exec redis redis-cli --scan` with a positive `TTL`, and after an app restart it is served from Redis until the TTL runs out.',
          },
        ),
        resources: [
          docs('Redis: EXPIRE', 'https://redis.io/docs/latest/commands/expire/'),
          docs(
            'Django cache framework: Redis',
            'https://docs.djangoproject.com/en/stable/topics/cache/#redis',
            'python',
          ),
          docs(
            'Redis: redis-py guide',
            'https://redis.io/docs/latest/develop/clients/redis-py/',
            'python',
          ),
          docs(
            'Redis: Node.js client guide',
            'https://redis.io/docs/latest/develop/clients/nodejs/',
            'javascript',
          ),
          docs(
            'Spring Boot: Redis',
            'https://docs.spring.io/spring-boot/reference/data/nosql.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Stale data after an update is the classic caching bug, and a test is the only reliable proof that invalidation works.',
        minutes: 25,
        doneWhen:
          'An automated test reads the cached result (e.g. task counts per status, which fills the cache), changes a task’s status through the API, reads again and gets the new counts, and the test fails when you comment out the cache delete.',
        resources: [
          docs('Redis: DEL', 'https://redis.io/docs/latest/commands/del/'),
          docs(
            "Django's cache framework: the low-level cache API",
            'https://docs.djangoproject.com/en/stable/topics/cache/#the-low-level-cache-api',
            'python',
          ),
          docs(
            'Spring Framework: declarative caching (@CacheEvict)',
            'https://docs.spring.io/spring-framework/reference/integration/cache/annotations.html',
            'java',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'Why cap the page size a client can ask for?',
        'Without a maximum, ?page_size=1000000 brings back the whole table, which is exactly the slow query and huge response pagination was meant to prevent.',
      ],
      [
        'Why should the large image at the top of the page not get loading="lazy"?',
        'It is visible straight away and is often the Largest Contentful Paint element; lazy-loading it delays its download and makes the page look slower.',
      ],
    ],
    items: {
      1: {
        why: 'Unbounded list endpoints slow down as data grows and can take a server down with a single request.',
        minutes: 25,
        doneWhen: byStack(
          'Every list endpoint (projects, comments and the rest, not only tasks) returns one page plus paging data with the same parameters and maximum page size as the day-33 task list, and EXPLAIN ANALYZE of the query behind a deep page (OFFSET 99900) is in your notes next to page 1, showing what deep offsets cost.',
          {
            python:
              'Every list endpoint (projects, comments and the rest, not only tasks) uses your day-33 PageNumberPagination subclass (page_size_query_param, max_page_size = 100) through DEFAULT_PAGINATION_CLASS, `?page_size=1000` returns at most 100 items, and EXPLAIN ANALYZE of the query behind a deep page (OFFSET 99900) is in your notes next to page 1.',
            javascript:
              'Every list endpoint (projects, comments and the rest, not only tasks) reads page and page_size through one shared helper with the day-33 rules (page_size capped at 100), `?page_size=1000` returns at most 100 items, and EXPLAIN ANALYZE of the query behind a deep page (OFFSET 99900) is in your notes next to page 1.',
            java: 'Every list endpoint (projects, comments and the rest, not only tasks) takes a Pageable capped by `spring.data.web.pageable.max-page-size=100`, so `?size=1000` returns at most 100 items, and EXPLAIN ANALYZE of the query behind a deep page (OFFSET 99900) is in your notes next to page 1.',
          },
        ),
        resources: [
          docs(
            'PostgreSQL: LIMIT and OFFSET',
            'https://www.postgresql.org/docs/current/queries-limit.html',
          ),
          docs(
            'Django REST framework: pagination',
            'https://www.django-rest-framework.org/api-guide/pagination/',
            'python',
          ),
          docs(
            'Sequelize: model querying basics (limits and pagination)',
            'https://sequelize.org/docs/v6/core-concepts/model-querying-basics/',
            'javascript',
          ),
          docs(
            'Spring Data: query methods (paging and sorting)',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/query-methods-details.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Deferring what the first screen does not need makes pages usable sooner, especially on phones and slow networks.',
        minutes: 15,
        doneWhen:
          'Images below the fold have loading="lazy" with width and height set, non-critical scripts use defer (or type="module"), and the DevTools Network panel shows those images requested only when you scroll down.',
        resources: [
          docs(
            'MDN: lazy loading',
            'https://developer.mozilla.org/en-US/docs/Web/Performance/Guides/Lazy_loading',
          ),
          docs(
            'MDN: the script element (defer)',
            'https://developer.mozilla.org/en-US/docs/Web/HTML/Reference/Elements/script',
          ),
        ],
      },
      3: {
        why: 'Compression often shrinks JSON and HTML by 70% or more, and every request you remove saves a whole round trip.',
        minutes: 25,
        doneWhen: byStack(
          '`curl -s -o /dev/null -D - -H "Accept-Encoding: gzip"` on a large JSON response shows `Content-Encoding: gzip`, and the Network panel shows fewer requests on the front page than in your baseline.',
          {
            python:
              '`curl -s -o /dev/null -D - -H "Accept-Encoding: gzip"` on a large JSON response shows `Content-Encoding: gzip` (GZipMiddleware; read its BREACH warning for pages that mix secrets with user input), and the Network panel shows fewer requests on the front page than in your baseline.',
            javascript:
              '`curl -s -o /dev/null -D - -H "Accept-Encoding: gzip"` on a large JSON response shows `Content-Encoding: gzip` (the compression middleware), and the Network panel shows fewer requests on the front page than in your baseline.',
            java: '`curl -s -o /dev/null -D - -H "Accept-Encoding: gzip"` on a large JSON response shows `Content-Encoding: gzip` (`server.compression.enabled=true`; responses under 2 KB stay uncompressed by default), and the Network panel shows fewer requests on the front page than in your baseline.',
          },
        ),
        resources: [
          docs(
            'MDN: compression in HTTP',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Compression',
          ),
          docs(
            'Django: GZip middleware',
            'https://docs.djangoproject.com/en/stable/ref/middleware/#module-django.middleware.gzip',
            'python',
          ),
          docs(
            'Express: compression middleware',
            'https://expressjs.com/en/resources/middleware/compression.html',
            'javascript',
          ),
          docs(
            'Spring Boot how-to: enable HTTP response compression',
            'https://docs.spring.io/spring-boot/how-to/webserver.html#howto.webserver.enable-response-compression',
            'java',
          ),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'Why must the repeat load test use exactly the same settings and data as the baseline?',
        'Otherwise you cannot tell whether a difference comes from your changes or from a different user count, duration, data size or machine load.',
      ],
      [
        'What does a read replica help with, and what is its main catch?',
        'It takes read queries off the primary so reads can scale out, but replication is usually asynchronous, so a replica can lag and return slightly stale data, such as a task you have just created not appearing yet.',
      ],
    ],
    items: {
      1: {
        why: 'Only a like-for-like rerun shows what your week of changes actually bought.',
        minutes: 20,
        doneWhen:
          'The load test has run again with the same command, user count, duration and data as on day 71, and a new Lighthouse report is saved next to the first one.',
        resources: [
          tool('Lighthouse overview', 'https://developer.chrome.com/docs/lighthouse/overview'),
          docs('Locust: quick start', 'https://docs.locust.io/en/stable/quickstart.html', 'python'),
          docs(
            'k6: running k6',
            'https://grafana.com/docs/k6/latest/get-started/running-k6/',
            'javascript',
          ),
          docs(
            'k6: running k6',
            'https://grafana.com/docs/k6/latest/get-started/running-k6/',
            'java',
          ),
        ],
      },
      2: {
        why: 'A before-and-after table is how you report performance work to a team, or in an interview.',
        minutes: 10,
        doneWhen:
          'A table in your notes or README lists requests per second, p95 latency, Lighthouse score and front-page request count before and after, with the change in percent.',
        resources: [
          docs(
            'MDN: performance budgets',
            'https://developer.mozilla.org/en-US/docs/Web/Performance/Guides/Performance_budgets',
          ),
        ],
      },
      3: {
        why: 'Every optimisation adds code to maintain, so knowing which ones paid off tells you what to keep and what to try first next time.',
        minutes: 15,
        doneWhen:
          'A short write-up names the change with the biggest gain, its measured effect, and what it costs (extra code, cache invalidation, infrastructure such as Redis).',
        resources: [
          docs(
            'Google SRE book: handling overload',
            'https://sre.google/sre-book/handling-overload/',
          ),
          docs(
            'PostgreSQL: high availability, load balancing and replication',
            'https://www.postgresql.org/docs/current/high-availability.html',
          ),
        ],
      },
      4: {
        why: 'Running several instances behind a load balancer is the basic way to scale a stateless web app (sessions and caches in the database or Redis, not in one process’s memory) and to survive one instance failing.',
        minutes: 35,
        doneWhen:
          'Docker Compose runs nginx with an upstream block of two app containers (app1 and app2), `docker compose logs` shows requests reaching both, the load-test numbers through nginx are in your table, and with one app container stopped the site still answers.',
        resources: [
          docs(
            'nginx: using nginx as an HTTP load balancer',
            'https://nginx.org/en/docs/http/load_balancing.html',
          ),
          docs(
            'nginx: upstream module',
            'https://nginx.org/en/docs/http/ngx_http_upstream_module.html',
          ),
          docs('The Twelve-Factor App: processes', 'https://12factor.net/processes'),
        ],
      },
    },
  },
});
