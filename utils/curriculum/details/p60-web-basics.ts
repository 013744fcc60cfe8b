import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

const MDN = 'https://developer.mozilla.org/en-US/docs';

export const DETAILS = phaseDetails('p60-web-basics', {
  d1: {
    checks: [
      [
        'Why use <header>, <nav>, <main> and <footer> instead of plain <div>s?',
        'They say what each part of the page is, so screen readers, search engines and your own CSS can find the navigation and the main content; a <div> carries no meaning.',
      ],
    ],
    items: {
      1: {
        why: 'Server-rendered pages and templates are HTML, so a back-end developer must write structure that browsers and assistive tools understand.',
        minutes: 40,
        doneWhen:
          'The page has one <h1>, <h2>s below it, and <header>, <nav>, <main> and <footer> elements with a list and a working link; the DevTools inspector shows that structure.',
        resources: [
          tutorial(
            'MDN: structuring documents',
            `${MDN}/Learn_web_development/Core/Structuring_content/Structuring_documents`,
          ),
          tutorial(
            'MDN: headings and paragraphs',
            `${MDN}/Learn_web_development/Core/Structuring_content/Headings_and_paragraphs`,
          ),
          tutorial(
            'MDN: creating links',
            `${MDN}/Learn_web_development/Core/Structuring_content/Creating_links`,
          ),
        ],
      },
      2: {
        why: 'Alt text and proper table headers are accessibility basics, and tables are how admin pages and reports show data.',
        minutes: 30,
        doneWhen:
          'The image has an alt text that describes it (you see the text if the file name is wrong), and the table uses <th> for the day and topic headings.',
        resources: [
          tutorial(
            'MDN: images in HTML',
            `${MDN}/Learn_web_development/Core/Structuring_content/HTML_images`,
          ),
          tutorial(
            'MDN: HTML table basics',
            `${MDN}/Learn_web_development/Core/Structuring_content/HTML_table_basics`,
          ),
        ],
      },
      3: {
        why: 'Browsers silently repair broken markup in different ways, so validating catches bugs before they show up as odd layouts.',
        minutes: 25,
        doneWhen:
          'The W3C Nu HTML Checker (check by text input, or by file upload) reports no errors for your page.',
        resources: [
          tool('W3C Nu HTML Checker', 'https://validator.w3.org/nu/'),
          tutorial(
            'MDN: debugging HTML (using the validator)',
            `${MDN}/Learn_web_development/Core/Structuring_content/Debugging_HTML`,
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'From the inside out, what are the four layers of the CSS box model?',
        'Content, padding, border and margin. With `box-sizing: border-box` the width you set includes padding and border, which makes layouts easier to reason about.',
      ],
    ],
    items: {
      1: {
        why: 'Keeping style in a separate stylesheet is the same separation of concerns you will use between templates, logic and data.',
        minutes: 30,
        doneWhen:
          'A <link rel="stylesheet"> in <head> loads style.css, and changing a colour in that file changes the page after a reload.',
        resources: [
          tutorial(
            'MDN: getting started with CSS',
            `${MDN}/Learn_web_development/Core/Styling_basics/Getting_started`,
          ),
          tutorial(
            'MDN: what is CSS?',
            `${MDN}/Learn_web_development/Core/Styling_basics/What_is_CSS`,
          ),
        ],
      },
      2: {
        why: 'Understanding margin, border and padding is what lets you fix layouts in the admin pages and emails a back end often produces.',
        minutes: 30,
        doneWhen:
          'The nav links show as a row of padded, bordered buttons, and the DevTools box-model panel shows the padding and margin you set.',
        resources: [
          tutorial(
            'MDN: the box model',
            `${MDN}/Learn_web_development/Core/Styling_basics/Box_model`,
          ),
        ],
      },
      3: {
        why: 'Flexbox is the standard way to lay out rows of items, such as cards listing records from your database.',
        minutes: 35,
        doneWhen:
          'The header shows the site name on the left and the menu on the right, and the three cards sit side by side with equal widths.',
        resources: [
          tutorial('MDN: flexbox', `${MDN}/Learn_web_development/Core/CSS_layout/Flexbox`),
          docs(
            'MDN: basic concepts of flexbox',
            `${MDN}/Web/CSS/Guides/Flexible_box_layout/Basic_concepts`,
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why does fetch("items.json") fail when you open the page by double-clicking the HTML file?',
        'The page then has a file:// address, and browsers block fetch() of local files for security. Served over http://localhost the request is an ordinary same-origin HTTP request and works.',
      ],
      [
        'Why set textContent rather than innerHTML when you show what a user typed?',
        'textContent treats the input as plain text; innerHTML would parse it as HTML, so input such as <img onerror=…> could run script (cross-site scripting).',
      ],
    ],
    items: {
      1: {
        why: 'Reacting to events by changing the DOM is how the front ends that call your APIs work.',
        minutes: 30,
        doneWhen:
          'Each click adds or removes a `dark` class on <body> (visible in the inspector) and the colours switch both ways.',
        resources: [
          docs('MDN: Element.classList', `${MDN}/Web/API/Element/classList`),
          tutorial(
            'MDN: introduction to events',
            `${MDN}/Learn_web_development/Core/Scripting/Events`,
          ),
        ],
      },
      2: {
        why: 'Reading form input in JavaScript and updating the page without a reload is the pattern your API-driven pages will use.',
        minutes: 25,
        doneWhen:
          'Submitting the form shows "Hello, <name>!" on the page while the address bar does not change (the submit handler calls preventDefault()).',
        resources: [
          tutorial(
            'MDN: manipulating documents',
            `${MDN}/Learn_web_development/Core/Scripting/DOM_scripting`,
          ),
          docs('MDN: Node.textContent', `${MDN}/Web/API/Node/textContent`),
        ],
      },
      3: {
        why: 'Browsers only fetch over HTTP, so serving files from a local server is the first step towards calling your own back end.',
        minutes: 40,
        doneWhen: byStack(
          'With the folder served on localhost, the page lists every item from items.json; opened from disk (file://) the console shows the blocked request instead.',
          {
            python:
              'After `python -m http.server 8000` in the folder, http://localhost:8000/ lists every item from items.json; opened from disk (file://) the console shows the blocked request instead.',
            javascript:
              'After `npx http-server` in the folder, http://localhost:8080/ lists every item from items.json; opened from disk (file://) the console shows the blocked request instead.',
            java: 'After `jwebserver` in the folder, http://localhost:8000/ lists every item from items.json; opened from disk (file://) the console shows the blocked request instead.',
          },
        ),
        resources: [
          docs('MDN: using the Fetch API', `${MDN}/Web/API/Fetch_API/Using_Fetch`),
          docs(
            'http.server: a simple HTTP server',
            'https://docs.python.org/3/library/http.server.html',
            'python',
          ),
          tool(
            'http-server: a simple static HTTP server',
            'https://github.com/http-party/http-server',
            'javascript',
          ),
          docs(
            'jwebserver: the simple web server in the JDK',
            'https://docs.oracle.com/en/java/javase/21/docs/specs/man/jwebserver.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'If the form has required fields, does the server still need to validate the data?',
        'Yes. Browser checks help honest users but anyone can skip them with DevTools or curl, so the server must validate every request again.',
      ],
    ],
    items: {
      1: {
        why: 'Several pages sharing one stylesheet and navigation is what a template layout automates later in your framework.',
        minutes: 45,
        doneWhen:
          'index.html (about) and projects.html link to each other through the same nav, share one stylesheet and both pass the validator.',
        resources: [
          tutorial(
            'MDN: structuring a page of content',
            `${MDN}/Learn_web_development/Core/Structuring_content/Structuring_a_page_of_content`,
          ),
          tutorial(
            'MDN: creating links (relative URLs)',
            `${MDN}/Learn_web_development/Core/Structuring_content/Creating_links`,
          ),
        ],
      },
      2: {
        why: 'Forms are how most data reaches a back end, and their field names become the keys your server reads.',
        minutes: 25,
        doneWhen:
          'Every input has a <label> linked by for/id, submitting the empty form shows the browser’s "required" message, and a type="email" field rejects "abc".',
        resources: [
          tutorial(
            'MDN: your first form',
            `${MDN}/Learn_web_development/Extensions/Forms/Your_first_form`,
          ),
          tutorial(
            'MDN: client-side form validation',
            `${MDN}/Learn_web_development/Extensions/Forms/Form_validation`,
          ),
        ],
      },
      3: {
        why: 'Most traffic is mobile, so pages you serve must work on narrow screens.',
        minutes: 25,
        doneWhen:
          'In DevTools’ responsive mode at 375 px wide the cards stack in one column, nothing scrolls sideways, and the page has a viewport <meta> tag.',
        resources: [
          tutorial(
            'MDN: media query fundamentals',
            `${MDN}/Learn_web_development/Core/CSS_layout/Media_queries`,
          ),
          tutorial(
            'MDN: responsive design',
            `${MDN}/Learn_web_development/Core/CSS_layout/Responsive_design`,
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What does 304 Not Modified mean, and what does it save?',
        'The browser asked "has this changed since my copy?" (If-None-Match or If-Modified-Since) and the server said no, so it sends no body and the cached copy is reused; it saves bandwidth but still costs a round trip.',
      ],
      [
        'What is the difference between a response served fresh from the cache and one that is revalidated?',
        'A fresh response (allowed by Cache-Control: max-age) is used without contacting the server at all; once stale it is revalidated with a conditional request that returns 304 or a new 200.',
      ],
    ],
    items: {
      1: {
        why: 'Accessibility is a legal and quality requirement for anything you serve, and audits find the common problems quickly.',
        minutes: 30,
        doneWhen:
          'A second run of the audit (Lighthouse in Chrome or Edge, or Firefox’s Accessibility Inspector) shows fewer issues than the first, and you listed what you fixed.',
        resources: [
          tutorial(
            'MDN: accessibility tooling and assistive technology',
            `${MDN}/Learn_web_development/Core/Accessibility/Tooling`,
          ),
          tutorial('web.dev: learn accessibility', 'https://web.dev/learn/accessibility/'),
        ],
      },
      2: {
        why: 'Every request costs time, and reading the Network tab is how you later debug slow pages and failing API calls.',
        minutes: 20,
        doneWhen:
          'You noted, for both pages, the number of requests, the total transferred size and the largest file.',
        resources: [
          docs(
            'MDN: what are browser developer tools?',
            `${MDN}/Learn_web_development/Howto/Tools_and_setup/What_are_browser_developer_tools`,
          ),
          docs('MDN: overview of HTTP', `${MDN}/Web/HTTP/Guides/Overview`),
        ],
      },
      3: {
        why: 'Knowing what happens between a request and a painted page tells you which part is the back end’s job and where time is lost.',
        minutes: 20,
        doneWhen:
          'You wrote at least 6 numbered steps from typing the URL to the painted page: DNS lookup, connection, HTTP request, HTML parsed into the DOM, CSS applied, layout and paint, and where JavaScript runs.',
        resources: [
          tutorial(
            'MDN: how browsers load websites',
            `${MDN}/Learn_web_development/Getting_started/Web_standards/How_browsers_load_websites`,
          ),
          docs('MDN: how browsers work', `${MDN}/Web/Performance/Guides/How_browsers_work`),
        ],
      },
      4: {
        why: 'HTTP caching is the cheapest speed-up a back end can give, and you will set these headers on your own responses later.',
        minutes: 25,
        doneWhen:
          'On a second load of your served site the Network tab shows a file with status 304 or "(memory cache)" / "(disk cache)", and you wrote down the header that allowed it (ETag, Last-Modified or Cache-Control) and the request header sent back (If-None-Match or If-Modified-Since).',
        resources: [
          docs('MDN: HTTP caching', `${MDN}/Web/HTTP/Guides/Caching`),
          docs('MDN: HTTP conditional requests', `${MDN}/Web/HTTP/Guides/Conditional_requests`),
          tutorial(
            'web.dev: prevent unnecessary network requests with the HTTP cache',
            'https://web.dev/articles/http-cache',
          ),
        ],
      },
    },
  },
});
