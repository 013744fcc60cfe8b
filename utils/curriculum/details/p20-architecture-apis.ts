import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-architecture-apis', {
  d1: {
    checks: [
      [
        'What happens before the browser can even send the HTTP request to a site it has not visited?',
        'It resolves the domain name to an IP address with DNS, opens a TCP connection to that address and, for HTTPS, completes a TLS handshake.',
      ],
      [
        'Why should the server copies behind a load balancer be stateless?',
        "Any copy may receive the next request, so session data kept in one server's memory would be missing on the others; keep state in the shared database or cache instead.",
      ],
    ],
    items: {
      1: {
        why: 'Knowing every hop of a request lets you tell whether a slow or failing page is a DNS, network, server or database problem.',
        minutes: 45,
        doneWhen:
          'Your sketch shows at least five labelled hops in order: DNS lookup, TCP/TLS connection, HTTP request, server and database work, and the response back to the browser.',
        resources: [
          tutorial(
            'MDN: how the web works',
            'https://developer.mozilla.org/en-US/docs/Learn_web_development/Getting_started/Web_standards/How_the_web_works',
          ),
          docs('MDN glossary: DNS', 'https://developer.mozilla.org/en-US/docs/Glossary/DNS'),
        ],
      },
      2: {
        why: 'The Network tab is the quickest way to see what a front end really asks your API for and what comes back.',
        minutes: 40,
        doneWhen:
          'You have a table of 5 requests with method, URL, status code and at least two response headers each (for example content-type and cache-control).',
        resources: [
          tutorial(
            'MDN: what are browser developer tools?',
            'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Tools_and_setup/What_are_browser_developer_tools',
          ),
          docs(
            'MDN: HTTP messages',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Messages',
          ),
        ],
      },
      3: {
        why: 'Deciding what must run on the server (permission checks, prices, stored data) is the heart of back-end design, because users can change anything in their browser.',
        minutes: 25,
        doneWhen:
          'You have two lists of three, and every server item says why the browser cannot be trusted with it (for example "checking the password: the user controls the browser").',
        resources: [
          tutorial(
            'MDN: client-server overview',
            'https://developer.mozilla.org/en-US/docs/Learn_web_development/Extensions/Server-side/First_steps/Client-Server_overview',
          ),
          tutorial(
            'MDN: website security',
            'https://developer.mozilla.org/en-US/docs/Learn_web_development/Extensions/Server-side/First_steps/Website_security',
          ),
        ],
      },
      4: {
        why: 'Stateless servers behind a load balancer, sharing one database and a cache, is the standard shape of a web back end and a common interview sketch.',
        minutes: 30,
        doneWhen:
          "The drawing shows a load balancer, two server copies, one database and one cache, and notes that sessions and data live in the database or cache, never in one server's memory.",
        resources: [
          docs('The Twelve-Factor App: stateless processes', 'https://12factor.net/processes'),
          docs(
            'nginx: using nginx as an HTTP load balancer',
            'https://nginx.org/en/docs/http/load_balancing.html',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What is the difference between 401 and 403?',
        '401 Unauthorized means the request carries no valid authentication, so logging in may help; 403 Forbidden means the server knows who you are but you are not allowed to do this.',
      ],
      [
        'What does a 304 Not Modified response save, and what makes it possible?',
        'It saves sending the body again: the client sent a validator (If-None-Match with the ETag, or If-Modified-Since) and the server confirmed that the cached copy is still current.',
      ],
    ],
    items: {
      1: {
        why: 'curl is how back-end developers try APIs from a terminal, on servers and in scripts, without any front end.',
        minutes: 40,
        doneWhen:
          '`curl -i https://httpbin.org/get` and `curl -i -X POST -H \'Content-Type: application/json\' -d \'{"title":"test"}\' https://httpbin.org/post` both return 200, and you can point out the status line, the headers and the body of each (in Windows PowerShell type `curl.exe`, because plain `curl` there is an alias for Invoke-WebRequest).',
        resources: [
          docs('curl: the manual', 'https://curl.se/docs/manual.html'),
          tutorial('curl: HTTP scripting guide', 'https://curl.se/docs/httpscripting.html'),
        ],
      },
      2: {
        why: "Clients decide what to do next from the status code, so choosing the right one is part of your API's contract.",
        minutes: 30,
        doneWhen:
          'You have eight one-line situations, one per code, in which every 4xx case is a client mistake and the 500 case is a server fault.',
        resources: [
          docs(
            'MDN: HTTP response status codes',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status',
          ),
          docs('RFC 9110: status codes', 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15'),
        ],
      },
      3: {
        why: 'HTTPS certificates expire and must be renewed, and reading one tells you who vouches for a server and until when.',
        minutes: 20,
        doneWhen:
          "You have noted, for one site, the certificate's issuer (for example Let's Encrypt), the domain names it covers and its expiry date.",
        resources: [
          docs("Let's Encrypt: how it works", 'https://letsencrypt.org/how-it-works/'),
          docs(
            'OWASP: Transport Layer Security cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html',
          ),
        ],
      },
      4: {
        why: 'HTTP caching lets browsers and CDNs skip requests or bodies entirely, which is the cheapest speed-up a back end can offer.',
        minutes: 35,
        doneWhen:
          '`curl -i https://httpbin.org/cache/60` shows `Cache-Control: public, max-age=60`, `curl -i https://httpbin.org/etag/abc` shows an ETag, and repeating that request with `-H \'If-None-Match: "abc"\'` returns 304 with no body.',
        resources: [
          docs(
            'MDN: HTTP caching',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Caching',
          ),
          docs(
            'MDN: HTTP conditional requests',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Conditional_requests',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Which HTTP methods are idempotent, and why does it matter?',
        'GET, HEAD, OPTIONS, TRACE, PUT and DELETE are: sending the same request twice has the same intended effect on the server as sending it once. POST is not, so a client cannot blindly retry it without risking duplicates; APIs often accept an Idempotency-Key header for safe retries.',
      ],
      [
        'How does a GraphQL API differ from a REST API for the same data?',
        "REST exposes many URLs that each return a fixed shape; GraphQL usually exposes one endpoint where the client's query says exactly which fields and related objects to return.",
      ],
    ],
    items: {
      1: {
        why: 'Consistent resource-based URLs and methods make an API predictable for every client that uses it.',
        minutes: 40,
        doneWhen:
          'You have five lines such as GET /tasks, POST /tasks, GET /tasks/{id}, PUT /tasks/{id} and DELETE /tasks/{id}, with no verbs in the paths.',
        resources: [
          docs('MDN glossary: REST', 'https://developer.mozilla.org/en-US/docs/Glossary/REST'),
          docs(
            'Microsoft: RESTful web API design',
            'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design',
          ),
        ],
      },
      2: {
        why: 'Agreeing example payloads before coding is how back-end and front-end developers avoid most integration bugs.',
        minutes: 30,
        doneWhen:
          'You have JSON for a create request, its 201 response with the new id and a read response, and each one parses without errors (for example with JSON.parse in the browser console).',
        resources: [
          docs('Introducing JSON', 'https://www.json.org/json-en.html'),
          docs(
            'MDN: JSON',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON',
          ),
        ],
      },
      3: {
        why: 'Statelessness and idempotency decide how safely clients can retry requests and how easily you can add servers.',
        minutes: 20,
        doneWhen:
          'You have six sentences, and the idempotency part says which of GET, PUT, DELETE and POST are idempotent (all but POST).',
        resources: [
          docs(
            'MDN glossary: idempotent',
            'https://developer.mozilla.org/en-US/docs/Glossary/Idempotent',
          ),
          docs(
            'RFC 9110: idempotent methods',
            'https://www.rfc-editor.org/rfc/rfc9110.html#section-9.2.2',
          ),
        ],
      },
      4: {
        why: "The source's step 3 names GraphQL next to REST, and many back ends offer it so clients can fetch exactly the fields they need in one request.",
        minutes: 45,
        doneWhen:
          'You have a schema with `type Task`, `type Query { tasks: [Task!]! }` and `type Mutation { createTask(title: String!): Task! }`, and in the SWAPI GraphiQL explorer a query asking only for film titles returns just those fields.',
        resources: [
          docs('GraphQL: schemas and types', 'https://graphql.org/learn/schema/'),
          docs('GraphQL: queries', 'https://graphql.org/learn/queries/'),
          tool('SWAPI GraphiQL explorer', 'https://graphql.org/swapi-graphql/'),
        ],
      },
    },
  },
});
