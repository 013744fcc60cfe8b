import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p90-orm', {
  d1: {
    checks: [
      [
        'What does a connection pool do, and why give it a maximum size?',
        'It keeps a few database connections open and lends them to requests, so each request skips the cost of connecting. The maximum keeps all app processes together below the database’s max_connections.',
      ],
      [
        'Why turn on SQL logging while you learn an ORM?',
        'ORM calls hide the SQL. The log shows how many queries a piece of code really runs and what they look like, which is how you spot N+1 problems and missing filters.',
      ],
    ],
    items: {
      1: {
        why: 'Most back-end code talks to the database through an ORM, and knowing what it hides is what separates fast apps from slow ones.',
        minutes: 15,
        doneWhen:
          'Your note names one thing the ORM saves you (for example mapping rows to objects) and one thing it hides (for example a loop that runs one query per row), each with a short code example.',
        resources: [
          docs(
            'Django: Models',
            'https://docs.djangoproject.com/en/stable/topics/db/models/',
            'python',
          ),
          docs(
            'Sequelize: Model basics',
            'https://sequelize.org/docs/v6/core-concepts/model-basics/',
            'javascript',
          ),
          docs(
            'Hibernate ORM: Introduction',
            'https://docs.jboss.org/hibernate/orm/current/introduction/html_single/Hibernate_Introduction.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Connecting an ORM to a real PostgreSQL database, with the right driver and settings, is the first step of every new back-end project.',
        minutes: 30,
        doneWhen: byStack('The ORM connects to PostgreSQL and a first query succeeds.', {
          python:
            'With `psycopg` installed and DATABASES pointing at PostgreSQL (already the case if you chose it on day 15; if you used MySQL, switch now), `python manage.py migrate` succeeds and `\\dt` in psql lists the `django_` and `auth_` tables.',
          javascript:
            'With `sequelize` and `pg` installed, `await sequelize.authenticate()` resolves and your script logs that the connection works.',
          java: 'With the PostgreSQL driver and `spring.datasource.*` set (already the case if you chose PostgreSQL on day 15; if you used MySQL, switch the driver and URL now), the app starts and logs `HikariPool-1 - Start completed` against your PostgreSQL URL.',
        }),
        resources: [
          docs(
            'Django: PostgreSQL notes',
            'https://docs.djangoproject.com/en/stable/ref/databases/#postgresql-notes',
            'python',
          ),
          docs(
            'Sequelize: Dialect-specific things (PostgreSQL)',
            'https://sequelize.org/docs/v6/other-topics/dialect-specific-things/',
            'javascript',
          ),
          docs(
            'Spring Boot: SQL databases',
            'https://docs.spring.io/spring-boot/reference/data/sql.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Reading the SQL your ORM generates is the only way to know what it really does to the database.',
        minutes: 10,
        doneWhen:
          'Loading the task list prints the SELECT statements it ran in the console, with their parameters.',
        resources: [
          docs(
            'Django: The django.db.backends logger',
            'https://docs.djangoproject.com/en/stable/ref/logging/#django-db-logger',
            'python',
          ),
          docs(
            'Sequelize: Getting started (logging)',
            'https://sequelize.org/docs/v6/getting-started/',
            'javascript',
          ),
          docs(
            'Spring Boot: Application properties (spring.jpa.show-sql)',
            'https://docs.spring.io/spring-boot/appendix/application-properties/index.html',
            'java',
          ),
        ],
      },
      4: {
        why: 'Opening a PostgreSQL connection costs a round trip, authentication and a server process, so real apps reuse a small pool and cap how many connections they open.',
        minutes: 20,
        doneWhen: byStack(
          'While you reload the task page many times, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database();` in psql never rises above the pool maximum you set (plus your own psql session).',
          {
            python:
              'With `psycopg[pool]` installed and `"OPTIONS": {"pool": {"min_size": 2, "max_size": 4}}`, reloading the task page many times never pushes `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database();` above 4 plus your own psql session.',
            javascript:
              'With `pool: { max: 5 }` in the Sequelize options, reloading the task page many times never pushes `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database();` above 5 plus your own psql session.',
            java: 'With `spring.datasource.hikari.maximum-pool-size=5`, reloading the task page many times never pushes `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database();` above 5 plus your own psql session.',
          },
        ),
        resources: [
          docs(
            'PostgreSQL: pg_stat_activity',
            'https://www.postgresql.org/docs/current/monitoring-stats.html#MONITORING-PG-STAT-ACTIVITY-VIEW',
          ),
          docs(
            'Django: Connection pool',
            'https://docs.djangoproject.com/en/stable/ref/databases/#connection-pool',
            'python',
          ),
          docs(
            'Sequelize: Connection pool',
            'https://sequelize.org/docs/v6/other-topics/connection-pool/',
            'javascript',
          ),
          tool(
            'HikariCP: About pool sizing',
            'https://github.com/brettwooldridge/HikariCP/wiki/About-Pool-Sizing',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'Why declare constraints in the database and not only as validation in your models?',
        'Validation in code can be skipped by another code path, a script or two requests racing each other. A NOT NULL, UNIQUE or foreign-key constraint in the database holds for every writer.',
      ],
    ],
    items: {
      1: {
        why: 'Models are where your data design becomes code, and column types chosen well now save painful migrations later.',
        minutes: 30,
        doneWhen: byStack(
          'Your three models load, Task has foreign keys to Project and to its owner, and each field has a type that fits its data (a date type for due dates, not text).',
          {
            python:
              '`python manage.py makemigrations` creates a migration for Project and Task (using Django’s User or a custom user model), Task has foreign keys to Project and its owner, and due dates use DateField.',
            javascript:
              'Your User, Project and Task models load without errors, Task has foreign keys to Project and its owner, and due dates use DataTypes.DATEONLY.',
            java: 'Your User, Project and Task entities compile and the app starts; User maps to `@Table(name = "users")` because `user` is a reserved word in PostgreSQL, and due dates use LocalDate.',
          },
        ),
        resources: [
          docs(
            'Django: Model field reference',
            'https://docs.djangoproject.com/en/stable/ref/models/fields/',
            'python',
          ),
          docs(
            'Sequelize: Model basics (data types)',
            'https://sequelize.org/docs/v6/core-concepts/model-basics/',
            'javascript',
          ),
          tutorial(
            'Spring guide: Accessing data with JPA',
            'https://spring.io/guides/gs/accessing-data-jpa',
            'java',
          ),
        ],
      },
      2: {
        why: 'Defaults, required fields and unique constraints stop bad data at the door instead of leaving you to clean it up later.',
        minutes: 20,
        doneWhen: byStack(
          'Saving a task without a title fails, a new task gets the default status without you setting it, and saving two projects with the same name for one owner raises an integrity error.',
          {
            python:
              '`full_clean()` on a task without a title raises ValidationError (a plain `save()` would store an empty string unless you add a CheckConstraint), a new task gets the default status without you setting it, and saving two projects with the same name for one owner raises IntegrityError.',
            javascript:
              'Creating a task without a title fails with a validation error from `allowNull: false`, a new task gets the default status without you setting it, and creating two projects with the same name for one owner raises a unique constraint error.',
            java: 'Saving a task with a null title fails on the NOT NULL column (or on `@NotBlank` if you use Bean Validation), a new task gets the default status without you setting it, and saving two projects with the same name for one owner throws DataIntegrityViolationException.',
          },
        ),
        resources: [
          docs(
            'Django: Constraints reference',
            'https://docs.djangoproject.com/en/stable/ref/models/constraints/',
            'python',
          ),
          docs(
            'Sequelize: Validations and constraints',
            'https://sequelize.org/docs/v6/core-concepts/validations-and-constraints/',
            'javascript',
          ),
          docs(
            'Hibernate ORM: Introduction (mapping entities)',
            'https://docs.jboss.org/hibernate/orm/current/introduction/html_single/Hibernate_Introduction.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Checking the real tables shows whether the ORM created what you meant, because its defaults (names, nullability) often differ from your guess.',
        minutes: 20,
        doneWhen: byStack(
          '`\\d` on the task table in psql shows the columns, NOT NULL, defaults, the unique constraint and the foreign keys you declared.',
          {
            python:
              'After `python manage.py migrate`, `\\d <app>_task` in psql shows the columns, NOT NULL, the unique constraint and the foreign keys you declared (Django applies most defaults in Python, not in the table).',
            javascript:
              'After `await sequelize.sync()`, `\\d "Tasks"` in psql shows the columns, NOT NULL, defaults, the unique constraint and the foreign keys you declared.',
            java: 'With `spring.jpa.hibernate.ddl-auto=update`, `\\d task` in psql shows the columns, NOT NULL, the unique constraint and the foreign keys you declared.',
          },
        ),
        resources: [
          docs('PostgreSQL: psql', 'https://www.postgresql.org/docs/current/app-psql.html'),
          docs(
            'Django: Migrations',
            'https://docs.djangoproject.com/en/stable/topics/migrations/',
            'python',
          ),
          docs(
            'Spring Boot: Database initialization',
            'https://docs.spring.io/spring-boot/how-to/data-initialization.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why must a paginated query have an ORDER BY?',
        'Without it the database may return rows in any order, so the same page can differ between requests and rows can be skipped or repeated across pages.',
      ],
      [
        'Why run ORM tests against a real database rather than mocking the ORM?',
        'A mock only proves you called the ORM. A real test database checks that constraints, generated SQL and relationships actually work, which is where ORM bugs hide.',
      ],
    ],
    items: {
      1: {
        why: 'Create, read, update and delete through the ORM is most of the database code you will write in a back-end job.',
        minutes: 20,
        doneWhen:
          'A script or shell session creates a task, reads it back by id, updates its status and deletes it, and the SQL log shows the INSERT, SELECT, UPDATE and DELETE statements behind each step.',
        resources: [
          docs(
            'Django: Making queries',
            'https://docs.djangoproject.com/en/stable/topics/db/queries/',
            'python',
          ),
          docs(
            'Sequelize: Model instances',
            'https://sequelize.org/docs/v6/core-concepts/model-instances/',
            'javascript',
          ),
          docs(
            'Spring Data: Repository core concepts',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/core-concepts.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Comparing ORM queries with SQL you could write yourself builds the instinct for when the ORM does something silly.',
        minutes: 25,
        doneWhen:
          'For each of three queries (for example a user’s open tasks due this week), your note puts the logged SQL next to your hand-written SQL, and both return the same rows.',
        resources: [
          docs(
            'Django: QuerySet API reference',
            'https://docs.djangoproject.com/en/stable/ref/models/querysets/',
            'python',
          ),
          docs(
            'Sequelize: Model querying – finders',
            'https://sequelize.org/docs/v6/core-concepts/model-querying-finders/',
            'javascript',
          ),
          docs(
            'Spring Data JPA: Query methods',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Every list endpoint needs stable sorting and pagination, and the ORM should push both into SQL rather than doing them in memory.',
        minutes: 15,
        doneWhen:
          'Page 2 with a page size of 10 returns tasks 11–20 in your chosen order, and the SQL log shows ORDER BY with LIMIT 10 OFFSET 10.',
        resources: [
          docs(
            'Django: Pagination',
            'https://docs.djangoproject.com/en/stable/topics/pagination/',
            'python',
          ),
          docs(
            'Sequelize: Model querying – basics (ordering, limit, offset)',
            'https://sequelize.org/docs/v6/core-concepts/model-querying-basics/',
            'javascript',
          ),
          docs(
            'Spring Data: Paging and sorting parameters',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/query-methods-details.html#repositories.special-parameters',
            'java',
          ),
        ],
      },
      4: {
        why: 'Integration tests against a real database catch broken mappings and constraints that unit tests with mocks never see, so teams run them on every change.',
        minutes: 20,
        doneWhen: byStack(
          'A test saves a task with its project through the ORM into a separate test database, reads it back, and passes.',
          {
            python:
              '`python manage.py test` creates a `test_<your database>` PostgreSQL database (your database user needs the CREATEDB privilege), runs your test that saves a task with its project and reads it back, passes, and drops the test database again.',
            javascript:
              'Your node:test test (`node --test`, as in the framework and API weeks) connects Sequelize to a separate `tasks_test` database, runs `sync({ force: true })` before the tests, saves a task with its project, reads it back, passes and closes the connection.',
            java: 'A `@DataJpaTest` with `@AutoConfigureTestDatabase(replace = Replace.NONE)` saves a task with its project into a separate test database, reads it back and passes under `./mvnw test`.',
          },
        ),
        resources: [
          docs(
            'Django: The test database',
            'https://docs.djangoproject.com/en/stable/topics/testing/overview/#the-test-database',
            'python',
          ),
          docs('Node.js test runner', 'https://nodejs.org/api/test.html', 'javascript'),
          docs(
            'Sequelize: getting started (connecting to a database)',
            'https://sequelize.org/docs/v6/getting-started/',
            'javascript',
          ),
          docs(
            'Spring Boot: Auto-configured Data JPA tests',
            'https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html#testing.spring-boot-applications.autoconfigured-spring-data-jpa',
            'java',
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'How is a many-to-many relationship stored in a relational database?',
        'In a join table that holds one foreign key to each side (for example task_id and tag_id), usually with a unique constraint or composite primary key on the pair.',
      ],
      [
        'When would you choose restrict over cascade for deleting a parent row?',
        'Restrict when the children are valuable on their own and deleting them by accident would hurt (an invoice’s payments); cascade when children mean nothing without the parent (a task’s checklist items).',
      ],
    ],
    items: {
      1: {
        why: 'Almost every real schema has one-to-many and many-to-many relationships, and the ORM has to map both correctly.',
        minutes: 30,
        doneWhen:
          'You can add three tags to a task and list a project’s tasks through the relationship, and psql shows a join table for task tags with a foreign key to each side.',
        resources: [
          docs(
            'Django: Many-to-many relationships',
            'https://docs.djangoproject.com/en/stable/topics/db/examples/many_to_many/',
            'python',
          ),
          docs(
            'Sequelize: Associations',
            'https://sequelize.org/docs/v6/core-concepts/assocs/',
            'javascript',
          ),
          docs(
            'Hibernate ORM: Introduction (associations)',
            'https://docs.jboss.org/hibernate/orm/current/introduction/html_single/Hibernate_Introduction.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Eager loading is how you fetch related data in a fixed number of queries, and forgetting it is the most common ORM performance bug.',
        minutes: 25,
        doneWhen:
          'Loading one project with its tasks and their tags shows a fixed handful of queries (one to three) in the SQL log, however many tasks the project has.',
        resources: [
          docs(
            'Django: prefetch_related and select_related',
            'https://docs.djangoproject.com/en/stable/ref/models/querysets/#prefetch-related',
            'python',
          ),
          docs(
            'Sequelize: Eager loading',
            'https://sequelize.org/docs/v6/advanced-association-concepts/eager-loading/',
            'javascript',
          ),
          docs(
            'Spring Data JPA: Entity graphs',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html#jpa.entity-graph',
            'java',
          ),
        ],
      },
      3: {
        why: 'What happens to children when a parent is deleted is a data-loss decision, so it must be chosen on purpose and tested.',
        minutes: 20,
        doneWhen:
          'A test deletes a project and shows either its tasks gone as well (cascade) or the delete refused with an error (restrict, or PROTECT in Django), matching the choice you wrote down.',
        resources: [
          docs(
            'PostgreSQL: Foreign keys (ON DELETE)',
            'https://www.postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK',
          ),
          docs(
            'Django: ForeignKey.on_delete',
            'https://docs.djangoproject.com/en/stable/ref/models/fields/#django.db.models.ForeignKey.on_delete',
            'python',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why should you never edit a migration that has already run on another database?',
        'Databases that ran the old version will not run it again, so schemas drift apart (Flyway also fails on the changed checksum). Fix or reverse a change with a new migration instead.',
      ],
      [
        'Why put a data fix in a migration instead of running UPDATE by hand in psql?',
        'A migration runs the same way on every database, your colleagues’, CI’s and production, and is recorded, so no environment is left with missing values.',
      ],
    ],
    items: {
      1: {
        why: 'Schemas change every week in a real project, and migrations are how those changes reach every database in the same order.',
        minutes: 25,
        doneWhen: byStack(
          'The migration is applied, your tool lists it as applied, and `\\d` on the task table shows the priority column.',
          {
            python:
              '`python manage.py showmigrations` lists the new migration as applied, and `\\d` on the task table shows the priority column.',
            javascript:
              '`npx sequelize-cli db:migrate` applies it, the `SequelizeMeta` table lists it, and `\\d "Tasks"` shows the priority column.',
            java: 'With Flyway added (`spring-boot-starter-flyway` on Spring Boot 4, `flyway-core` on 3.x, plus `flyway-database-postgresql`), `spring.flyway.baseline-on-migrate=true` for the tables Hibernate already made and `spring.jpa.hibernate.ddl-auto=validate`, the app starts, applies `V2__add_task_priority.sql`, and `flyway_schema_history` lists it.',
          },
        ),
        resources: [
          docs(
            'Django: Migrations',
            'https://docs.djangoproject.com/en/stable/topics/migrations/',
            'python',
          ),
          docs(
            'Sequelize: Migrations',
            'https://sequelize.org/docs/v6/other-topics/migrations/',
            'javascript',
          ),
          docs(
            'Spring Boot: Use a higher-level database migration tool',
            'https://docs.spring.io/spring-boot/how-to/data-initialization.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Knowing how your tool reverses a change, and that some tools only go forward, decides how you recover from a bad deploy.',
        minutes: 20,
        doneWhen: byStack(
          'The schema goes back without the change and then forward again, and your tool’s history shows both steps.',
          {
            python:
              'After `python manage.py migrate <app> <previous migration>`, `\\d` shows no priority column; after `python manage.py migrate` it is back and `showmigrations` marks it applied.',
            javascript:
              'After `npx sequelize-cli db:migrate:undo`, `\\d "Tasks"` shows no priority column; after `npx sequelize-cli db:migrate` it is back.',
            java: '`flyway_schema_history` lists a migration that adds a throwaway column and a later one that drops it, and `\\d task` no longer shows that column; you wrote no undo (`U__`) script, since that needs a paid Flyway edition.',
          },
        ),
        resources: [
          docs(
            'Django: django-admin migrate',
            'https://docs.djangoproject.com/en/stable/ref/django-admin/#migrate',
            'python',
          ),
          tool('sequelize-cli', 'https://github.com/sequelize/cli', 'javascript'),
          docs(
            'Flyway: Undo (a Teams-edition command)',
            'https://documentation.red-gate.com/fd/flyway-cli-and-api/commands/undo',
            'java',
          ),
        ],
      },
      3: {
        why: 'New columns on existing tables need sensible values for old rows, and a data migration sets them the same way everywhere.',
        minutes: 25,
        doneWhen:
          'After migrating, `SELECT priority, count(*) FROM <task table> GROUP BY priority;` shows no NULL group: every existing row has a priority.',
        resources: [
          docs('PostgreSQL: UPDATE', 'https://www.postgresql.org/docs/current/sql-update.html'),
          docs(
            'Django: Writing migrations (RunPython, with a reverse function)',
            'https://docs.djangoproject.com/en/stable/howto/writing-migrations/',
            'python',
          ),
          docs(
            'Sequelize: Query interface',
            'https://sequelize.org/docs/v6/other-topics/query-interface/',
            'javascript',
          ),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'What is an N+1 query problem?',
        'Loading a list with one query and then running one more query for each row to fetch related data. With 100 rows that is 101 queries; a join or a batched eager load brings it back to one or two.',
      ],
      [
        'Why can EXPLAIN ignore your new index on a table with 20 rows?',
        'Reading a few pages sequentially is cheaper than using an index, so the planner chooses a sequential scan. You need realistic volumes (say 100,000 rows), fresh statistics from ANALYZE and a selective filter to see the index used.',
      ],
    ],
    items: {
      1: {
        why: 'N+1 queries are the performance bug ORMs make easiest to write, and spotting them in the SQL log is a skill interviewers test.',
        minutes: 30,
        doneWhen:
          'The SQL log shows 1 + N queries for a page of N tasks that shows each task’s project, and one or two queries after you add eager loading.',
        resources: [
          docs(
            'Django: Database access optimization',
            'https://docs.djangoproject.com/en/stable/topics/db/optimization/',
            'python',
          ),
          docs(
            'Sequelize: Eager loading',
            'https://sequelize.org/docs/v6/advanced-association-concepts/eager-loading/',
            'javascript',
          ),
          docs(
            'Hibernate ORM: Fetching',
            'https://docs.jboss.org/hibernate/orm/current/userguide/html_single/Hibernate_User_Guide.html#fetching',
            'java',
          ),
        ],
      },
      2: {
        why: 'Indexes are the biggest single lever on query speed, but only measurements on realistic data volumes tell you whether one helps.',
        minutes: 35,
        doneWhen:
          'After an `INSERT … SELECT … FROM generate_series(1, 100000)` that fills every NOT NULL column itself (ORM-side defaults do not apply to raw SQL) and `ANALYZE`, EXPLAIN for a selective filter on the new column (for example one due date) shows `Seq Scan` (or `Parallel Seq Scan`) before the migration and `Index Scan` or `Bitmap Index Scan` after it.',
        resources: [
          docs(
            'PostgreSQL: Using EXPLAIN',
            'https://www.postgresql.org/docs/current/using-explain.html',
          ),
          docs(
            'PostgreSQL: generate_series',
            'https://www.postgresql.org/docs/current/functions-srf.html',
          ),
          docs(
            'Django: Model index reference',
            'https://docs.djangoproject.com/en/stable/ref/models/indexes/',
            'python',
          ),
          docs(
            'Sequelize: Indexes',
            'https://sequelize.org/docs/v6/other-topics/indexes/',
            'javascript',
          ),
          docs(
            'PostgreSQL: CREATE INDEX',
            'https://www.postgresql.org/docs/current/sql-createindex.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Reports with grouping, window functions or bulk updates are often clearer and faster in SQL, and ORMs give you a safe way to run it.',
        minutes: 20,
        doneWhen:
          'A report such as tasks per status per project runs as parameterised raw SQL through the ORM, matches the ORM version’s numbers, and your note says when raw SQL is the better choice.',
        resources: [
          docs(
            'Django: Performing raw SQL queries',
            'https://docs.djangoproject.com/en/stable/topics/db/sql/',
            'python',
          ),
          docs(
            'Sequelize: Raw queries',
            'https://sequelize.org/docs/v6/core-concepts/raw-queries/',
            'javascript',
          ),
          docs(
            'Spring Data JPA: Using @Query (native queries)',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html#jpa.query-methods.at-query',
            'java',
          ),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'When does a document store fit better than tables?',
        'When data is read and written as one self-contained unit with a flexible shape, such as a task with its tags and checklist. When you need joins across entities, constraints and multi-row transactions, tables fit better.',
      ],
    ],
    items: {
      1: {
        why: 'Many teams run a document database next to a relational one, and Docker is the quickest way to try one without installing it for good.',
        minutes: 40,
        doneWhen:
          'After `docker run -d --name mongo -p 27017:27017 mongo:8`, `docker exec -it mongo mongosh` lets you insert three tasks with embedded tags, and `db.tasks.find({ tags: "urgent" })` returns only the tagged ones.',
        resources: [
          docs('Docker: Get Docker', 'https://docs.docker.com/get-started/get-docker/'),
          docs(
            'MongoDB: Install MongoDB Community with Docker',
            'https://www.mongodb.com/docs/manual/tutorial/install-mongodb-community-with-docker/',
          ),
          docs(
            'MongoDB: Insert documents',
            'https://www.mongodb.com/docs/manual/tutorial/insert-documents/',
          ),
        ],
      },
      2: {
        why: 'Choosing the right storage for each part of an app is a design decision you will be asked to justify in reviews and interviews.',
        minutes: 15,
        doneWhen:
          'A two-column note places users, tasks with tags, comments and reports under "documents" or "tables", each with one reason.',
        resources: [
          docs('MongoDB: Data modeling', 'https://www.mongodb.com/docs/manual/data-modeling/'),
          docs(
            'PostgreSQL: JSON types',
            'https://www.postgresql.org/docs/current/datatype-json.html',
          ),
        ],
      },
      3: {
        why: 'Naming the pitfall next to each feature is what turns a week of practice into judgement you can use on the job.',
        minutes: 15,
        doneWhen:
          'A list of at least six ORM features you used this week (models, relationships, eager loading, migrations, raw SQL, the connection pool) with one pitfall each.',
        resources: [
          docs(
            'Django: Database access optimization',
            'https://docs.djangoproject.com/en/stable/topics/db/optimization/',
            'python',
          ),
          docs(
            'Sequelize: Transactions',
            'https://sequelize.org/docs/v6/other-topics/transactions/',
            'javascript',
          ),
          docs(
            'Hibernate ORM: Introduction (tuning and performance)',
            'https://docs.jboss.org/hibernate/orm/current/introduction/html_single/Hibernate_Introduction.html',
            'java',
          ),
        ],
      },
    },
  },
});
