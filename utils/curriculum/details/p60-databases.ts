import { docs, phaseDetails, tutorial } from '../build-details';

const PG = 'https://www.postgresql.org/docs/current';
const MY = 'https://dev.mysql.com/doc/refman/8.4/en';

export const DETAILS = phaseDetails('p60-databases', {
  d1: {
    checks: [
      [
        'What does a foreign key guarantee?',
        'That every value in the column matches a primary key in the referenced table (or is NULL), so a task can never point at a project that does not exist.',
      ],
      [
        'How do a PRIMARY KEY and a UNIQUE constraint differ?',
        'Both forbid duplicates, but a table has only one primary key, it can never be NULL, and it is what other tables reference; a table can have several UNIQUE columns, such as a user’s email.',
      ],
    ],
    items: {
      1: {
        why: 'Almost every back-end job involves a relational database and the command-line client is how you inspect one on a server; the later Docker, CI, Kubernetes and performance days use PostgreSQL, so pick it unless you have a reason to learn MySQL.',
        minutes: 35,
        doneWhen: '`SELECT version();` prints the server version in psql or in the mysql client.',
        resources: [
          tutorial('PostgreSQL tutorial: getting started', `${PG}/tutorial-start.html`),
          docs('psql reference', `${PG}/app-psql.html`),
          docs('MySQL: connecting to the server', `${MY}/connecting.html`),
        ],
      },
      2: {
        why: 'Tables with primary keys are the shape every application’s data takes, and you will design them in every project.',
        minutes: 30,
        doneWhen:
          '`\\dt` in psql (or `SHOW TABLES;` in MySQL) lists users, projects and tasks, and `\\d tasks` (or `DESCRIBE tasks;`) shows its primary key.',
        resources: [
          docs('PostgreSQL: table basics', `${PG}/ddl-basics.html`),
          docs('PostgreSQL: CREATE TABLE', `${PG}/sql-createtable.html`),
          docs('MySQL: CREATE TABLE', `${MY}/create-table.html`),
        ],
      },
      3: {
        why: 'Constraints make the database itself refuse bad data, which protects you from bugs in every program that writes to it.',
        minutes: 30,
        doneWhen:
          'Inserting a task whose project_id does not exist fails with a foreign-key error, and inserting a second user with the same email fails with a unique-constraint error.',
        resources: [
          docs('PostgreSQL: constraints', `${PG}/ddl-constraints.html`),
          docs('MySQL: FOREIGN KEY constraints', `${MY}/create-table-foreign-keys.html`),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why does `WHERE due_date = NULL` return no rows even when some due dates are missing?',
        'NULL means "unknown", and comparing anything with NULL gives unknown rather than true. Use `WHERE due_date IS NULL`.',
      ],
    ],
    items: {
      1: {
        why: 'Realistic sample data is what lets you test queries, and later your API, against cases you know the answers to.',
        minutes: 25,
        doneWhen:
          '`SELECT count(*)` on your tables adds up to 20 rows, every task points at an existing project, and at least one project has no tasks.',
        resources: [
          docs('PostgreSQL: inserting data', `${PG}/dml-insert.html`),
          docs('MySQL: INSERT', `${MY}/insert.html`),
        ],
      },
      2: {
        why: 'Filtering and sorting with SELECT is the most common thing your code will ask a database to do.',
        minutes: 40,
        doneWhen:
          'You wrote down the rows you expected before running each of the 5 queries, and each query returned exactly those rows in that order.',
        resources: [
          tutorial('PostgreSQL tutorial: querying a table', `${PG}/tutorial-select.html`),
          docs('MySQL: SELECT', `${MY}/select.html`),
        ],
      },
      3: {
        why: 'Search boxes, filters and date ranges in real apps are built from LIKE, IN and BETWEEN.',
        minutes: 30,
        doneWhen:
          'Three queries run: titles matching a LIKE pattern, tasks whose status is IN a list, and tasks due BETWEEN two dates, each returning the count you predicted.',
        resources: [
          docs('PostgreSQL: pattern matching (LIKE)', `${PG}/functions-matching.html`),
          docs('PostgreSQL: comparison operators (BETWEEN)', `${PG}/functions-comparison.html`),
          docs('MySQL: comparison functions and operators', `${MY}/comparison-operators.html`),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'When do an INNER JOIN and a LEFT JOIN of projects to tasks give different results?',
        'When a project has no tasks: the INNER JOIN drops it, the LEFT JOIN keeps it with NULLs in the task columns.',
      ],
      [
        'What is the difference between WHERE and HAVING?',
        'WHERE filters rows before they are grouped; HAVING filters the groups afterwards, so it can use aggregates such as COUNT(*).',
      ],
    ],
    items: {
      1: {
        why: 'Almost every screen or API response combines data from several tables, and choosing the wrong join silently loses rows.',
        minutes: 35,
        doneWhen:
          'Your project with no tasks appears in the LEFT JOIN result (with NULL task columns) but not in the INNER JOIN result.',
        resources: [
          tutorial('PostgreSQL tutorial: joins between tables', `${PG}/tutorial-join.html`),
          docs('MySQL: JOIN clause', `${MY}/join.html`),
        ],
      },
      2: {
        why: 'Counts and totals per group power dashboards and reports, and doing them in SQL is far faster than in application code.',
        minutes: 30,
        doneWhen:
          'One query lists each project with its task count, and adding `HAVING COUNT(*) >= 3` (or your threshold) removes the smaller projects.',
        resources: [
          tutorial('PostgreSQL tutorial: aggregate functions', `${PG}/tutorial-agg.html`),
          docs('MySQL: aggregate function descriptions', `${MY}/aggregate-functions.html`),
        ],
      },
      3: {
        why: 'Being able to rewrite a query in another form is how you fix slow or unreadable SQL.',
        minutes: 30,
        doneWhen:
          'The subquery version and the JOIN version return the same rows (same count and content).',
        resources: [
          docs('PostgreSQL: subquery expressions', `${PG}/functions-subquery.html`),
          docs('MySQL: rewriting subqueries as joins', `${MY}/rewriting-subqueries.html`),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why does an EXPLAIN comparison on 20 rows show no benefit from an index?',
        'A table that small fits in one page, so a sequential scan is already the cheapest plan and the planner ignores the index. Indexes pay off on large tables, which is why you generate 100,000 rows first.',
      ],
      [
        'Why might the database still ignore an index on a status column that has only three values?',
        "A filter such as `status = 'done'` matches about a third of the rows, and reading the whole table in order is cheaper than jumping through the index; indexes help selective filters that match few rows.",
      ],
    ],
    items: {
      1: {
        why: 'Sketching entities and relationships before writing SQL catches design mistakes while they are still cheap to fix.',
        minutes: 30,
        doneWhen:
          'The diagram shows books, members and loans with their keys, and the lines show one member having many loans and each loan being for one book.',
        resources: [
          tutorial(
            'Crow’s foot notation: how to read ER diagrams',
            'https://www.freecodecamp.org/news/crows-foot-notation-relationship-symbols-and-how-to-read-diagrams/',
          ),
        ],
      },
      2: {
        why: 'A normalised schema stores each fact once, so updates cannot leave copies that disagree.',
        minutes: 35,
        doneWhen:
          'Each fact (such as a member’s email or a book’s title) is stored in one table only, every non-key column depends only on its table’s key, and the CREATE TABLE statements run without errors.',
        resources: [
          tutorial(
            'Database normalisation: 1NF, 2NF and 3NF with examples',
            'https://www.freecodecamp.org/news/database-normalization-1nf-2nf-3nf-table-examples/',
          ),
          docs('PostgreSQL tutorial: foreign keys', `${PG}/tutorial-fk.html`),
        ],
      },
      3: {
        why: 'Reading EXPLAIN output is how you prove an index helps a slow query instead of guessing.',
        minutes: 40,
        doneWhen:
          "With 100,000 generated rows (PostgreSQL: `INSERT … SELECT … FROM generate_series(1, 100000)` then `ANALYZE`; MySQL: a recursive CTE after `SET SESSION cte_max_recursion_depth = 100000;`), EXPLAIN for a selective filter such as `WHERE title = 'task 4242'` shows a Seq Scan (MySQL: type ALL) before CREATE INDEX and an Index Scan or Bitmap Index Scan (MySQL: type ref with your key) after.",
        resources: [
          docs('PostgreSQL: using EXPLAIN', `${PG}/using-explain.html`),
          docs('PostgreSQL: set-returning functions (generate_series)', `${PG}/functions-srf.html`),
          docs('MySQL: WITH (common table expressions)', `${MY}/with.html`),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What does it mean that a transaction is atomic?',
        'All of its changes happen or none do: after ROLLBACK (or a crash before COMMIT) the database looks as if the transaction never ran.',
      ],
      [
        'Why is a backup only trusted after you have restored it?',
        'A dump can be incomplete, corrupt or missing a table you care about; restoring it into a fresh database and checking the data is the only proof it works.',
      ],
    ],
    items: {
      1: {
        why: 'An UPDATE or DELETE without the right WHERE changes every row, so practising on a copy builds the habit that prevents data loss.',
        minutes: 25,
        doneWhen:
          'On a copy made with `CREATE TABLE tasks_copy AS SELECT * FROM tasks;` you ran each WHERE as a SELECT first, and the UPDATE and DELETE reported exactly that many rows.',
        resources: [
          docs('PostgreSQL: updating data', `${PG}/dml-update.html`),
          docs('PostgreSQL: deleting data', `${PG}/dml-delete.html`),
          docs('MySQL: UPDATE', `${MY}/update.html`),
        ],
      },
      2: {
        why: 'Transactions keep related changes together, such as moving a task and updating a counter, so a failure never leaves data half-changed.',
        minutes: 30,
        doneWhen:
          'After COMMIT both changes are visible from a second session; after the second transaction’s ROLLBACK neither of its changes is.',
        resources: [
          tutorial('PostgreSQL tutorial: transactions', `${PG}/tutorial-transactions.html`),
          docs('MySQL: START TRANSACTION, COMMIT and ROLLBACK', `${MY}/commit.html`),
        ],
      },
      3: {
        why: 'Restoring from a backup is the last line of defence against bad deploys and deleted data, and someone on the team must know how.',
        minutes: 40,
        doneWhen:
          'After `pg_dump mydb > backup.sql`, `createdb mydb_restored` and `psql -d mydb_restored -f backup.sql` (or `mysqldump` and `mysql`), the row counts in the restored database match the original.',
        resources: [
          docs('PostgreSQL: SQL dump', `${PG}/backup-dump.html`),
          docs('MySQL: mysqldump', `${MY}/mysqldump.html`),
        ],
      },
    },
  },
});
