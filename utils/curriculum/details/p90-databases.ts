import { docs, phaseDetails } from '../build-details';

const PG = 'https://www.postgresql.org/docs/current';
const MYSQL = 'https://dev.mysql.com/doc/refman/8.4/en';

export const DETAILS = phaseDetails('p90-databases', {
  d1: {
    checks: [
      [
        'What is the difference between a primary key and a foreign key?',
        'A primary key uniquely identifies each row of its own table; a foreign key is a column whose values must match a primary key in another table, which is how rows refer to each other.',
      ],
      [
        'Why run a database server and talk to it through a client, instead of writing data to files yourself?',
        'The server handles many connections at once, enforces types and constraints, and keeps data consistent with transactions and crash recovery; the client (psql, mysql or your app) only sends SQL.',
      ],
    ],
    items: {
      1: {
        why: 'Almost every back end stores its data in a relational database, and the command-line client is how you inspect one on a server; PostgreSQL is the safer pick here because the ORM, security, Docker and Kubernetes weeks use PostgreSQL tools such as psql, pg_stat_activity and the postgres image.',
        minutes: 35,
        doneWhen:
          '`SELECT version();` prints the server version in psql (or in mysql, if you chose MySQL and accept switching to PostgreSQL in the ORM week).',
        resources: [
          docs('PostgreSQL tutorial: installation', `${PG}/tutorial-install.html`),
          docs('psql', `${PG}/app-psql.html`),
          docs(
            'MySQL: connecting to and disconnecting from the server',
            `${MYSQL}/connecting-disconnecting.html`,
          ),
        ],
      },
      2: {
        why: 'These terms are the vocabulary of every schema review, ORM and database interview question.',
        minutes: 15,
        doneWhen:
          'Your note defines table, row, column, primary key and foreign key, each with an example from a task tracker (for example tasks.project_id refers to projects.id).',
        resources: [
          docs('PostgreSQL tutorial: concepts', `${PG}/tutorial-concepts.html`),
          docs('PostgreSQL tutorial: foreign keys', `${PG}/tutorial-fk.html`),
        ],
      },
      3: {
        why: 'Creating and listing databases is the first thing you do when setting up any new project or environment.',
        minutes: 15,
        doneWhen:
          'In psql, \\l lists a database named practice and \\dt inside it lists one test table; in MySQL, SHOW DATABASES and SHOW TABLES show the same.',
        resources: [
          docs('PostgreSQL tutorial: creating a database', `${PG}/tutorial-createdb.html`),
          docs('MySQL: creating and selecting a database', `${MYSQL}/creating-database.html`),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'How do you store a many-to-many relationship, such as tasks and tags?',
        'With a junction table (for example task_tags) that holds a foreign key to each side, usually with the pair as its primary key; neither main table gets a list column.',
      ],
      [
        'Why give every column a precise type instead of storing everything as text?',
        'Types let the database reject bad values, compare and sort correctly, and store and index data efficiently; as text, "10" sorts before "9" and "next Tuesday-ish" is accepted as a date.',
      ],
    ],
    items: {
      1: {
        why: 'Designing the schema before writing code is how teams catch missing relationships early, and entity-relationship diagrams are standard in design reviews.',
        minutes: 30,
        doneWhen:
          'Your diagram shows users, projects, tasks and comments, each with a primary key, and a line for every relationship labelled with the foreign-key column that implements it.',
        resources: [
          docs('PostgreSQL: table basics', `${PG}/ddl-basics.html`),
          docs('PostgreSQL: constraints', `${PG}/ddl-constraints.html`),
        ],
      },
      2: {
        why: 'The kind of relationship decides where foreign keys go and whether you need a junction table, which is the most common schema mistake.',
        minutes: 15,
        doneWhen:
          'Every relationship in your diagram is marked 1:1, 1:N or N:M, and each N:M one (for example tasks and tags, or project members) has a junction table.',
        resources: [
          docs('MySQL: FOREIGN KEY constraints', `${MYSQL}/create-table-foreign-keys.html`),
        ],
      },
      3: {
        why: 'Column types decide which data is accepted and how fast queries run, and changing them later on a big table is slow and risky.',
        minutes: 20,
        doneWhen:
          'Every field has a type (for example a bigint identity id, VARCHAR(200) title, TEXT body, a timestamp for due dates and a constrained status), with a one-line reason for at least three of them.',
        resources: [
          docs('PostgreSQL: data types', `${PG}/datatype.html`),
          docs('MySQL: data types', `${MYSQL}/data-types.html`),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'What happens when you insert a task whose project_id does not exist?',
        'The foreign-key constraint rejects the insert with an error, so the database never holds a task that points at nothing.',
      ],
      [
        'Why enforce rules such as NOT NULL and CHECK in the database as well as in application code?',
        'Every writer (your app, a script, a colleague in psql, a future service) goes through the database, so it is the one place a rule cannot be skipped.',
      ],
    ],
    items: {
      1: {
        why: 'Schemas are created and changed with DDL in migrations, so you must be able to read and write it by hand.',
        minutes: 30,
        doneWhen:
          'The four tables exist, and \\d tasks in psql (or SHOW CREATE TABLE tasks in MySQL) shows the primary key and the foreign keys to users and projects.',
        resources: [
          docs('PostgreSQL: CREATE TABLE', `${PG}/sql-createtable.html`),
          docs('MySQL: CREATE TABLE', `${MYSQL}/create-table.html`),
        ],
      },
      2: {
        why: 'Constraints are the cheapest data-quality guarantee there is, and they turn silent bad data into immediate errors.',
        minutes: 20,
        doneWhen:
          'Your tables use at least one NOT NULL, UNIQUE, CHECK and DEFAULT constraint each (for example UNIQUE on users.email and a CHECK on tasks.status).',
        resources: [
          docs('PostgreSQL: constraints', `${PG}/ddl-constraints.html`),
          docs('MySQL: CHECK constraints', `${MYSQL}/create-table-check-constraints.html`),
        ],
      },
      3: {
        why: 'Making each constraint fail on purpose proves it works and teaches you to read the errors your app will one day log.',
        minutes: 25,
        doneWhen:
          'The tables hold 20 sample rows in total, and one insert per constraint (duplicate email, NULL title, invalid status, unknown project_id) fails with an error that names the rule it broke.',
        resources: [
          docs('PostgreSQL: INSERT', `${PG}/sql-insert.html`),
          docs('MySQL: INSERT', `${MYSQL}/insert.html`),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Why does WHERE due_date = NULL never return rows, and what should you write instead?',
        'NULL means "unknown", so comparing anything with NULL using = gives unknown rather than true; use IS NULL or IS NOT NULL.',
      ],
      [
        'Why must a query that pages with LIMIT and OFFSET also have an ORDER BY?',
        'Without ORDER BY the database may return rows in any order, so pages can repeat or skip rows between requests; sorting by a unique column makes the pages stable.',
      ],
    ],
    items: {
      1: {
        why: 'SELECT with filters and sorting is the query a back end runs most, behind nearly every list page and API endpoint.',
        minutes: 25,
        doneWhen:
          'You have saved 5 queries that each return the rows you expected from your sample data, for example open tasks ordered by due date.',
        resources: [
          docs('PostgreSQL tutorial: querying a table', `${PG}/tutorial-select.html`),
          docs('MySQL: SELECT', `${MYSQL}/select.html`),
        ],
      },
      2: {
        why: 'Search boxes and filters turn into exactly these operators, and knowing how NULL behaves avoids wrong results.',
        minutes: 20,
        doneWhen:
          'Four queries use LIKE, IN, BETWEEN and IS NULL and return the rows you predicted before running them.',
        resources: [
          docs('PostgreSQL: pattern matching', `${PG}/functions-matching.html`),
          docs('PostgreSQL: comparison operators', `${PG}/functions-comparison.html`),
          docs('MySQL: pattern matching', `${MYSQL}/pattern-matching.html`),
        ],
      },
      3: {
        why: 'Pagination keeps API responses and pages small, and LIMIT with OFFSET is the simplest way to do it.',
        minutes: 20,
        doneWhen:
          'With ORDER BY id, page 1 (LIMIT 5 OFFSET 0) and page 2 (LIMIT 5 OFFSET 5) return 10 different tasks with no overlap.',
        resources: [
          docs('PostgreSQL: LIMIT and OFFSET', `${PG}/queries-limit.html`),
          docs('MySQL: LIMIT query optimization', `${MYSQL}/limit-optimization.html`),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What is the difference between an INNER JOIN and a LEFT JOIN?',
        'An INNER JOIN keeps only rows that match on both sides; a LEFT JOIN keeps every row of the left table and fills the right side with NULLs where nothing matches, such as users with no tasks.',
      ],
      [
        'What is the difference between WHERE and HAVING?',
        'WHERE filters rows before they are grouped; HAVING filters groups after GROUP BY, so conditions on aggregates such as COUNT(*) > 2 belong in HAVING.',
      ],
    ],
    items: {
      1: {
        why: 'Real pages combine data from several tables, and the wrong kind of join silently drops or duplicates rows.',
        minutes: 30,
        doneWhen:
          'An INNER and a LEFT join of users and tasks return different row counts and you can point to the rows that differ (users without tasks); a self join of tasks lists pairs of tasks in the same project.',
        resources: [
          docs('PostgreSQL tutorial: joins between tables', `${PG}/tutorial-join.html`),
          docs('MySQL: JOIN clause', `${MYSQL}/join.html`),
        ],
      },
      2: {
        why: 'Counts and totals per group are behind every dashboard, report and "3 open tasks" badge.',
        minutes: 20,
        doneWhen:
          'One query shows the number of tasks per user and another per status, and a HAVING clause limits the first to users with more than 2 tasks.',
        resources: [
          docs('PostgreSQL tutorial: aggregate functions', `${PG}/tutorial-agg.html`),
          docs('MySQL: aggregate function descriptions', `${MYSQL}/aggregate-functions.html`),
        ],
      },
      3: {
        why: 'Rewriting a query in another form is how you fix slow queries and read the SQL an ORM generates.',
        minutes: 20,
        doneWhen:
          "A subquery (for example users WHERE id IN (SELECT user_id FROM tasks WHERE status = 'open')) and your JOIN version return the same rows, using DISTINCT in the join where needed.",
        resources: [
          docs('PostgreSQL: subquery expressions', `${PG}/functions-subquery.html`),
          docs('MySQL: subqueries', `${MYSQL}/subqueries.html`),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'What problem does normalisation solve?',
        'It removes duplicated facts so each one is stored once; otherwise a single change (a customer’s new address) must be made in many rows, and missing one leaves the data contradicting itself.',
      ],
      [
        'In one sentence each, what do 1NF, 2NF and 3NF require?',
        '1NF: every column holds one atomic value and there are no repeating groups. 2NF: every non-key column depends on the whole primary key, not just part of it. 3NF: non-key columns depend only on the key, not on other non-key columns.',
      ],
    ],
    items: {
      1: {
        why: 'Normalised schemas prevent update anomalies, and spotting repeated data is an everyday skill when you review tables.',
        minutes: 35,
        doneWhen:
          'The flat sheet becomes customers, orders, products and order_items tables in which each customer’s name and address appear once, and a join rebuilds the original rows.',
        resources: [
          docs(
            'Database normalization description (Microsoft)',
            'https://learn.microsoft.com/en-us/previous-versions/troubleshoot/microsoft-365/microsoft-365-apps/access/database-normalization-description',
          ),
        ],
      },
      2: {
        why: 'Naming the normal form a table breaks turns schema reviews into facts instead of matters of taste.',
        minutes: 20,
        doneWhen:
          'Your note has three small example tables, each breaking one of 1NF, 2NF and 3NF, and for each the split into tables (with keys) that fixes it.',
        resources: [
          docs('PostgreSQL: constraints (primary and foreign keys)', `${PG}/ddl-constraints.html`),
        ],
      },
      3: {
        why: 'Knowing when to break the rules on purpose (read-heavy reports, cached counters) is what separates a practical schema from a textbook one.',
        minutes: 10,
        doneWhen:
          'Your note names one deliberate denormalisation (for example a tasks_count column on projects or a reporting table), the query it speeds up, and how you would keep the copy in sync.',
        resources: [docs('PostgreSQL: materialized views', `${PG}/rules-materializedviews.html`)],
      },
    },
  },
  d7: {
    checks: [
      [
        'What do the letters in ACID stand for?',
        'Atomicity (all of a transaction happens or none of it), Consistency (constraints still hold afterwards), Isolation (concurrent transactions do not see each other’s half-done work) and Durability (once committed, it survives a crash).',
      ],
      [
        'Why does EXPLAIN show no index use when the table has only 20 rows?',
        'For a tiny table, reading its one or two pages in a sequential scan is cheaper than reading an index and then the table, so the planner rightly ignores the index; only with many rows and a selective filter does an index scan win.',
      ],
    ],
    items: {
      1: {
        why: 'Transactions keep related changes (moving money, reassigning tasks) all-or-nothing, which protects the data when something fails halfway.',
        minutes: 20,
        doneWhen:
          'After COMMIT a second psql or mysql session sees both updates; after the second transaction’s ROLLBACK it sees neither of those changes, and the rows keep their committed values.',
        resources: [
          docs('PostgreSQL tutorial: transactions', `${PG}/tutorial-transactions.html`),
          docs('MySQL: START TRANSACTION, COMMIT and ROLLBACK', `${MYSQL}/commit.html`),
        ],
      },
      2: {
        why: 'Indexes are the first tool for slow queries, but they only pay off on realistic amounts of data, so you need both test data and EXPLAIN to judge them.',
        minutes: 35,
        doneWhen:
          'With 100,000 generated tasks (run ANALYZE afterwards in PostgreSQL; in MySQL first SET SESSION cte_max_recursion_depth = 100000), EXPLAIN ANALYZE of a selective filter shows a sequential or full table scan before the index and an index scan with a much lower execution time after it.',
        resources: [
          docs('PostgreSQL: set returning functions (generate_series)', `${PG}/functions-srf.html`),
          docs('PostgreSQL: using EXPLAIN', `${PG}/using-explain.html`),
          docs('MySQL: WITH (recursive common table expressions)', `${MYSQL}/with.html`),
        ],
      },
      3: {
        why: 'A backup you have never restored is not a backup, so practising the restore is part of running any database.',
        minutes: 20,
        doneWhen:
          'A dump file exists, and a new database restored from it (pg_dump with psql or pg_restore, or mysqldump with mysql) returns the same SELECT COUNT(*) FROM tasks as the original.',
        resources: [
          docs('PostgreSQL: SQL dump', `${PG}/backup-dump.html`),
          docs('MySQL: mysqldump', `${MYSQL}/mysqldump.html`),
        ],
      },
    },
  },
});
