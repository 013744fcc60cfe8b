import { byStack } from '../build';
import { book, docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-fundamentals', {
  d1: {
    checks: [
      [
        'What is the difference between printing a value and returning it from a function?',
        'Printing only shows the value on screen; returning hands it back to the caller so other code, or a test, can use it. Back-end functions return values that become responses.',
      ],
      [
        'Why install one exact runtime version (Python 3.14, Node.js 24 or JDK 21) from day 1?',
        'So the code you write locally behaves the same in the Docker image and the CI runner you set up later; a version mismatch can break the build or hide a feature you rely on.',
      ],
    ],
    items: {
      1: {
        why: 'Every back-end job starts with a working toolchain, and the terminal is where servers, scripts and CI pipelines run your code too.',
        minutes: 40,
        doneWhen: byStack(
          'The runtime reports the version you installed and your script prints its greeting from the terminal.',
          {
            python:
              '`python --version` prints 3.14.x inside the activated virtual environment and `python hello.py` prints your greeting.',
            javascript: '`node --version` prints v24.x and `node hello.js` prints your greeting.',
            java: '`java -version` and `javac -version` both report 21, and `java Hello` prints your greeting after `javac Hello.java`.',
          },
        ),
        resources: [
          docs(
            'Python tutorial: virtual environments and packages',
            'https://docs.python.org/3/tutorial/venv.html',
            'python',
          ),
          docs('Python setup and usage', 'https://docs.python.org/3/using/index.html', 'python'),
          docs(
            'Node.js: how to install Node.js',
            'https://nodejs.org/en/learn/getting-started/how-to-install-nodejs',
            'javascript',
          ),
          docs(
            'Node.js: run scripts from the command line',
            'https://nodejs.org/en/learn/command-line/run-nodejs-scripts-from-the-command-line',
            'javascript',
          ),
          tutorial(
            'dev.java: getting started with Java',
            'https://dev.java/learn/getting-started/',
            'java',
          ),
          docs(
            'JDK 21 installation guide',
            'https://docs.oracle.com/en/java/javase/21/install/overview-jdk-installation.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Conditions and loops are the building blocks of every request handler, from validating input to walking through query results.',
        minutes: 40,
        doneWhen:
          'Running the program prints exactly the ten numbers 2, 4, 6 … 20 and nothing else.',
        resources: [
          docs(
            'Python tutorial: more control flow tools',
            'https://docs.python.org/3/tutorial/controlflow.html',
            'python',
          ),
          docs(
            'MDN: loops and iteration',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Loops_and_iteration',
            'javascript',
          ),
          tutorial(
            'dev.java: control flow statements',
            'https://dev.java/learn/language-basics/controlling-flow/',
            'java',
          ),
        ],
      },
      3: {
        why: 'Back-end code is organised into small functions with clear inputs and outputs, which is what makes it testable and reusable.',
        minutes: 50,
        doneWhen:
          'Each function returns its result rather than printing it, and calling them with [3, 9, 2], "hello" and "education" gives 9, "olleh" and 5.',
        resources: [
          docs(
            'Python tutorial: defining functions',
            'https://docs.python.org/3/tutorial/controlflow.html#defining-functions',
            'python',
          ),
          docs(
            'MDN: functions',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Functions',
            'javascript',
          ),
          tutorial(
            'dev.java: defining methods',
            'https://dev.java/learn/classes-objects/defining-methods/',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why is looking a word up in a hash map faster than searching a list?',
        'A hash map jumps straight to the bucket for the key in roughly constant time, while a list has to be scanned item by item, so list lookups get slower as the list grows.',
      ],
      [
        'What should a program do when the file it needs does not exist?',
        'Catch the error and report it clearly (or fall back to a default) instead of crashing with a stack trace; on a server an unhandled error can fail a request or stop the process.',
      ],
    ],
    items: {
      1: {
        why: 'Key-value maps are everywhere on the server: caches, JSON objects, request headers and counting events in logs.',
        minutes: 40,
        doneWhen:
          'For a paragraph you paste in, the program prints every word with its count, and "The" and "the" are counted as the same word.',
        resources: [
          docs(
            'Python tutorial: dictionaries',
            'https://docs.python.org/3/tutorial/datastructures.html#dictionaries',
            'python',
          ),
          docs(
            'Python: collections.Counter',
            'https://docs.python.org/3/library/collections.html#collections.Counter',
            'python',
          ),
          docs(
            'MDN: Map',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map',
            'javascript',
          ),
          docs(
            'MDN: String.prototype.split()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/split',
            'javascript',
          ),
          tutorial(
            'dev.java: using maps to store key-value pairs',
            'https://dev.java/learn/api/collections-framework/maps/',
            'java',
          ),
          docs(
            'Java 21 API: HashMap',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/HashMap.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Small algorithm exercises train the logic you use every day and are a staple of back-end interviews.',
        minutes: 60,
        doneWhen:
          'All three solutions pass your own checks: FizzBuzz is right for 1–15, "racecar" is a palindrome and "hello" is not, and two-sum on [2, 7, 11, 15] with target 9 returns the indexes 0 and 1.',
        resources: [
          tool(
            'Exercism: Python exercises (more practice after these three)',
            'https://exercism.org/tracks/python/exercises',
            'python',
          ),
          tool(
            'Exercism: JavaScript exercises (more practice after these three)',
            'https://exercism.org/tracks/javascript/exercises',
            'javascript',
          ),
          tool(
            'Exercism: Java exercises (more practice after these three)',
            'https://exercism.org/tracks/java/exercises',
            'java',
          ),
        ],
      },
      3: {
        why: 'Servers read files all the time (configuration, uploads, logs), so you need to open and read them safely.',
        minutes: 35,
        doneWhen:
          'On a file with a known number of lines the program prints that number and the longest line, and a missing file name gives a clear error message instead of a crash.',
        resources: [
          docs(
            'Python tutorial: reading and writing files',
            'https://docs.python.org/3/tutorial/inputoutput.html#reading-and-writing-files',
            'python',
          ),
          docs(
            'Node.js: reading files',
            'https://nodejs.org/en/learn/manipulating-files/reading-files-with-nodejs',
            'javascript',
          ),
          tutorial(
            'dev.java: reading and writing small files',
            'https://dev.java/learn/java-io/reading-writing/small-files/',
            'java',
          ),
        ],
      },
      4: {
        why: 'A server is a long-running process, and finding its PID and stopping it is how you free a port that is "already in use" or restart an app that hangs.',
        minutes: 25,
        doneWhen:
          'While the program runs, `ps -p <pid>` (on Windows `tasklist /FI "PID eq <pid>"`) lists it with the PID it printed; after `kill <pid>` (on Windows `taskkill /PID <pid> /F`) it stops printing and `ps -p <pid>` lists nothing; a second run prints a different PID.',
        resources: [
          book(
            'OSTEP: the abstraction of the process (free chapter)',
            'https://pages.cs.wisc.edu/~remzi/OSTEP/cpu-intro.pdf',
          ),
          docs('Linux manual: kill(1)', 'https://man7.org/linux/man-pages/man1/kill.1.html'),
          docs(
            'Python: os.getpid()',
            'https://docs.python.org/3/library/os.html#os.getpid',
            'python',
          ),
          docs(
            'Node.js: process.pid',
            'https://nodejs.org/api/process.html#processpid',
            'javascript',
          ),
          docs(
            'Java 21 API: ProcessHandle',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessHandle.html',
            'java',
          ),
        ],
      },
    },
  },
});
