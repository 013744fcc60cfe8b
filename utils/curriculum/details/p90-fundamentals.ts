import { byStack } from '../build';
import { book, docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p90-fundamentals', {
  d1: {
    checks: [
      [
        'Why does a back-end developer need to be comfortable running programs from the terminal?',
        'Servers have no editor or Run button: programs there are started, configured and debugged with commands, arguments and environment variables, so the terminal is where your code really runs.',
      ],
      [
        'What is a command-line argument, and how does your program read it?',
        byStack(
          'Text typed after the program name when you start it; the operating system hands it to the new process as a list of strings.',
          {
            python:
              'Text typed after the program name when you start it; the operating system passes it to the new process and Python puts it in sys.argv, where sys.argv[1] is the first argument.',
            javascript:
              'Text typed after the program name when you start it; the operating system passes it to the new process and Node puts it in process.argv, where process.argv[2] is the first argument (after the node path and the script path).',
            java: 'Text typed after the program name when you start it; the operating system passes it to the new process and Java hands it to main as String[] args, where args[0] is the first argument.',
          },
        ),
      ],
    ],
    items: {
      1: {
        why: 'Knowing what each language is good at on servers (libraries, typing, speed, job demand) lets you choose on purpose and explain the choice in interviews.',
        minutes: 20,
        doneWhen:
          'A note lists at least two pros and two cons for each of Python, JavaScript and Java, ends with the language you picked, and that language is selected in this app.',
        resources: [
          tutorial('Back-end developer roadmap', 'https://roadmap.sh/backend'),
          tutorial('Python developer roadmap', 'https://roadmap.sh/python', 'python'),
          tutorial('Node.js developer roadmap', 'https://roadmap.sh/nodejs', 'javascript'),
          tutorial('Java developer roadmap', 'https://roadmap.sh/java', 'java'),
        ],
      },
      2: {
        why: 'Every later day builds on a working toolchain, and setting one up from scratch is something you will repeat on every new laptop, server and build machine.',
        minutes: 30,
        doneWhen: byStack(
          'Your language\'s version command prints the version you installed, and your hello-world program prints "Hello, world!".',
          {
            python:
              '`python3 --version` (or `py --version` on Windows) prints 3.14.x, and hello.py prints "Hello, world!" in the VS Code terminal.',
            javascript:
              '`node --version` prints v24.x, and `node hello.js` prints "Hello, world!".',
            java: '`java -version` and `javac -version` both report version 21, and `java Hello.java` prints "Hello, world!".',
          },
        ),
        resources: [
          docs('Python setup and usage', 'https://docs.python.org/3/using/index.html', 'python'),
          tutorial(
            'Getting started with Python in VS Code',
            'https://code.visualstudio.com/docs/python/python-tutorial',
            'python',
          ),
          docs('Download Node.js', 'https://nodejs.org/en/download', 'javascript'),
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
      3: {
        why: 'Servers start programs from a shell with arguments and settings, never from an editor, so you need to see that both ways run the same program.',
        minutes: 20,
        doneWhen: byStack(
          'Running the program from the terminal with the argument Ada prints "Hello, Ada!", and running it from the editor with no argument prints "Hello, stranger!" instead of crashing.',
          {
            python:
              '`python3 hello.py Ada` prints "Hello, Ada!" in the terminal, and running it from the editor with no argument prints "Hello, stranger!" instead of crashing.',
            javascript:
              '`node hello.js Ada` prints "Hello, Ada!" in the terminal, and running it from the editor with no argument prints "Hello, stranger!" instead of crashing.',
            java: '`java Hello.java Ada` prints "Hello, Ada!" in the terminal, and running it from the editor with no argument prints "Hello, stranger!" instead of crashing.',
          },
        ),
        resources: [
          tutorial(
            'The Missing Semester: the shell',
            'https://missing.csail.mit.edu/2020/course-shell/',
          ),
          docs('sys.argv', 'https://docs.python.org/3/library/sys.html#sys.argv', 'python'),
          docs('process.argv', 'https://nodejs.org/api/process.html#processargv', 'javascript'),
          docs(
            'Command-line arguments',
            'https://docs.oracle.com/javase/tutorial/essential/environment/cmdLineArgs.html',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why should money not be stored as a binary floating-point number?',
        'Binary floats cannot represent most decimal fractions exactly (0.1 + 0.2 is not exactly 0.3), so totals drift by fractions of a cent; use whole cents or a decimal type and round only for display.',
      ],
      [
        'What does your language do with a number plus a piece of text?',
        byStack(
          'It depends on the language: Python raises an error, while JavaScript and Java join both as text. Either way, convert explicitly before doing arithmetic.',
          {
            python:
              'It raises a TypeError, because Python never converts silently; you convert yourself with int(), float() or str().',
            javascript:
              'If either side is a string, + turns the other side into a string and joins them, so 2 + "3" is "23"; other operators convert to numbers, so "5" - 2 is 3. Convert explicitly with Number().',
            java: 'If either operand is a String, + joins them as text, so 2 + "3" is "23"; for arithmetic you parse the text first with Integer.parseInt or Double.parseDouble.',
          },
        ),
      ],
    ],
    items: {
      1: {
        why: 'Every request handler receives its input as text, so reading input and converting it to numbers safely is a skill you use from day one.',
        minutes: 25,
        doneWhen:
          'Entering 7 and 2 prints a sum of 9, a difference of 5, a product of 14 and a quotient of 3.5 (not the 3 that integer division gives), and entering 0 as the second number prints a message instead of crashing.',
        resources: [
          docs(
            'Python tutorial: numbers',
            'https://docs.python.org/3/tutorial/introduction.html#numbers',
            'python',
          ),
          docs('input()', 'https://docs.python.org/3/library/functions.html#input', 'python'),
          tutorial(
            'Accept input from the command line in Node.js',
            'https://nodejs.org/en/learn/command-line/accept-input-from-the-command-line-in-nodejs',
            'javascript',
          ),
          docs(
            'Expressions and operators',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Expressions_and_operators',
            'javascript',
          ),
          docs(
            'Using operators in your programs',
            'https://dev.java/learn/language-basics/using-operators/',
            'java',
          ),
          docs(
            'Scanner',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Scanner.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Form fields, URLs and JSON all arrive as strings, and many real bugs come from a language silently converting (or refusing to convert) a type.',
        minutes: 15,
        doneWhen:
          'A note shows three expressions you ran (number plus text, text plus number, and one with an explicit conversion), each with the result or error your language gave.',
        resources: [
          docs('Built-in types', 'https://docs.python.org/3/library/stdtypes.html', 'python'),
          docs(
            'Type coercion',
            'https://developer.mozilla.org/en-US/docs/Glossary/Type_coercion',
            'javascript',
          ),
          docs(
            'Grammar and types',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Grammar_and_types',
            'javascript',
          ),
          docs('Strings', 'https://docs.oracle.com/javase/tutorial/java/data/strings.html', 'java'),
        ],
      },
      3: {
        why: 'Prices, invoices and tips are everyday back-end data, and rounding them correctly is a classic source of production bugs.',
        minutes: 25,
        doneWhen:
          'A bill of 23.45 with an 18% tip prints a tip of 4.22 and a total of 27.67, always with exactly two decimals.',
        resources: [
          docs(
            'Floating-point arithmetic: issues and limitations',
            'https://docs.python.org/3/tutorial/floatingpoint.html',
            'python',
          ),
          docs('decimal', 'https://docs.python.org/3/library/decimal.html', 'python'),
          docs(
            'Number.prototype.toFixed()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Number/toFixed',
            'javascript',
          ),
          docs(
            'Formatting numeric print output',
            'https://docs.oracle.com/javase/tutorial/java/data/numberformat.html',
            'java',
          ),
          docs(
            'BigDecimal',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/math/BigDecimal.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'In an if/else-if chain that turns scores into grades, why does the order of the conditions matter?',
        'Only the first true branch runs, so testing score >= 90 before score >= 80 gives 95 an A; in the opposite order every high score would stop at the B branch.',
      ],
      [
        'When is a while loop a better fit than a for loop?',
        'When you do not know in advance how many times it will run, such as reading input until the user types "quit"; a for loop suits a known range or collection.',
      ],
    ],
    items: {
      1: {
        why: 'Branching on values (status codes, roles, limits) is how business rules are written in every back-end service.',
        minutes: 25,
        doneWhen:
          'Scores 95, 85, 75, 65 and 40 print A, B, C, D and F, and a score outside 0–100 prints an error message.',
        resources: [
          docs(
            'if statements',
            'https://docs.python.org/3/tutorial/controlflow.html#if-statements',
            'python',
          ),
          docs(
            'Control flow and error handling',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Control_flow_and_error_handling',
            'javascript',
          ),
          docs(
            'Control flow statements',
            'https://dev.java/learn/language-basics/controlling-flow/',
            'java',
          ),
        ],
      },
      2: {
        why: 'FizzBuzz is a famous screening question because it checks loops, the remainder operator and the order of conditions in a few lines.',
        minutes: 15,
        doneWhen:
          'The output has 100 lines: 3 prints Fizz, 5 prints Buzz, 15 prints FizzBuzz and 7 prints 7.',
        resources: [
          docs(
            'for statements',
            'https://docs.python.org/3/tutorial/controlflow.html#for-statements',
            'python',
          ),
          docs(
            'Loops and iteration',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Loops_and_iteration',
            'javascript',
          ),
          docs(
            'The for statement',
            'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/for.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Servers and command-line tools run loops that keep accepting work until told to stop, and they must survive bad input along the way.',
        minutes: 25,
        doneWhen:
          'The program keeps asking, echoes each entry, ignores empty lines, and exits with a goodbye message when you type quit in any mix of upper and lower case.',
        resources: [
          docs(
            'The while statement',
            'https://docs.python.org/3/reference/compound_stmts.html#the-while-statement',
            'python',
          ),
          docs('Readline', 'https://nodejs.org/api/readline.html', 'javascript'),
          docs(
            'The while and do-while statements',
            'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/while.html',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'What is the difference between a parameter and a return value?',
        'A parameter is input the caller passes in; the return value is the result the function hands back. A function that takes input and returns output, without printing or touching globals, is easy to test.',
      ],
      [
        'Why is the simple recursive Fibonacci function slow for n = 35?',
        'Each call makes two more calls, so the same values are recomputed an exponential number of times; a loop or a cached (memoised) version computes each value once.',
      ],
    ],
    items: {
      1: {
        why: 'Handlers, services and utilities are all functions, and splitting code into small functions with clear inputs and outputs is what makes it testable.',
        minutes: 30,
        doneWhen:
          'The calculator, grade and tip programs each call at least one function that takes parameters and returns a value, and the top level of each program only reads input and prints results.',
        resources: [
          docs(
            'Defining functions',
            'https://docs.python.org/3/tutorial/controlflow.html#defining-functions',
            'python',
          ),
          docs(
            'Functions',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Functions',
            'javascript',
          ),
          docs(
            'Defining methods',
            'https://docs.oracle.com/javase/tutorial/java/javaOO/methods.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Recursion appears wherever data is nested (JSON, comment threads, folders), and its cost teaches you to think about how work grows with input size.',
        minutes: 25,
        doneWhen:
          'factorial(5) returns 120, fib(10) returns 55, and you have timed fib(35) and written down how its time compares with a loop version.',
        resources: [
          docs('Recursion', 'https://developer.mozilla.org/en-US/docs/Glossary/Recursion'),
          docs(
            'functools.cache',
            'https://docs.python.org/3/library/functools.html#functools.cache',
            'python',
          ),
        ],
      },
      3: {
        why: 'Shared global state is a common source of bugs in servers, where many requests run the same code at the same time.',
        minutes: 15,
        doneWhen:
          'Your tiny program prints a global variable before and after calling a function that assigns a local variable with the same name, the global is unchanged, and a two-line note explains why.',
        resources: [
          docs(
            'Python scopes and namespaces',
            'https://docs.python.org/3/tutorial/classes.html#python-scopes-and-namespaces',
            'python',
          ),
          docs('Scope', 'https://developer.mozilla.org/en-US/docs/Glossary/Scope', 'javascript'),
          docs(
            'Variables',
            'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/variables.html',
            'java',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'When would you use a map (dict, Map, HashMap) instead of a list?',
        'When you look things up by a key, such as a user by id: a hash map finds the key in roughly constant time, while a list has to be scanned item by item.',
      ],
      [
        'Why does binary search need a sorted list, and how many steps does it need for 1,000,000 items?',
        'Each step compares with the middle item and discards the half that cannot contain the target, which only works if the list is ordered; it needs at most about 20 steps, because 2^20 is just over a million.',
      ],
    ],
    items: {
      1: {
        why: 'Request data, query results and caches are all lists, maps and sets, so you will use these types every working day.',
        minutes: 25,
        doneWhen:
          'Your practice file adds, removes, looks up and loops over a list, a map and a set, and shows that adding a duplicate to the set leaves its size unchanged.',
        resources: [
          docs(
            'Data structures',
            'https://docs.python.org/3/tutorial/datastructures.html',
            'python',
          ),
          docs(
            'Keyed collections',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Keyed_collections',
            'javascript',
          ),
          docs(
            'Indexed collections',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Indexed_collections',
            'javascript',
          ),
          docs(
            'The Collections trail',
            'https://docs.oracle.com/javase/tutorial/collections/index.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Counting and ranking with a map is the same pattern behind analytics endpoints, log analysis and "most popular" features.',
        minutes: 25,
        doneWhen:
          'For a paragraph you choose, the program prints the five most frequent words with their counts, ignoring upper and lower case and punctuation.',
        resources: [
          docs(
            'collections.Counter',
            'https://docs.python.org/3/library/collections.html#collections.Counter',
            'python',
          ),
          docs(
            'Map',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map',
            'javascript',
          ),
          docs(
            'The Map interface',
            'https://docs.oracle.com/javase/tutorial/collections/interfaces/map.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Binary search is why sorted indexes stay fast, and counting its steps introduces the O(log n) thinking that interviews ask about.',
        minutes: 25,
        doneWhen:
          'Searching a sorted list of 1,000 numbers finds any value that is present in at most 10 steps, reports "not found" for a missing one, and prints the step count.',
        resources: [
          docs('bisect', 'https://docs.python.org/3/library/bisect.html', 'python'),
          docs(
            'Array.prototype.sort() (sort numbers with a compare function)',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/sort',
            'javascript',
          ),
          docs(
            'Collections (binarySearch)',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Collections.html',
            'java',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'Why make the balance private and change it only through deposit and withdraw?',
        'So the class can enforce its rules (no negative amounts, no overdraft) in one place; if any code could set the balance directly, nothing would stop it becoming invalid.',
      ],
      [
        'What is composition, and why is a TaskList that holds Task objects an example of it?',
        'Composition builds an object out of other objects it holds (it "has" them) instead of inheriting from them; a TaskList has tasks and asks them for their status, which keeps each class small and focused.',
      ],
    ],
    items: {
      1: {
        why: 'Back-end code models accounts, orders and users as objects that must protect their own rules.',
        minutes: 25,
        doneWhen:
          'Depositing 100 and then withdrawing 30 leaves a balance of 70; withdrawing 500 or depositing -5 is refused with an error and the balance stays 70.',
        resources: [
          docs('Classes', 'https://docs.python.org/3/tutorial/classes.html', 'python'),
          docs(
            'Using classes',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Using_classes',
            'javascript',
          ),
          docs(
            'Private elements',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Classes/Private_elements',
            'javascript',
          ),
          docs(
            'Creating classes',
            'https://dev.java/learn/classes-objects/creating-classes/',
            'java',
          ),
        ],
      },
      2: {
        why: 'The Task class is the model you will store in a database, expose through an API and test for the rest of the plan.',
        minutes: 15,
        doneWhen:
          'A new task has status "open", calling its done method changes the status to "done", and printing the task shows its title and status.',
        resources: [
          docs(
            'A first look at classes',
            'https://docs.python.org/3/tutorial/classes.html#a-first-look-at-classes',
            'python',
          ),
          docs(
            'Classes',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Classes',
            'javascript',
          ),
          docs(
            'Enum types',
            'https://docs.oracle.com/javase/tutorial/java/javaOO/enum.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Services are built from objects that hold and coordinate other objects, and filtering a collection is what most list endpoints do.',
        minutes: 30,
        doneWhen:
          'A TaskList holding four tasks, two of them done, returns two tasks from its "open" filter and two from its "done" filter.',
        resources: [
          docs(
            'List comprehensions',
            'https://docs.python.org/3/tutorial/datastructures.html#list-comprehensions',
            'python',
          ),
          docs(
            'Array.prototype.filter()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/filter',
            'javascript',
          ),
          docs(
            'Aggregate operations',
            'https://docs.oracle.com/javase/tutorial/collections/streams/index.html',
            'java',
          ),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'What is the difference between a process and a thread?',
        'A process is a running program with its own memory, started and kept apart from others by the operating system; threads run inside a process and share its memory, so they are cheaper to start and can share data, but they can also get in each other’s way.',
      ],
      [
        'Why do three 1-second waits take about 1 second when run concurrently but about 3 seconds one after another?',
        byStack(
          'Waiting for a timer, a disk or the network does not use the CPU, so while one task waits the others can start; the total becomes the longest wait instead of the sum. CPU-heavy work does not speed up this way.',
          {
            python:
              'Waiting does not use the CPU, so asyncio starts all three sleeps on one thread and resumes each when it finishes; the total is the longest wait, not the sum. In standard CPython only one thread runs Python code at a time (the GIL), so this helps waiting, not heavy computation.',
            javascript:
              'Waiting does not use the CPU: the event loop starts all three timers on Node’s single JavaScript thread and resumes each promise when its timer fires, so the total is the longest wait. CPU-heavy code, by contrast, blocks that one thread for everyone.',
            java: 'Waiting does not use the CPU: each virtual thread parks while it sleeps without holding an operating-system thread, so all three wait at once and the total is the longest wait. CPU-heavy work is limited by the number of cores instead.',
          },
        ),
      ],
    ],
    items: {
      1: {
        why: 'A server must turn bad input into a clear error instead of crashing, and exceptions are how it does that.',
        minutes: 20,
        doneWhen:
          'Entering "abc" or a negative amount prints a friendly error and asks again; your own exception is raised for the negative amount and caught in one place.',
        resources: [
          docs('Errors and exceptions', 'https://docs.python.org/3/tutorial/errors.html', 'python'),
          docs(
            'try...catch',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/try...catch',
            'javascript',
          ),
          docs(
            'Error',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Error',
            'javascript',
          ),
          docs(
            'Exceptions',
            'https://docs.oracle.com/javase/tutorial/essential/exceptions/index.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Saving state and reading it back is the job a database will do for you later; doing it by hand shows what can go wrong, such as a missing file or bad data.',
        minutes: 20,
        doneWhen: byStack(
          'Running the program twice shows the tasks saved in the first run, and a missing file starts an empty list instead of crashing.',
          {
            python:
              'Running the program twice shows the tasks saved in the first run, tasks.json is valid JSON, and a missing file starts an empty list instead of crashing.',
            javascript:
              'Running the program twice shows the tasks saved in the first run, tasks.json is valid JSON, and a missing file starts an empty list instead of crashing.',
            java: 'Running the program twice shows the tasks saved in the first run, tasks.txt has one task per line, and a missing file starts an empty list instead of crashing.',
          },
        ),
        resources: [
          docs('json', 'https://docs.python.org/3/library/json.html', 'python'),
          docs(
            'Reading and writing files',
            'https://docs.python.org/3/tutorial/inputoutput.html#reading-and-writing-files',
            'python',
          ),
          tutorial(
            'Writing files with Node.js',
            'https://nodejs.org/en/learn/manipulating-files/writing-files-with-nodejs',
            'javascript',
          ),
          docs(
            'JSON.stringify()',
            'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify',
            'javascript',
          ),
          docs(
            'Files',
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/nio/file/Files.html',
            'java',
          ),
          tutorial(
            'Reading, writing and creating files',
            'https://docs.oracle.com/javase/tutorial/essential/io/file.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Solving small problems from memory builds the fluency that live-coding interviews and daily work expect.',
        minutes: 25,
        doneWhen:
          'Three exercises on your language track pass their tests, solved without opening your notes.',
        resources: [
          tool('Exercism Python track', 'https://exercism.org/tracks/python', 'python'),
          tool('Exercism JavaScript track', 'https://exercism.org/tracks/javascript', 'javascript'),
          tool('Exercism Java track', 'https://exercism.org/tracks/java', 'java'),
        ],
      },
      4: {
        why: 'Back ends spend most of their time waiting for databases and other services, and processes, threads and async I/O are how one server handles many requests at once.',
        minutes: 25,
        doneWhen: byStack(
          'The program prints its process id, then about 3.0 s for the waits run one after another and about 1.0 s for the concurrent run.',
          {
            python:
              'The program prints its process id, then about 3.0 s for three awaited asyncio.sleep(1) calls in a row and about 1.0 s with asyncio.gather (timed with time.perf_counter).',
            javascript:
              'The program prints its process id, then about 3.0 s for three timers awaited in a row and about 1.0 s with Promise.all (timed with performance.now()).',
            java: 'The program prints its process id, then about 3.0 s for three Thread.sleep(1000) calls in a row and about 1.0 s on Executors.newVirtualThreadPerTaskExecutor() (timed with System.nanoTime()).',
          },
        ),
        resources: [
          book(
            'Operating Systems: Three Easy Pieces, the process',
            'https://pages.cs.wisc.edu/~remzi/OSTEP/cpu-intro.pdf',
          ),
          docs(
            'asyncio: coroutines and tasks',
            'https://docs.python.org/3/library/asyncio-task.html',
            'python',
          ),
          docs(
            'The Node.js event loop',
            'https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick',
            'javascript',
          ),
          docs(
            'Processes and threads',
            'https://docs.oracle.com/javase/tutorial/essential/concurrency/procthread.html',
            'java',
          ),
          docs(
            'Virtual threads',
            'https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html',
            'java',
          ),
        ],
      },
    },
  },
});
