import { byStack } from '../build';
import { docs, phaseDetails, tool } from '../build-details';

const MDN = 'https://developer.mozilla.org/en-US/docs';
const LEARN = `${MDN}/Learn_web_development`;

export const DETAILS = phaseDetails('p90-web-basics', {
  d1: {
    checks: [
      [
        'Why use header, nav, main and footer instead of plain div elements?',
        'They tell browsers, search engines and screen readers what each part of the page is, so assistive technology can jump straight to the navigation or the main content; a div carries no meaning.',
      ],
      [
        'What is alt text for, and when should it be empty?',
        'It describes an image for people who cannot see it and is shown if the image fails to load; purely decorative images get alt="" so screen readers skip them.',
      ],
    ],
    items: {
      1: {
        why: 'Back-end developers render HTML templates and error pages, and a clean, semantic structure is what those templates should produce.',
        minutes: 30,
        doneWhen:
          'The page has exactly one h1, headings that never skip a level, and header, nav, main and footer elements in that order in the DevTools Elements panel.',
        resources: [
          docs('Structuring documents', `${LEARN}/Core/Structuring_content/Structuring_documents`),
          docs(
            'Headings and paragraphs',
            `${LEARN}/Core/Structuring_content/Headings_and_paragraphs`,
          ),
        ],
      },
      2: {
        why: 'Lists, tables and links are the building blocks of the admin pages and reports that back ends often render directly.',
        minutes: 20,
        doneWhen:
          'The page shows a bulleted list, a table with a header row of th cells and at least two data rows, a working link to another page, and an image whose alt text describes it.',
        resources: [
          docs('HTML table basics', `${LEARN}/Core/Structuring_content/HTML_table_basics`),
          docs('Images in HTML', `${LEARN}/Core/Structuring_content/HTML_images`),
          docs('Creating links', `${LEARN}/Core/Structuring_content/Creating_links`),
        ],
      },
      3: {
        why: 'Valid markup renders the same in every browser, and a validator catches the unclosed tags that templates easily produce.',
        minutes: 15,
        doneWhen: 'The W3C Nu HTML Checker (validator.w3.org/nu) reports no errors for your page.',
        resources: [
          tool('W3C Nu HTML Checker', 'https://validator.w3.org/nu/'),
          docs('Debugging HTML', `${LEARN}/Core/Structuring_content/Debugging_HTML`),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why is built-in browser validation (required, minlength, pattern) not enough on its own?',
        'Anyone can bypass it by editing the page or by sending the request with curl, so the server must validate every field again; browser validation only gives faster feedback.',
      ],
      [
        'What does a label element do for a form field?',
        'It names the field for screen readers and makes a click on the label focus the field; it is tied to the input by matching for and id attributes, or by wrapping the input.',
      ],
    ],
    items: {
      1: {
        why: 'Forms are how users send data to a server, and well-labelled, well-named fields turn into clean request bodies.',
        minutes: 25,
        doneWhen:
          'Each of the three inputs has a visible label tied to it with for and id plus a name attribute, the password field uses type="password", and clicking a label puts the cursor in its field.',
        resources: [
          docs('Your first form', `${LEARN}/Extensions/Forms/Your_first_form`),
          docs(
            'How to structure a web form',
            `${LEARN}/Extensions/Forms/How_to_structure_a_web_form`,
          ),
        ],
      },
      2: {
        why: 'The rules you express here (required, length, format) are the same ones your server will enforce later, so it pays to define them clearly once.',
        minutes: 25,
        doneWhen:
          'Submitting with an empty name, an email without @ or a 5-character password shows the browser’s error message and does not submit, while a valid form submits.',
        resources: [
          docs('Client-side form validation', `${LEARN}/Extensions/Forms/Form_validation`),
          docs('HTML input types', `${LEARN}/Extensions/Forms/HTML5_input_types`),
          docs(
            'OWASP Input Validation Cheat Sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
          ),
        ],
      },
      3: {
        why: 'Accessibility is a legal requirement in many countries, and keyboard access is the quickest check that a page works for everyone.',
        minutes: 15,
        doneWhen:
          'Using only Tab, Shift+Tab, Space and Enter you can reach every field, always see which one has focus, and submit the form.',
        resources: [
          docs('HTML: a good basis for accessibility', `${LEARN}/Core/Accessibility/HTML`),
          docs('W3C WAI forms tutorial', 'https://www.w3.org/WAI/tutorials/forms/'),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'In the standard box model, what does width measure, and what does box-sizing: border-box change?',
        'By default width covers only the content, so padding and border are added on top of it; with border-box the width includes padding and border, which makes sizes easier to predict.',
      ],
      [
        'Two rules set the same property on one element. Which one wins?',
        'The one with the higher specificity (an id beats a class, a class beats an element name); if specificity is equal, the rule that comes later wins. DevTools shows the losing declaration struck through.',
      ],
    ],
    items: {
      1: {
        why: 'Keeping presentation in an external stylesheet keeps templates clean and lets the browser cache one CSS file for every page.',
        minutes: 20,
        doneWhen:
          'The page links one .css file that sets a font family, text and background colours and spacing, and the HTML contains no style attributes.',
        resources: [
          docs('Getting started with CSS', `${LEARN}/Core/Styling_basics/Getting_started`),
          docs('What is CSS?', `${LEARN}/Core/Styling_basics/What_is_CSS`),
        ],
      },
      2: {
        why: 'Cards are the usual way to show records such as tasks or products, and the box model explains nearly every spacing problem you will debug.',
        minutes: 25,
        doneWhen:
          'The card has visible margin, border and padding, and the box-model diagram in DevTools shows the values you set.',
        resources: [docs('The box model', `${LEARN}/Core/Styling_basics/Box_model`)],
      },
      3: {
        why: 'Knowing why a rule does or does not apply saves hours when a template’s styling breaks.',
        minutes: 20,
        doneWhen:
          'Your stylesheet uses a class, an element and a descendant selector, and for one element DevTools shows a struck-through rule whose defeat you can explain in one sentence.',
        resources: [
          docs('Basic CSS selectors', `${LEARN}/Core/Styling_basics/Basic_selectors`),
          docs('Combinators', `${LEARN}/Core/Styling_basics/Combinators`),
          docs('Handling conflicts', `${LEARN}/Core/Styling_basics/Handling_conflicts`),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'When would you choose flexbox and when grid?',
        'Flexbox lays items out along one direction, which suits a navigation bar or a row of buttons; grid controls rows and columns together, which suits a gallery or a whole page layout.',
      ],
      [
        'Name two ways to centre an element both horizontally and vertically.',
        'Make the parent a flex container with justify-content: center and align-items: center, or a grid container with place-items: center; in both cases the parent needs a height.',
      ],
    ],
    items: {
      1: {
        why: 'The admin pages and dashboards you build or debug need navigation, and flexbox is the standard tool for a row of links.',
        minutes: 20,
        doneWhen:
          'The nav shows the logo on the left and the links in one row on the right with equal gaps, without floats or fixed widths.',
        resources: [docs('Flexbox', `${LEARN}/Core/CSS_layout/Flexbox`)],
      },
      2: {
        why: 'Grids of records (products, tasks, search results) are a common way to present the data your API returns.',
        minutes: 30,
        doneWhen:
          'Nine cards sit in three equal columns with a gap between them, set with grid-template-columns and gap only.',
        resources: [docs('Grids', `${LEARN}/Core/CSS_layout/Grids`)],
      },
      3: {
        why: 'Centring is a classic interview and everyday layout task, and doing it two ways shows you understand both layout systems.',
        minutes: 15,
        doneWhen:
          'Two boxes are centred in their parents, one with flexbox and one with grid, and stay centred when you resize the window.',
        resources: [
          docs(
            'Center an element (CSS layout cookbook)',
            `${MDN}/Web/CSS/How_to/Layout_cookbook/Center_an_element`,
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What does the viewport meta tag do on a phone?',
        'It tells the mobile browser to use the device’s real width instead of pretending to be a desktop screen about 980 pixels wide and zooming out, so your media queries see the true width.',
      ],
      [
        'What does "mobile-first" mean in CSS?',
        'The base styles target small screens, and min-width media queries add layout for larger screens, so the smallest devices get the simplest rules.',
      ],
    ],
    items: {
      1: {
        why: 'Most web traffic comes from phones, and every page your back end serves, including login and error pages, must work on them.',
        minutes: 25,
        doneWhen:
          'The head contains <meta name="viewport" content="width=device-width, initial-scale=1">, and without any media queries the gallery shows one column at phone width.',
        resources: [
          docs('Viewport meta tag', `${MDN}/Web/HTML/Reference/Elements/meta/name/viewport`),
          docs('Responsive design', `${LEARN}/Core/CSS_layout/Responsive_design`),
        ],
      },
      2: {
        why: 'Media queries let one page adapt to every screen, so nobody has to maintain separate small-screen and desktop versions.',
        minutes: 25,
        doneWhen:
          'Below 600px the gallery has 1 column, from 600px 2 columns and from 900px 3 columns, using min-width queries only.',
        resources: [docs('Media queries', `${LEARN}/Core/CSS_layout/Media_queries`)],
      },
      3: {
        why: 'Checking real device widths before shipping catches layout bugs that users would otherwise report.',
        minutes: 15,
        doneWhen:
          'In the DevTools device toolbar, 375px, 768px and 1280px widths show 1, 2 and 3 columns with no horizontal scrollbar.',
        resources: [
          docs(
            'Chrome DevTools: simulate mobile devices with device mode',
            'https://developer.chrome.com/docs/devtools/device-mode',
          ),
          docs('Using media queries', `${MDN}/Web/CSS/Guides/Media_queries/Using`),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'Why does fetch("data.json") fail when you open the page by double-clicking the HTML file?',
        'The page then has a file:// address, and browsers block fetch() from file:// pages for security; served from http://localhost it is an ordinary same-origin HTTP GET request.',
      ],
      [
        'What does a 304 Not Modified response mean?',
        'The client sent a conditional request (If-None-Match with an ETag, or If-Modified-Since with a date) and the resource has not changed, so the server sends no body and the client reuses its cached copy.',
      ],
    ],
    items: {
      1: {
        why: 'Reading and changing the DOM is how a page displays the data your API returns.',
        minutes: 15,
        doneWhen:
          'A script loaded with defer changes a heading’s text and toggles a class on a card, and the change appears without reloading.',
        resources: [
          docs('DOM scripting introduction', `${LEARN}/Core/Scripting/DOM_scripting`),
          docs('Document.querySelector()', `${MDN}/Web/API/Document/querySelector`),
        ],
      },
      2: {
        why: 'Handling a submit in JavaScript is the first half of sending data to an API without a full page reload.',
        minutes: 20,
        doneWhen:
          'Clicking a button updates a counter on the page, and submitting the form calls preventDefault() and shows the entered values below the form without a reload.',
        resources: [
          docs('Introduction to events', `${LEARN}/Core/Scripting/Events`),
          docs('Event.preventDefault()', `${MDN}/Web/API/Event/preventDefault`),
        ],
      },
      3: {
        why: 'Fetching JSON over HTTP and rendering it is exactly how front ends use the APIs you will build, and serving files locally shows what a web server does.',
        minutes: 30,
        doneWhen: byStack(
          'With a local server running in the folder, http://localhost:8000 shows one card per item in data.json, and the Network panel shows GET /data.json with status 200.',
          {
            python:
              'With `python -m http.server 8000` running in the folder, http://localhost:8000 shows one card per item in data.json, and the Network panel shows GET /data.json with status 200.',
            javascript:
              'With `npx http-server -p 8000` running in the folder, http://localhost:8000 shows one card per item in data.json, and the Network panel shows GET /data.json with status 200.',
            java: 'With `jwebserver` running in the folder (it listens on port 8000), http://localhost:8000 shows one card per item in data.json, and the Network panel shows GET /data.json with status 200.',
          },
        ),
        resources: [
          docs('Using the Fetch API', `${MDN}/Web/API/Fetch_API/Using_Fetch`),
          docs('Working with JSON', `${LEARN}/Core/Scripting/JSON`),
          docs('http.server', 'https://docs.python.org/3/library/http.server.html', 'python'),
          tool('http-server', 'https://github.com/http-party/http-server', 'javascript'),
          docs('jwebserver', 'https://dev.java/learn/jvm/tool/jwebserver', 'java'),
        ],
      },
      4: {
        why: 'HTTP caching decides how often browsers and CDNs come back to your server, so reading and setting caching headers is basic back-end performance work.',
        minutes: 20,
        doneWhen: byStack(
          '`curl -I http://localhost:8000/data.json` shows the caching headers, and a conditional request with one of them gets the answer you predicted.',
          {
            python:
              '`curl -I http://localhost:8000/data.json` shows Last-Modified, and `curl -i -H "If-Modified-Since: <that date>" http://localhost:8000/data.json` returns 304 Not Modified with no body.',
            javascript:
              "`curl -I http://localhost:8000/data.json` shows Cache-Control, ETag and Last-Modified, and `curl -i -H 'If-None-Match: <that ETag, quotes included>' http://localhost:8000/data.json` returns 304 Not Modified with no body.",
            java: '`curl -I http://localhost:8000/data.json` shows Last-Modified; the same request with If-Modified-Since still returns 200 with the full body, and your note says what a server that supports conditional requests would send instead (304 with no body).',
          },
        ),
        resources: [
          docs('HTTP caching', `${MDN}/Web/HTTP/Guides/Caching`),
          docs('HTTP conditional requests', `${MDN}/Web/HTTP/Guides/Conditional_requests`),
          docs('RFC 9111: HTTP Caching', 'https://www.rfc-editor.org/rfc/rfc9111'),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'What happens between typing a URL and seeing the page?',
        'The browser looks up the host with DNS, opens a TCP (and TLS) connection, sends an HTTP request and receives HTML; it parses the HTML into the DOM and the CSS into the CSSOM, lays the page out and paints it, fetching further files and running scripts on the way.',
      ],
      [
        'Why does a script tag in the head without defer slow down the first render?',
        'The parser stops to download and run the script before it can continue building the DOM; with defer (or type="module") the script downloads in parallel and runs after parsing.',
      ],
    ],
    items: {
      1: {
        why: 'A small, responsive personal site is practice that pays off twice: it is where your back-end portfolio will live.',
        minutes: 45,
        doneWhen:
          'Three pages linked from a shared nav pass the HTML checker, use your stylesheet, and show no horizontal scrollbar at 375px and 1280px.',
        resources: [
          docs(
            'Structuring a page of content',
            `${LEARN}/Core/Structuring_content/Structuring_a_page_of_content`,
          ),
          docs(
            "What's in the head? Web page metadata",
            `${LEARN}/Core/Structuring_content/Webpage_metadata`,
          ),
        ],
      },
      2: {
        why: 'Performance and accessibility scores are numbers teams track, and many of the fixes (compression, caching, image sizes) are made on the server.',
        minutes: 25,
        doneWhen:
          'Lighthouse reports in Chrome DevTools from before and after your fixes show an Accessibility score of 90 or more and at least two findings you fixed and can name.',
        resources: [
          tool('Lighthouse overview', 'https://developer.chrome.com/docs/lighthouse/overview'),
          docs('Web Vitals', 'https://web.dev/articles/vitals'),
          docs('What is accessibility?', `${LEARN}/Core/Accessibility/What_is_accessibility`),
        ],
      },
      3: {
        why: 'Understanding the render pipeline explains why server response time, caching and script placement change how fast users see a page.',
        minutes: 15,
        doneWhen:
          'Your written explanation names DNS, the HTTP request, DOM, CSSOM, layout and paint in order and says where a blocking script interrupts them.',
        resources: [
          docs('How browsers work', `${MDN}/Web/Performance/Guides/How_browsers_work`),
          docs('Critical rendering path', `${MDN}/Web/Performance/Guides/Critical_rendering_path`),
        ],
      },
    },
  },
});
