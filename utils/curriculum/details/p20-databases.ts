import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-databases', {
  d1: {
    checks: [
      [
        'What does a foreign key guarantee?',
        'That every value in the referencing column matches a primary key in the referenced table (or is NULL), so a task can never point at a user that does not exist.',
      ],
      [
        'Why enforce a rule such as a unique email in the database as well as in code?',
        'Code can have bugs or be bypassed by scripts and other services; the database enforces the rule for every writer, even when two inserts arrive at the same moment.',
      ],
    ],
    items: {
      1: {
        why: 'Relational databases hold the data of almost every back end, and creating tables yourself is the first step to designing them.',
        minutes: 45,
        doneWhen: byStack(
          'In the sqlite3 shell `.tables`, or in psql `\\dt`, lists both users and tasks.',
          {
            python:
              'In the sqlite3 shell `.tables`, or in psql `\\dt`, lists both users and tasks.',
            javascript:
              'In the sqlite3 shell `.tables`, or in psql `\\dt`, lists both users and tasks.',
            java: 'In psql, connected to your new database, `\\dt` lists both users and tasks.',
          },
        ),
        resources: [
          tutorial(
            'PostgreSQL tutorial: getting started',
            'https://www.postgresql.org/docs/current/tutorial-start.html',
          ),
          tutorial(
            'PostgreSQL tutorial: creating a new table',
            'https://www.postgresql.org/docs/current/tutorial-table.html',
          ),
          docs('SQLite: the command-line shell', 'https://www.sqlite.org/cli.html', 'python'),
          docs('SQLite: the command-line shell', 'https://www.sqlite.org/cli.html', 'javascript'),
        ],
      },
      2: {
        why: 'Keys keep related data consistent: a foreign key stops a task from pointing at a user who does not exist.',
        minutes: 30,
        doneWhen:
          'Inserting a task with a user_id that does not exist fails with a foreign-key error (in SQLite run `PRAGMA foreign_keys = ON;` first, because enforcement is off by default).',
        resources: [
          tutorial(
            'PostgreSQL tutorial: foreign keys',
            'https://www.postgresql.org/docs/current/tutorial-fk.html',
          ),
          docs('SQLite: foreign key support', 'https://www.sqlite.org/foreignkeys.html'),
        ],
      },
      3: {
        why: 'Realistic sample data lets you try queries and spot design problems before any code depends on the schema.',
        minutes: 25,
        doneWhen:
          "`SELECT COUNT(*) FROM users;` and `SELECT COUNT(*) FROM tasks;` both return 10, and every task's user_id matches an existing user.",
        resources: [
          tutorial(
            'PostgreSQL tutorial: populating a table',
            'https://www.postgresql.org/docs/current/tutorial-populate.html',
          ),
          docs('SQLite: INSERT', 'https://www.sqlite.org/lang_insert.html'),
        ],
      },
      4: {
        why: 'Constraints are the last line of defence for data integrity: they reject bad rows even when application code has a bug.',
        minutes: 30,
        doneWhen:
          'Three inserts (a NULL title, a duplicate email and a value the CHECK forbids) each fail with a constraint error, and both tables still hold 10 rows. SQLite cannot add these to an existing table, so recreate the table with them.',
        resources: [
          docs(
            'PostgreSQL: constraints',
            'https://www.postgresql.org/docs/current/ddl-constraints.html',
          ),
          docs(
            'SQLite: CREATE TABLE and its constraints',
            'https://www.sqlite.org/lang_createtable.html',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What is the difference between an INNER JOIN and a LEFT JOIN?',
        'An INNER JOIN keeps only rows that match in both tables; a LEFT JOIN keeps every row of the left table and fills the right side with NULL where nothing matches.',
      ],
      [
        'Why does a parameterised query stop SQL injection?',
        'The SQL text and the values travel separately, so the database treats the input only as a value; quotes or keywords inside it can never change the structure of the query.',
      ],
    ],
    items: {
      1: {
        why: 'Filtering and sorting in SQL is how an API answers list requests without loading every row into the application.',
        minutes: 40,
        doneWhen:
          'Five queries run without errors and each returns the rows you predicted before running it (for example only unfinished tasks, newest first).',
        resources: [
          tutorial(
            'PostgreSQL tutorial: querying a table',
            'https://www.postgresql.org/docs/current/tutorial-select.html',
          ),
          docs('SQLite: SELECT', 'https://www.sqlite.org/lang_select.html'),
        ],
      },
      2: {
        why: 'Most API responses combine data from several tables, and a JOIN does that in one query instead of many.',
        minutes: 30,
        doneWhen:
          "An INNER JOIN lists all 10 tasks with their owners' names, and a LEFT JOIN from users also shows users who have no tasks, with NULL in the task columns (add one such user if every user has a task).",
        resources: [
          tutorial(
            'PostgreSQL tutorial: joins between tables',
            'https://www.postgresql.org/docs/current/tutorial-join.html',
          ),
        ],
      },
      3: {
        why: 'Aggregates power dashboards and summary endpoints, and computing them in the database is far faster than in application code.',
        minutes: 25,
        doneWhen:
          'The query returns one row per user with a task count, and the counts add up to 10.',
        resources: [
          tutorial(
            'PostgreSQL tutorial: aggregate functions',
            'https://www.postgresql.org/docs/current/tutorial-agg.html',
          ),
          docs('SQLite: aggregate functions', 'https://www.sqlite.org/lang_aggfunc.html'),
        ],
      },
      4: {
        why: 'Injection is in the OWASP Top 10, and placeholders are the standard defence because the input is sent as data, never as SQL.',
        minutes: 40,
        doneWhen: byStack(
          "With a placeholder, searching for the title `' OR '1'='1` returns 0 rows, and you can explain why gluing the input into the SQL string would have returned every row.",
          {
            python:
              "With a placeholder (`?` in sqlite3, `%s` in psycopg), searching for the title `' OR '1'='1` returns 0 rows, and you can explain why gluing the input into the SQL string would have returned every row.",
            javascript:
              "With a placeholder (`?` in better-sqlite3, `$1` in pg), searching for the title `' OR '1'='1` returns 0 rows, and you can explain why gluing the input into the SQL string would have returned every row.",
            java: "With a `?` placeholder set through `setString`, searching for the title `' OR '1'='1` returns 0 rows, and you can explain why gluing the input into the SQL string would have returned every row. There is no build tool yet, so download the driver jar and run the file with it on the classpath: `java -cp postgresql-<version>.jar Search.java`.",
          },
        ),
        resources: [
          docs(
            'OWASP: query parameterization cheat sheet',
            'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html',
          ),
          docs(
            'Python sqlite3: placeholders',
            'https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders',
            'python',
          ),
          docs(
            'Psycopg 3: passing parameters to SQL queries',
            'https://www.psycopg.org/psycopg3/docs/basic/params.html',
            'python',
          ),
          docs(
            'better-sqlite3: API (statements and bound parameters)',
            'https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md',
            'javascript',
          ),
          docs(
            'node-postgres: queries',
            'https://node-postgres.com/features/queries',
            'javascript',
          ),
          tutorial(
            'Java tutorial: using prepared statements',
            'https://docs.oracle.com/javase/tutorial/jdbc/basics/prepared.html',
            'java',
          ),
          tool('PostgreSQL JDBC driver: download', 'https://jdbc.postgresql.org/download/', 'java'),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'What problem does third normal form remove?',
        "Columns that depend on another non-key column, such as a customer's city repeated in every order; in 3NF every non-key column depends only on the key, so each fact is stored once.",
      ],
      [
        'Why does an index speed up a lookup, and what does it cost?',
        'It keeps a sorted structure (usually a B-tree) so the database can jump to matching rows instead of scanning the whole table; in return it takes disk space and slows every insert and update a little.',
      ],
    ],
    items: {
      1: {
        why: "Normalised tables store each fact once, so one update cannot leave other copies of a customer's address out of date.",
        minutes: 45,
        doneWhen:
          'You have customers, orders and order_items tables (or similar) with primary and foreign keys, and no customer detail is stored more than once.',
        resources: [
          docs(
            'Microsoft: database normalization description',
            'https://learn.microsoft.com/en-us/previous-versions/troubleshoot/microsoft-365/microsoft-365-apps/access/database-normalization-description',
          ),
        ],
      },
      2: {
        why: 'Recognising 1NF, 2NF and 3NF problems lets you explain your schema choices in code reviews and interviews.',
        minutes: 30,
        doneWhen:
          'You have three small example tables, each with the rule it breaks and the split that fixes it.',
        resources: [
          tutorial(
            'freeCodeCamp: database normalization with 1NF, 2NF and 3NF examples',
            'https://www.freecodecamp.org/news/database-normalization-1nf-2nf-3nf-table-examples/',
          ),
        ],
      },
      3: {
        why: 'Transactions make multi-step changes all-or-nothing, which is how a back end keeps data consistent when something fails halfway.',
        minutes: 25,
        doneWhen:
          'After BEGIN, an UPDATE and a DELETE, then ROLLBACK, the same SELECT returns exactly the rows it returned before.',
        resources: [
          tutorial(
            'PostgreSQL tutorial: transactions',
            'https://www.postgresql.org/docs/current/tutorial-transactions.html',
          ),
          docs('SQLite: transactions', 'https://www.sqlite.org/lang_transaction.html'),
        ],
      },
      4: {
        why: 'Indexes are the first fix for slow queries and EXPLAIN is how you prove one is used; on a few dozen rows the database scans anyway, so you need volume to see the difference.',
        minutes: 40,
        doneWhen:
          "With 100,000 generated rows (generate_series in PostgreSQL, a recursive CTE in SQLite) and fresh statistics (`ANALYZE tasks;`), the plan for `WHERE title = 'Task 54321'` shows a sequential scan (`Seq Scan`, or `SCAN tasks`) before `CREATE INDEX` and an index scan (`Index Scan`, or `SEARCH tasks USING INDEX`) after it. Then delete the generated rows again (for example `DELETE FROM tasks WHERE id > 10` if your samples have ids 1–10), so the app you build from day 9 still shows your 10 sample tasks.",
        resources: [
          docs(
            'PostgreSQL: using EXPLAIN',
            'https://www.postgresql.org/docs/current/using-explain.html',
          ),
          docs(
            'PostgreSQL: set returning functions (generate_series)',
            'https://www.postgresql.org/docs/current/functions-srf.html',
          ),
          docs('SQLite: EXPLAIN QUERY PLAN', 'https://www.sqlite.org/eqp.html', 'python'),
          docs('SQLite: EXPLAIN QUERY PLAN', 'https://www.sqlite.org/eqp.html', 'javascript'),
        ],
      },
    },
  },
});
