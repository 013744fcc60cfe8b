import { byStack } from '../build';
import { book, docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p60-performance', {
  d1: {
    checks: [
      [
        'Why report p95 latency instead of the average?',
        'The average hides the slow tail; p95 says 95% of requests were at least this fast, which is closer to what unlucky users feel and what service-level objectives are written against.',
      ],
      [
        'Why load-test a production-like server rather than the development server?',
        "Development servers (Django's runserver, watch mode, debug settings) add overhead or run a single process, so their numbers say little about production; test gunicorn, plain node or the packaged jar, ideally in the container.",
      ],
    ],
    items: {
      1: {
        why: 'You cannot tell whether an optimisation worked without a baseline, and load testing is how teams find their limits before users do.',
        minutes: 40,
        doneWhen: byStack(
          'A 60-second load test with about 20 concurrent users against GET /api/v1/tasks on localhost completes with every request logged in (a session cookie or token sent each time) and no non-2xx responses, so you are not measuring fast 401s; your notes record requests per second and the tail latency.',
          {
            python:
              'locust -f locustfile.py --headless -u 20 -r 5 -t 60s --host http://localhost:8000 completes against GET /api/v1/tasks with 0 failures (each user logs in in on_start, or sends your session cookie, so no request gets 401), and your notes record requests per second and the 95th percentile.',
            javascript:
              "npx autocannon -c 20 -d 60 -H 'Cookie: connect.sid=…' (or -H 'Authorization: Bearer …') http://localhost:3000/api/v1/tasks completes with no non-2xx responses, and your notes record requests per second and the 99% latency column (autocannon prints 2.5%, 50%, 97.5% and 99%, not p95).",
            java: 'k6 run --vus 20 --duration 60s script.js, where script.js GETs http://localhost:8080/api/v1/tasks with your session cookie or token in its headers, completes with http_req_failed at 0%, and your notes record http_reqs per second and p(95) of http_req_duration.',
          },
        ),
        resources: [
          book(
            'Google SRE book: monitoring distributed systems',
            'https://sre.google/sre-book/monitoring-distributed-systems/',
          ),
          tutorial(
            'Locust: quickstart',
            'https://docs.locust.io/en/stable/quickstart.html',
            'python',
          ),
          tool('autocannon', 'https://github.com/mcollina/autocannon', 'javascript'),
          docs(
            'k6: running k6',
            'https://grafana.com/docs/k6/latest/get-started/running-k6/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Slow queries cause most back-end latency, and the database can tell you which ones they are.',
        minutes: 25,
        doneWhen:
          'Each query duration is logged (log_min_duration_statement = 100 in PostgreSQL, the slow query log in MySQL, or ORM query logging with timings), and your notes name the slowest query seen during the load test and its time.',
        resources: [
          docs(
            'PostgreSQL: log_min_duration_statement',
            'https://www.postgresql.org/docs/current/runtime-config-logging.html',
          ),
          docs(
            'PostgreSQL: pg_stat_statements',
            'https://www.postgresql.org/docs/current/pgstatstatements.html',
          ),
          docs(
            'MySQL: the slow query log',
            'https://dev.mysql.com/doc/refman/8.4/en/slow-query-log.html',
          ),
        ],
      },
      3: {
        why: 'The page your back end serves is judged by how fast it loads, and Lighthouse points at server-side wins such as caching and compression.',
        minutes: 20,
        doneWhen:
          'A saved Lighthouse report (Chrome DevTools → Lighthouse, or npx lighthouse <url>) gives your performance score, and your notes list its top three opportunities.',
        resources: [
          docs(
            'Chrome for Developers: Lighthouse overview',
            'https://developer.chrome.com/docs/lighthouse/overview/',
          ),
          docs('web.dev: Web Vitals', 'https://web.dev/articles/vitals'),
        ],
      },
      4: {
        why: 'Metrics such as request rate and latency histograms are how teams watch production, and Prometheus format is the common standard for them.',
        minutes: 30,
        doneWhen: byStack(
          'A metrics endpoint returns Prometheus text with a request counter and a latency histogram, and the counter rises by about the number of requests your load test sent.',
          {
            python:
              'GET /metrics returns Prometheus text with a request counter and a latency histogram (e.g. http_requests_total and http_request_duration_seconds_bucket), and the counter rises by about the number of requests the load test sent. Under gunicorn with several workers each process counts only its own requests, so set PROMETHEUS_MULTIPROC_DIR and use the multiprocess collector (or run one worker for this check).',
            javascript:
              'GET /metrics returns prom-client output with your request counter and latency histogram, and the counter rises by about the number of requests the load test sent.',
            java: 'With spring-boot-starter-actuator, micrometer-registry-prometheus and management.endpoints.web.exposure.include=health,prometheus, GET /actuator/prometheus shows http_server_requests_seconds_count rising by about the number of requests the load test sent.',
          },
        ),
        resources: [
          docs(
            'Prometheus: histograms and summaries',
            'https://prometheus.io/docs/practices/histograms/',
          ),
          tool(
            'Prometheus client for Python',
            'https://github.com/prometheus/client_python',
            'python',
          ),
          tool('prom-client for Node.js', 'https://github.com/siimon/prom-client', 'javascript'),
          docs(
            'Spring Boot Actuator: metrics',
            'https://docs.spring.io/spring-boot/reference/actuator/metrics.html',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why does an ETag computed from the finished response save bandwidth but not server time?',
        'The server still runs the handler and the query to build the body, hashes it and only then sees it is unchanged. To save the work too, derive the ETag cheaply up front (e.g. from an updated_at column or a version number) and answer 304 before running the query.',
      ],
      [
        'What is the difference between Cache-Control: no-cache and no-store?',
        'no-cache lets a cache keep the response but requires revalidation before every reuse; no-store forbids storing it at all, which is what tokens and personal details need. Adding private keeps a per-user response out of shared caches such as proxies and CDNs.',
      ],
    ],
    items: {
      1: {
        why: 'Long-lived caching of static files removes most repeat requests to your server for free.',
        minutes: 30,
        doneWhen: byStack(
          'The Network tab shows Cache-Control: max-age=31536000, immutable on your versioned CSS and JS files, and a reload serves them from the browser cache. Use such long lifetimes only for file names that change with their content.',
          {
            python:
              'With static files served by WhiteNoise (or nginx) under hashed names, the Network tab shows a long max-age on your CSS and JS, and a reload serves them from the browser cache.',
            javascript:
              "express.static with { maxAge: '1y', immutable: true } on versioned file names makes the Network tab show the Cache-Control header, and a reload serves the files from the browser cache.",
            java: 'spring.web.resources.cache.cachecontrol.max-age=365d with content-versioned file names makes the Network tab show Cache-Control on CSS and JS, and a reload serves them from the browser cache.',
          },
        ),
        resources: [
          docs(
            'MDN: Cache-Control',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Cache-Control',
          ),
          docs(
            'Django: deploying static files',
            'https://docs.djangoproject.com/en/stable/howto/static-files/deployment/',
            'python',
          ),
          docs(
            'Express API: express.static',
            'https://expressjs.com/en/api.html#express.static',
            'javascript',
          ),
          docs(
            'Spring Boot: static content',
            'https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.static-content',
            'java',
          ),
        ],
      },
      2: {
        why: 'Conditional requests let clients reuse data they already hold, cutting bandwidth for API responses that rarely change.',
        minutes: 40,
        doneWhen: byStack(
          "With your session cookie or token sent, curl -i shows an ETag and Cache-Control: private, no-cache on GET /api/v1/tasks/1, and curl -i -H 'If-None-Match: <that etag>' returns 304 with no body.",
          {
            python:
              "With ConditionalGetMiddleware (or the @etag decorator) and your session cookie sent, curl -i shows an ETag and Cache-Control: private, no-cache on GET /api/v1/tasks/1, and curl -i -H 'If-None-Match: <that etag>' returns 304 with no body.",
            javascript:
              "Express already adds a weak ETag to res.json responses: with your cookie or token sent, curl -i shows it (next to the Cache-Control: private, no-cache you set) on GET /api/v1/tasks/1, curl -i -H 'If-None-Match: <that etag>' returns 304 with no body, and your notes say why the handler still runs every time.",
            java: "With a ShallowEtagHeaderFilter registered (or ResponseEntity.eTag()) and your session cookie or token sent, curl -i shows an ETag and Cache-Control: private, no-cache on GET /api/v1/tasks/1, and curl -i -H 'If-None-Match: <that etag>' returns 304 with no body.",
          },
        ),
        resources: [
          docs(
            'MDN: ETag',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/ETag',
          ),
          docs(
            'Django: conditional view processing',
            'https://docs.djangoproject.com/en/stable/topics/conditional-view-processing/',
            'python',
          ),
          docs(
            'Express API: the etag setting',
            'https://expressjs.com/en/api.html#app.settings.table',
            'javascript',
          ),
          docs(
            'Spring Framework: HTTP caching and ETags',
            'https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-caching.html',
            'java',
          ),
        ],
      },
      3: {
        why: "Caching a logged-in user's data in a shared cache can show it to the next user, one of the worst bugs a back end can ship.",
        minutes: 20,
        doneWhen:
          'Your notes list the responses no cache may store (login and sign-up answers, /api/v1/me, anything with tokens or personal details) and curl -i on each shows Cache-Control: no-store; per-user lists that keep the ETag from item 2 carry private, no-cache instead, so no shared cache ever holds them.',
        resources: [
          docs(
            'MDN: HTTP caching',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Caching',
          ),
          docs('RFC 9111: HTTP Caching', 'https://www.rfc-editor.org/rfc/rfc9111'),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'What is the cache-aside pattern?',
        'The app looks in the cache first; on a miss it reads the database, stores the result with a time to live and returns it; on every write it deletes (or updates) the cached entry.',
      ],
      [
        'Why move an in-memory cache to Redis once you run several app instances?',
        'Each process has its own memory, so instances would hold different copies that are cleared at different times; Redis is one shared cache that every instance reads and clears.',
      ],
    ],
    items: {
      1: {
        why: 'Caching expensive results is the quickest big win for read-heavy endpoints, and a time limit bounds how stale the data can get.',
        minutes: 35,
        doneWhen: byStack(
          'The first request to the cached endpoint runs the query, repeat requests within 60 seconds do not (the SQL log stays quiet), and after 60 seconds the query runs again; the cache key includes the user id, so no user is ever served another user’s cached result.',
          {
            python:
              "With Django's cache framework (LocMemCache), a 60-second timeout and a key that includes request.user.id, the first request runs the query, repeats within a minute do not (the SQL log stays quiet), and after 60 seconds it runs again.",
            javascript:
              'A Map-based cache keyed by user id that stores each value with an expiry time (or a package such as lru-cache with ttl) answers repeats for 60 seconds without a query in the SQL log, and queries again after that.',
            java: 'With spring-boot-starter-cache, the caffeine dependency and @EnableCaching, a @Cacheable method whose key includes the user id (spring.cache.caffeine.spec=expireAfterWrite=60s) answers repeats for 60 seconds without a query in the SQL log, and the query runs again after expiry.',
          },
        ),
        resources: [
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
          docs(
            'Spring Boot: caching',
            'https://docs.spring.io/spring-boot/reference/io/caching.html',
            'java',
          ),
          tutorial('Spring guide: caching data', 'https://spring.io/guides/gs/caching', 'java'),
        ],
      },
      2: {
        why: 'Redis is the most common shared cache in back-end stacks, and moving a cache there is a typical first task with it.',
        minutes: 40,
        doneWhen: byStack(
          'docker run -d --name redis -p 6379:6379 redis:8 runs, your cache stores entries in Redis with a 60-second expiry, and docker exec redis redis-cli TTL <key> shows the seconds left.',
          {
            python:
              "docker run -d --name redis -p 6379:6379 redis:8 runs, Django's built-in RedisCache backend (with the redis package installed) replaces LocMemCache, and docker exec redis redis-cli KEYS '*' shows your cached key.",
            javascript:
              'docker run -d --name redis -p 6379:6379 redis:8 runs, your cache uses node-redis with SET key value EX 60, and docker exec redis redis-cli TTL <key> shows the seconds left.',
            java: "docker run -d --name redis -p 6379:6379 redis:8 runs, spring-boot-starter-data-redis with spring.cache.type=redis and spring.cache.redis.time-to-live=60s replaces Caffeine, and docker exec redis redis-cli KEYS '*' shows your cached entries.",
          },
        ),
        resources: [
          docs(
            'Redis: run Redis in Docker',
            'https://redis.io/docs/latest/operate/oss_and_stack/install/install-stack/docker/',
          ),
          docs(
            'Django: the Redis cache backend',
            'https://docs.djangoproject.com/en/stable/topics/cache/#redis',
            'python',
          ),
          docs(
            'Redis: redis-py guide',
            'https://redis.io/docs/latest/develop/clients/redis-py/',
            'python',
          ),
          docs(
            'Redis: node-redis guide',
            'https://redis.io/docs/latest/develop/clients/nodejs/',
            'javascript',
          ),
          docs('Redis: EXPIRE', 'https://redis.io/docs/latest/commands/expire/', 'javascript'),
          docs(
            'Spring Boot: working with Redis',
            'https://docs.spring.io/spring-boot/reference/data/nosql.html#data.nosql.redis',
            'java',
          ),
        ],
      },
      3: {
        why: 'Stale data after an edit is the classic caching bug, and an integration test is the only reliable guard against it coming back.',
        minutes: 35,
        doneWhen:
          'After creating, editing or deleting a task, the next read shows the change at once because the write deletes the cached entry, and an automated integration test (read, change, read again) passes.',
        resources: [
          docs(
            'Cache-Aside pattern',
            'https://learn.microsoft.com/en-us/azure/architecture/patterns/cache-aside',
          ),
          docs(
            'Spring Framework: @CacheEvict',
            'https://docs.spring.io/spring-framework/reference/integration/cache/annotations.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'What do you give up when you switch from offset to keyset pagination?',
        'Jumping straight to page N and cheap page counts: a client can only move on (or back) from a cursor. The sort must also be on a unique key, or end with one such as id as a tiebreaker, or rows with equal sort values are skipped or repeated.',
      ],
      [
        'What does a database connection pool save?',
        'Opening a connection costs a network handshake, authentication and a server process; a pool keeps a few connections open and lends them to requests, so queries skip that cost and the database is not flooded with connections.',
      ],
    ],
    items: {
      2: {
        why: 'Deferring off-screen images cuts the bytes a first page load needs, which users and search rankings both notice.',
        minutes: 15,
        doneWhen:
          'Images below the fold have loading="lazy" plus width and height attributes, and the Network tab shows them loading only when you scroll down.',
        resources: [
          docs(
            'MDN: lazy loading',
            'https://developer.mozilla.org/en-US/docs/Web/Performance/Guides/Lazy_loading',
          ),
          docs(
            'web.dev: browser-level image lazy loading',
            'https://web.dev/articles/browser-level-image-lazy-loading',
          ),
        ],
      },
      3: {
        why: 'Compressing text responses often shrinks them by two thirds or more, and fewer requests mean fewer round trips on slow networks.',
        minutes: 35,
        doneWhen:
          'Responses over about 1 KB carry Content-Encoding: gzip (or br) in the Network tab, the transferred size is clearly smaller than the resource size, and the page makes at least one request fewer than before (note both counts).',
        resources: [
          docs(
            'MDN: compression in HTTP',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Compression',
          ),
          docs(
            'Django: GZipMiddleware',
            'https://docs.djangoproject.com/en/stable/ref/middleware/#module-django.middleware.gzip',
            'python',
          ),
          docs(
            'Express: compression middleware',
            'https://expressjs.com/en/resources/middleware/compression.html',
            'javascript',
          ),
          docs(
            'Spring Boot: enable HTTP response compression',
            'https://docs.spring.io/spring-boot/how-to/webserver.html#howto.webserver.enable-response-compression',
            'java',
          ),
        ],
      },
      4: {
        why: 'Connection pools are how every production back end talks to its database, and a wrongly sized pool shows up as timeouts under load.',
        minutes: 30,
        doneWhen: byStack(
          "During the load test, SELECT count(*) FROM pg_stat_activity WHERE datname = '<db>' stays at a small, steady number set by your pool (SHOW PROCESSLIST on MySQL), and your notes compare throughput with a pool of 2 and of 10.",
          {
            python:
              "With CONN_MAX_AGE=60 (or OPTIONS: {'pool': True} with psycopg 3 on Django 5.1+), SELECT count(*) FROM pg_stat_activity WHERE datname = '<db>' stays small and steady during the load test instead of rising and falling with each request (SHOW PROCESSLIST on MySQL).",
            javascript:
              "With pool: { max: 10 } in your Sequelize options, SELECT count(*) FROM pg_stat_activity WHERE datname = '<db>' stays at 10 or fewer during the load test (SHOW PROCESSLIST on MySQL), and your notes compare throughput with max: 2.",
            java: "With spring.datasource.hikari.maximum-pool-size=10, SELECT count(*) FROM pg_stat_activity WHERE datname = '<db>' stays at 10 or fewer during the load test (SHOW PROCESSLIST on MySQL), and your notes compare throughput with a pool of 2.",
          },
        ),
        resources: [
          docs(
            'PostgreSQL: pg_stat_activity',
            'https://www.postgresql.org/docs/current/monitoring-stats.html#MONITORING-PG-STAT-ACTIVITY-VIEW',
          ),
          docs(
            'Django: database connection management and pooling',
            'https://docs.djangoproject.com/en/stable/ref/databases/#connection-management',
            'python',
          ),
          docs(
            'Sequelize: connection pool',
            'https://sequelize.org/docs/v6/other-topics/connection-pool/',
            'javascript',
          ),
          tool(
            'HikariCP: pool sizing and settings',
            'https://github.com/brettwooldridge/HikariCP',
            'java',
          ),
        ],
      },
      5: {
        why: 'Offset pages get slower the deeper a client reads, because the database still walks every skipped row, and keyset pagination is how large production lists stay fast.',
        minutes: 35,
        doneWhen: byStack(
          'With the ~100,000 tasks from day 40, `?limit=20&after=<last id>` (WHERE id > :after ORDER BY id LIMIT 20) returns the same 20 tasks as `?limit=20&offset=90000` plus a next cursor, the page size is still capped, and EXPLAIN ANALYZE shows the keyset query reading about 20 index entries where the OFFSET one reads past about 90,000 rows, with both times noted.',
          {
            python:
              "DRF's CursorPagination (ordering = 'id', page_size 20, max_page_size 100) answers the list with an opaque `next` cursor; with the ~100,000 tasks from day 40, EXPLAIN ANALYZE of the SQL it sends (WHERE id > … ORDER BY id LIMIT …) stays fast while the old LIMIT 20 OFFSET 90000 reads past about 90,000 rows, with both times noted.",
            javascript:
              "`Task.findAll({ where: { id: { [Op.gt]: after } }, order: [['id', 'ASC']], limit: 20 })` serves `?after=<last id>` with a next cursor and the capped page size; with the ~100,000 tasks from day 40, EXPLAIN ANALYZE shows it reading about 20 index entries where LIMIT 20 OFFSET 90000 reads past about 90,000 rows, with both times noted.",
            java: 'A repository method such as findFirst20ByIdGreaterThanOrderByIdAsc(Long after) (or a Window<Task> with ScrollPosition.keyset()) serves `?after=<last id>` with a next cursor; with the ~100,000 tasks from day 40, EXPLAIN ANALYZE shows it reading about 20 index entries where LIMIT 20 OFFSET 90000 reads past about 90,000 rows, with both times noted.',
          },
        ),
        resources: [
          docs(
            'PostgreSQL: LIMIT and OFFSET (why large offsets are slow)',
            'https://www.postgresql.org/docs/current/queries-limit.html',
          ),
          docs(
            'Django REST framework: CursorPagination',
            'https://www.django-rest-framework.org/api-guide/pagination/#cursorpagination',
            'python',
          ),
          docs(
            'Sequelize: operators (Op.gt)',
            'https://sequelize.org/docs/v6/core-concepts/model-querying-basics/#operators',
            'javascript',
          ),
          docs(
            'Spring Data JPA: scrolling (keyset)',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/scrolling.html',
            'java',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What does a load balancer in front of two app instances give you?',
        'It spreads requests across the instances, so you can serve more traffic and keep serving while one instance crashes or is redeployed, as long as the app keeps no per-user state in its own memory (sessions and caches live in the database or Redis).',
      ],
      [
        'What are database read replicas for, and what is their catch?',
        "Replicas receive a copy of the primary's changes and can answer read queries, spreading load; replication is usually asynchronous, so a replica may briefly return stale data (replication lag), and every write still goes to the primary.",
      ],
    ],
    items: {
      1: {
        why: 'Repeating the same measurement is the only honest way to show that your changes made the service faster.',
        minutes: 30,
        doneWhen:
          "The day-one load test runs again with the same users, duration and endpoint, and your notes show requests per second and tail latency next to day one's numbers.",
        resources: [
          tutorial(
            'Locust: quickstart',
            'https://docs.locust.io/en/stable/quickstart.html',
            'python',
          ),
          tool('autocannon', 'https://github.com/mcollina/autocannon', 'javascript'),
          docs(
            'k6: running k6',
            'https://grafana.com/docs/k6/latest/get-started/running-k6/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Checking the worst query again confirms that the index or cache you added is actually used.',
        minutes: 20,
        doneWhen:
          "EXPLAIN ANALYZE (or your query log) for day one's slowest query now shows an index scan or a cache hit, with its new time written next to the old one.",
        resources: [
          docs(
            'PostgreSQL: using EXPLAIN',
            'https://www.postgresql.org/docs/current/using-explain.html',
          ),
          docs(
            'MySQL: EXPLAIN ANALYZE',
            'https://dev.mysql.com/doc/refman/8.4/en/explain.html#explain-analyze',
          ),
        ],
      },
      3: {
        why: 'A before-and-after table is how engineers justify performance work to their team, and it makes a strong portfolio piece.',
        minutes: 25,
        doneWhen:
          'Your README has a table with one row per change (index, keyset pagination, ETag, cache, compression, pool), the metric before and after, and a one-line verdict, including changes that did not help.',
        resources: [
          book(
            'Google SRE book: service level objectives',
            'https://sre.google/sre-book/service-level-objectives/',
          ),
        ],
      },
      4: {
        why: 'Running several instances behind a load balancer is the basic way back ends scale out and survive one instance failing.',
        minutes: 40,
        doneWhen:
          'docker compose runs nginx plus two app containers named in an upstream block, repeated curl requests through nginx show both instances answering in their logs, the load test through nginx completes, and the site keeps working when you stop one app container.',
        resources: [
          docs('nginx: HTTP load balancing', 'https://nginx.org/en/docs/http/load_balancing.html'),
          docs(
            'nginx: the upstream module',
            'https://nginx.org/en/docs/http/ngx_http_upstream_module.html',
          ),
          docs(
            'PostgreSQL: high availability, load balancing and replication',
            'https://www.postgresql.org/docs/current/high-availability.html',
          ),
        ],
      },
    },
  },
});
