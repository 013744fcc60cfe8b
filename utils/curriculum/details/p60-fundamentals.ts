import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p60-fundamentals', {
  d1: {
    checks: [
      [
        'What is the difference between running a script from the editor and from a terminal?',
        'Nothing in the result: the editor’s Run button just types a command such as `python hello.py` into its own terminal for you. Knowing that command lets you run the same script on a server, where there is no editor.',
      ],
      [
        'What is a process id (PID), and why does a back-end developer care?',
        'It is the number the operating system gives each running program. A web server is just a long-running process, so you find it with `ps` and stop or restart it by its PID with `kill`.',
      ],
    ],
    items: {
      1: {
        why: 'Every later day needs a working language runtime and editor, and setting one up is the first thing you do on any new job or server.',
        minutes: 40,
        doneWhen: byStack(
          '`--version` prints your installed version and your "hello world" script prints its greeting.',
          {
            python:
              '`python3 --version` (or `py --version` on Windows) prints 3.14.x and `python3 hello.py` prints "Hello, world!". The Dockerfile and CI on days 47 and 49 use the same 3.14.',
            javascript:
              '`node --version` prints v24.x (the LTS line the Docker image on day 47 uses too) and `node hello.js` prints "Hello, world!".',
            java: '`java -version` prints 21 and `java HelloWorld.java` prints "Hello, world!".',
          },
        ),
        resources: [
          docs('Python setup and usage', 'https://docs.python.org/3/using/index.html', 'python'),
          tutorial(
            'Getting started with Python in VS Code',
            'https://code.visualstudio.com/docs/python/python-tutorial',
            'python',
          ),
          docs(
            'Download Node.js (choose the LTS release)',
            'https://nodejs.org/en/download',
            'javascript',
          ),
          tutorial(
            'Node.js tutorial in VS Code',
            'https://code.visualstudio.com/docs/nodejs/nodejs-tutorial',
            'javascript',
          ),
          tutorial('Getting started with Java', 'https://dev.java/learn/getting-started/', 'java'),
          tutorial(
            'Getting started with Java in VS Code',
            'https://code.visualstudio.com/docs/java/java-tutorial',
            'java',
          ),
        ],
      },
      2: {
        why: 'On servers and in containers you only have a terminal, so moving around folders with cd, ls and pwd is a daily back-end skill.',
        minutes: 20,
        doneWhen:
          'In a terminal, `pwd` (or `cd` on its own in Windows cmd) prints the path of your course folder’s first sub-folder, and `ls` (or `dir`) there lists your "hello world" script.',
        resources: [
          tutorial(
            'Missing Semester: the shell',
            'https://missing.csail.mit.edu/2020/course-shell/',
          ),
          docs('VS Code: terminal basics', 'https://code.visualstudio.com/docs/terminal/basics'),
        ],
      },
      3: {
        why: 'Servers have no Run button, so you must know the exact terminal command that starts your code.',
        minutes: 15,
        doneWhen:
          'The greeting appears once in the editor’s output panel and once in a terminal where you typed the command yourself; you can say which command the editor ran.',
        resources: [
          docs(
            'Using the Python interpreter',
            'https://docs.python.org/3/tutorial/interpreter.html',
            'python',
          ),
          docs(
            'Run Node.js scripts from the command line',
            'https://nodejs.org/en/learn/command-line/run-nodejs-scripts-from-the-command-line',
            'javascript',
          ),
          docs(
            'Launching single-file source-code programs',
            'https://dev.java/learn/single-file-program/',
            'java',
          ),
        ],
      },
      4: {
        why: 'A back-end service is a process on a server; finding it and stopping it by its PID is everyday operations work.',
        minutes: 25,
        doneWhen: byStack(
          'The PID your script prints appears in `ps` output (or Task Manager on Windows), and after `kill <PID>` (or End task) the script stops before its 60 seconds are up.',
          {
            python:
              'The PID from `os.getpid()` appears in `ps aux | grep wait.py` (or Task Manager), and `kill <PID>` ends the script before `time.sleep(60)` finishes.',
            javascript:
              'The PID from `process.pid` appears in `ps aux | grep wait.js` (or Task Manager), and `kill <PID>` ends the script before its 60-second timer fires.',
            java: 'The PID from `ProcessHandle.current().pid()` appears in `ps aux | grep Wait` (or Task Manager), and `kill <PID>` ends it before `Thread.sleep(60_000)` returns.',
          },
        ),
        resources: [
          tutorial(
            'Missing Semester: command-line environment (job control and signals)',
            'https://missing.csail.mit.edu/2020/command-line/',
          ),
          docs('ps(1) manual page', 'https://man7.org/linux/man-pages/man1/ps.1.html'),
          docs('os.getpid', 'https://docs.python.org/3/library/os.html#os.getpid', 'python'),
          docs('process.pid', 'https://nodejs.org/api/process.html#processpid', 'javascript'),
          docs(
            'ProcessHandle (Java 21 API)',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessHandle.html',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why must user input be converted before you calculate with it?',
        'Input arrives as text. "20" + 1 is string joining (or an error), not 21, so you parse it to a number first and handle input that is not a number.',
      ],
    ],
    items: {
      1: {
        why: 'Reading input, converting types and validating them is exactly what an API handler does with every request.',
        minutes: 35,
        doneWhen:
          'Entering `100 C` prints 212 °F and entering `32 F` prints 0 °C; entering `abc` prints a friendly error instead of crashing.',
        resources: [
          docs('input()', 'https://docs.python.org/3/library/functions.html#input', 'python'),
          docs(
            'More control flow tools',
            'https://docs.python.org/3/tutorial/controlflow.html',
            'python',
          ),
          docs(
            'Accept input from the command line in Node.js',
            'https://nodejs.org/en/learn/command-line/accept-input-from-the-command-line-in-nodejs',
            'javascript',
          ),
          docs(
            'MDN: control flow and error handling',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Control_flow_and_error_handling',
            'javascript',
          ),
          docs(
            'Scanner (Java 21 API)',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Scanner.html',
            'java',
          ),
          tutorial(
            'Control flow statements',
            'https://dev.java/learn/language-basics/controlling-flow/',
            'java',
          ),
        ],
      },
      2: {
        why: 'Nested loops are the shape of many real jobs, such as comparing every row with every other row, and you must see how their cost grows.',
        minutes: 20,
        doneWhen:
          'The program prints a 10 × 10 grid whose last line ends in 100, with the columns lined up.',
        resources: [
          docs('range()', 'https://docs.python.org/3/library/stdtypes.html#range', 'python'),
          docs(
            'MDN: loops and iteration',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Loops_and_iteration',
            'javascript',
          ),
          tutorial(
            'Branching and loop statements',
            'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/flow.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'A loop that keeps state and reacts to each input is the core of every server’s request loop.',
        minutes: 45,
        doneWhen:
          'The game picks a random number from 1 to 100, answers "higher" or "lower" to each guess, and on a win prints how many guesses you needed.',
        resources: [
          docs(
            'random: generate pseudo-random numbers',
            'https://docs.python.org/3/library/random.html',
            'python',
          ),
          docs(
            'MDN: Math.random()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/random',
            'javascript',
          ),
          docs(
            'Random (Java 21 API)',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Random.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why give a function three test inputs rather than one?',
        'One input can pass by luck. Covering a normal case, an edge case (one item, negatives) and an awkward case (an empty list) shows how the function really behaves.',
      ],
      [
        'Which data structure removes duplicates quickly while you keep the original order?',
        'Track what you have seen in a set (fast membership checks) while appending to a result list; in Python `dict.fromkeys(items)` and in Java a `LinkedHashSet` keep insertion order too.',
      ],
    ],
    items: {
      1: {
        why: 'Small, well-named functions with checked results are the building blocks of maintainable back-end code.',
        minutes: 40,
        doneWhen:
          'Each of the 4 functions has 3 checks (for example with `assert`), they all pass, and you decided what each returns for an empty list.',
        resources: [
          docs(
            'Defining functions',
            'https://docs.python.org/3/tutorial/controlflow.html#defining-functions',
            'python',
          ),
          docs(
            'MDN: functions',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Functions',
            'javascript',
          ),
          tutorial(
            'Defining methods',
            'https://docs.oracle.com/javase/tutorial/java/javaOO/methods.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Back ends constantly turn records into sorted lists, which is what an `ORDER BY` or a sorted API response does for you later.',
        minutes: 30,
        doneWhen:
          'The 5 contacts print in alphabetical order by name, and changing one sort key makes them print by another field.',
        resources: [
          docs('Sorting techniques', 'https://docs.python.org/3/howto/sorting.html', 'python'),
          docs(
            'MDN: Array.prototype.sort()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/sort',
            'javascript',
          ),
          docs(
            'Record classes',
            'https://docs.oracle.com/en/java/javase/21/language/records.html',
            'java',
          ),
          docs(
            'Comparator (Java 21 API)',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Comparator.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Removing duplicates without losing order is a common clean-up step on data coming from users or other services.',
        minutes: 25,
        doneWhen:
          '`[3, 1, 3, 2, 1]` becomes `[3, 1, 2]`, and the function returns an empty list for an empty input.',
        resources: [
          docs(
            'Data structures: sets',
            'https://docs.python.org/3/tutorial/datastructures.html#sets',
            'python',
          ),
          docs(
            'MDN: Set',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Set',
            'javascript',
          ),
          tutorial(
            'Sets in the Collections Framework',
            'https://dev.java/learn/api/collections-framework/sets/',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why does binary search need about 10 steps on 1,000 sorted numbers while linear search may need 1,000?',
        'Each binary-search step halves the remaining range (1,000 → 500 → 250 …), so it needs about log2(1000) ≈ 10 steps; linear search checks items one by one. Binary search only works on sorted data.',
      ],
      [
        'Which structure fits balanced-bracket checking, and why?',
        'A stack: the most recently opened bracket must be the first to close (last in, first out), so you push openers and pop when a closer arrives.',
      ],
    ],
    items: {
      1: {
        why: 'Knowing why a search is fast or slow is what lets you understand database indexes, which are sorted structures searched the same way.',
        minutes: 40,
        doneWhen:
          'For a few targets on 1,000 sorted numbers your program prints both step counts, and binary search never needs more than 10.',
        resources: [
          docs(
            'bisect: array bisection algorithm',
            'https://docs.python.org/3/library/bisect.html',
            'python',
          ),
          docs(
            'MDN: Array.prototype.indexOf()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/indexOf',
            'javascript',
          ),
          docs(
            'Collections.binarySearch (Java 21 API)',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Collections.html#binarySearch(java.util.List,java.lang.Object)',
            'java',
          ),
        ],
      },
      2: {
        why: 'Stacks and queues are everywhere in back ends: call stacks, undo, job queues and message brokers.',
        minutes: 45,
        doneWhen:
          '`"([]{})"` is reported balanced, while `"(]"` and `"(("` are reported unbalanced; the queue returns items in the order they were added.',
        resources: [
          docs(
            'Using lists as stacks, and deque as a queue',
            'https://docs.python.org/3/tutorial/datastructures.html#using-lists-as-stacks',
            'python',
          ),
          docs(
            'MDN: Array.prototype.push()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/push',
            'javascript',
          ),
          docs(
            'ArrayDeque (Java 21 API)',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/ArrayDeque.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Big-O is the shared language for asking "will this still be fast with a million rows?" in code reviews.',
        minutes: 15,
        doneWhen:
          'Every function from this week has a comment such as `# O(n)` or `// O(log n)`, and the nested-loop table is marked O(n²).',
        resources: [
          tutorial(
            'Complexity and big-O notation (UW–Madison CS367 notes)',
            'https://pages.cs.wisc.edu/~vernon/cs367/notes/3.COMPLEXITY.html',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why do three 1-second network waits take about 1 second in total when run concurrently?',
        'While a task waits for I/O the CPU is idle, so other tasks can start their waits at the same time; the waits overlap instead of adding up. Concurrency helps I/O-bound work, not CPU-heavy calculations.',
      ],
      [
        'What is the difference between a process and a thread?',
        'A process is a running program with its own memory; threads run inside one process and share its memory. Servers use several processes, several threads or an event loop (async I/O) to serve many requests at once.',
      ],
    ],
    items: {
      1: {
        why: 'Short practice problems build the fluency with strings, lists and maps that every back-end task leans on.',
        minutes: 40,
        doneWhen: 'Three exercises (one string, one list, one map problem) pass the site’s tests.',
        resources: [
          tool('Exercism Python track', 'https://exercism.org/tracks/python', 'python'),
          tool('Exercism JavaScript track', 'https://exercism.org/tracks/javascript', 'javascript'),
          tool('Exercism Java track', 'https://exercism.org/tracks/java', 'java'),
        ],
      },
      2: {
        why: 'Most professional coding time goes into changing existing code, and small named functions make that safe.',
        minutes: 20,
        doneWhen:
          'The refactored program gives the same output as before for the same inputs, and no function is longer than about 20 lines.',
        resources: [
          docs('PEP 8: style guide for Python code', 'https://peps.python.org/pep-0008/', 'python'),
          docs(
            'MDN: functions (JavaScript reference)',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Functions',
            'javascript',
          ),
          tutorial(
            'Classes and objects',
            'https://docs.oracle.com/javase/tutorial/java/javaOO/index.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Finding your own weak spots early keeps gaps in the basics from slowing down every later phase.',
        minutes: 25,
        doneWhen: 'A note lists 5 shaky concepts, each with one redone exercise that now works.',
        resources: [
          tutorial(
            'The Python tutorial',
            'https://docs.python.org/3/tutorial/index.html',
            'python',
          ),
          tutorial(
            'MDN: JavaScript guide',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide',
            'javascript',
          ),
          tutorial('Learn Java', 'https://dev.java/learn/', 'java'),
        ],
      },
      4: {
        why: 'Back ends spend most of their time waiting on databases and other services, and concurrency is how one server keeps serving while it waits.',
        minutes: 25,
        doneWhen: byStack(
          'The sequential run prints about 3 seconds and the concurrent run about 1 second.',
          {
            python:
              'Three `time.sleep(1)` calls in a row take about 3 s; three `asyncio.sleep(1)` tasks under `asyncio.gather` take about 1 s (measured with `time.perf_counter()`).',
            javascript:
              'Awaiting three 1-second `setTimeout` promises (from `node:timers/promises`) in a row takes about 3 s; `Promise.all` on three takes about 1 s (measured with `performance.now()`).',
            java: 'Three `Thread.sleep(1000)` calls in a row take about 3 s; three tasks on `Executors.newVirtualThreadPerTaskExecutor()` take about 1 s (measured with `System.nanoTime()`).',
          },
        ),
        resources: [
          docs(
            'asyncio: coroutines and tasks',
            'https://docs.python.org/3/library/asyncio-task.html',
            'python',
          ),
          docs(
            'threading: thread-based parallelism',
            'https://docs.python.org/3/library/threading.html',
            'python',
          ),
          docs(
            'Overview of blocking vs non-blocking',
            'https://nodejs.org/en/learn/asynchronous-work/overview-of-blocking-vs-non-blocking',
            'javascript',
          ),
          docs(
            'The Node.js event loop',
            'https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick',
            'javascript',
          ),
          docs(
            'Virtual threads (Java 21)',
            'https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html',
            'java',
          ),
          tutorial(
            'Concurrency: processes and threads',
            'https://docs.oracle.com/javase/tutorial/essential/concurrency/procthread.html',
            'java',
          ),
        ],
      },
    },
  },
});
