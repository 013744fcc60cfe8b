import { byStack } from '../build';
import { docs, phaseDetails, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p60-orm', {
  d1: {
    checks: [
      [
        'Name one thing an ORM saves you and one thing it hides.',
        'It saves writing SQL and mapping rows to objects by hand (with parameter binding and migrations built in); it hides the SQL it sends, so extra or slow queries go unnoticed unless you log them.',
      ],
    ],
    items: {
      1: {
        why: 'Teams decide between ORM code and raw SQL all the time, so you need a concrete feel for what the ORM does for you and what it costs.',
        minutes: 25,
        doneWhen:
          'Your notes give one example of each, e.g. saves: one line of ORM code instead of SQL plus row mapping; hides: a loop over tasks that quietly runs one extra query per task.',
        resources: [
          docs(
            'Django: performing raw SQL queries',
            'https://docs.djangoproject.com/en/stable/topics/db/sql/',
            'python',
          ),
          docs(
            'Sequelize: raw queries',
            'https://sequelize.org/docs/v6/core-concepts/raw-queries/',
            'javascript',
          ),
          docs(
            'Hibernate: introduction',
            'https://docs.jboss.org/hibernate/orm/current/introduction/html_single/Hibernate_Introduction.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'In ORM-based code bases the models are the source of truth for your tables, and the relationships you define here drive every query you write later.',
        minutes: 45,
        doneWhen: byStack(
          'User and Task models map onto your tables, Task belongs to a User, and a script creates a user with a task and reads it back.',
          {
            python:
              "Your Task model from day 19 has its owner as a ForeignKey to settings.AUTH_USER_MODEL with related_name='tasks' (add it with makemigrations and migrate if day 33 did not), and in `python manage.py shell` you create a user and a task and read it back with user.tasks.all().",
            javascript:
              'User and Task models map onto your existing tables (set tableName, underscored and timestamps to match them), Task.belongsTo(User) is defined, and a script creates a user with a task. Never run sync({ force: true }) on real data: it drops the tables.',
            java: 'The Task entity from day 19 has a @ManyToOne owner pointing at the User entity behind your login (add it if day 33 did not), the app starts without errors, and a CommandLineRunner or test saves a user with a task and reads it back.',
          },
        ),
        resources: [
          docs(
            'Django: models',
            'https://docs.djangoproject.com/en/stable/topics/db/models/',
            'python',
          ),
          docs(
            'Sequelize: model basics',
            'https://sequelize.org/docs/v6/core-concepts/model-basics/',
            'javascript',
          ),
          tutorial(
            'Spring guide: accessing data with JPA',
            'https://spring.io/guides/gs/accessing-data-jpa',
            'java',
          ),
        ],
      },
      3: {
        why: 'Reading the SQL your ORM sends is the only reliable way to spot slow or repeated queries before they reach production.',
        minutes: 25,
        doneWhen: byStack(
          'With SQL logging on, loading the task list prints each SELECT, and you can point to the one that reads the tasks.',
          {
            python:
              'With DEBUG=True and the django.db.backends logger set to DEBUG, loading the task list prints each SELECT in the console, and you can point to the one that reads the tasks.',
            javascript:
              "With Sequelize's logging option on (e.g. logging: console.log), loading the task list prints each SELECT, and you can point to the one that reads the tasks.",
            java: 'With logging.level.org.hibernate.SQL=DEBUG (or spring.jpa.show-sql=true), loading the task list prints each select, and you can point to the one that reads the tasks.',
          },
        ),
        resources: [
          docs(
            'Django: the django.db.backends logger',
            'https://docs.djangoproject.com/en/stable/ref/logging/#django-db-logger',
            'python',
          ),
          docs(
            'Sequelize: getting started (logging)',
            'https://sequelize.org/docs/v6/getting-started/',
            'javascript',
          ),
          docs(
            'Spring Boot: SQL databases and JPA',
            'https://docs.spring.io/spring-boot/reference/data/sql.html',
            'java',
          ),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'How does an ORM keep filter values safe from SQL injection?',
        'It sends values as bound parameters, separate from the SQL text, so input is never parsed as SQL; the protection is lost as soon as you paste values into raw SQL strings yourself.',
      ],
      [
        'Why does LIMIT/OFFSET pagination get slow on deep pages, and what is the alternative?',
        'The database still reads and discards every skipped row, so page 5,000 costs far more than page 1. Keyset (cursor) pagination filters on the last seen sort key (WHERE id > :last ORDER BY id LIMIT n) and stays fast.',
      ],
    ],
    items: {
      1: {
        why: 'Create, read, update and delete through the ORM is the everyday work of back-end features.',
        minutes: 35,
        doneWhen:
          'A script or shell session creates a task, reads it back by id, changes its title, deletes it, and a final lookup finds nothing, with the SQL log showing one INSERT, SELECT, UPDATE and DELETE.',
        resources: [
          docs(
            'Django: making queries',
            'https://docs.djangoproject.com/en/stable/topics/db/queries/',
            'python',
          ),
          docs(
            'Sequelize: model instances',
            'https://sequelize.org/docs/v6/core-concepts/model-instances/',
            'javascript',
          ),
          docs(
            'Spring Data: repository core concepts',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/core-concepts.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Most endpoints filter data, and comparing ORM filters with the SQL you already know shows you exactly what the ORM generates.',
        minutes: 35,
        doneWhen:
          'Three ORM queries (by status, by owner, due before a date) return the same rows as your hand-written SQL for the same filters, and the SQL log shows WHERE clauses with bound parameters.',
        resources: [
          docs(
            'Django: QuerySet field lookups',
            'https://docs.djangoproject.com/en/stable/ref/models/querysets/#field-lookups',
            'python',
          ),
          docs(
            'Sequelize: model querying basics',
            'https://sequelize.org/docs/v6/core-concepts/model-querying-basics/',
            'javascript',
          ),
          docs(
            'Spring Data JPA: query methods',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'Every list endpoint in production is sorted and paginated, because returning whole tables does not survive real data volumes.',
        minutes: 25,
        doneWhen:
          'The limit and offset of your list endpoint from day 22 now go through the ORM: `?limit=10&offset=10` returns tasks 11 to 20 in a stable order (e.g. by due date, then id), the maximum page size still applies, and the SQL log shows ORDER BY with LIMIT and OFFSET.',
        resources: [
          docs(
            'Django: pagination',
            'https://docs.djangoproject.com/en/stable/topics/pagination/',
            'python',
          ),
          docs(
            'Sequelize: finders (findAndCountAll)',
            'https://sequelize.org/docs/v6/core-concepts/model-querying-finders/',
            'javascript',
          ),
          docs(
            'Spring Data: paging and sorting parameters',
            'https://docs.spring.io/spring-data/jpa/reference/repositories/query-methods-details.html',
            'java',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why does a many-to-many relationship need a third table?',
        'A column holds one foreign key value per row, so each task–tag pair is stored as its own row in a join table with two foreign keys.',
      ],
      [
        'What is the difference between cascading a delete and blocking it?',
        "Cascade deletes the dependent rows too (a user's tasks go with the user); blocking (RESTRICT or PROTECT) refuses to delete the parent while children exist, so the caller has to deal with them first.",
      ],
    ],
    items: {
      1: {
        why: 'One-to-many and many-to-many relationships appear in almost every data model, and the ORM mapping decides how you query them.',
        minutes: 40,
        doneWhen:
          'After a migration, a Tag model and a task–tag join table exist, you can attach two tags to one task, and you can list every task that has a given tag.',
        resources: [
          docs(
            'Django: many-to-many relationships',
            'https://docs.djangoproject.com/en/stable/topics/db/examples/many_to_many/',
            'python',
          ),
          docs(
            'Sequelize: associations',
            'https://sequelize.org/docs/v6/core-concepts/assocs/',
            'javascript',
          ),
          docs(
            'Hibernate user guide: associations',
            'https://docs.jboss.org/hibernate/orm/current/userguide/html_single/Hibernate_User_Guide.html#associations',
            'java',
          ),
        ],
      },
      2: {
        why: 'Knowing how many queries a relationship load really costs is what separates a fast list page from one that slows down as data grows.',
        minutes: 30,
        doneWhen: byStack(
          'The SQL log shows how many queries loading a user with their tasks takes with eager loading, and that the count no longer grows with the number of tasks.',
          {
            python:
              "The SQL log shows one query (with a JOIN) for Task.objects.select_related('owner') and exactly two for User.objects.prefetch_related('tasks') (with related_name='tasks' on the foreign key), however many tasks there are; select_related cannot follow a reverse foreign key.",
            javascript:
              'The SQL log shows a single SELECT with a LEFT OUTER JOIN for User.findByPk(id, { include: Task }).',
            java: 'The SQL log shows a single select with a join for a repository method using JOIN FETCH or @EntityGraph, instead of one query for the user plus one for the tasks.',
          },
        ),
        resources: [
          docs(
            'Django: select_related and prefetch_related',
            'https://docs.djangoproject.com/en/stable/ref/models/querysets/#select-related',
            'python',
          ),
          docs(
            'Sequelize: eager loading',
            'https://sequelize.org/docs/v6/advanced-association-concepts/eager-loading/',
            'javascript',
          ),
          docs(
            'Spring Data JPA: entity graphs',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html#jpa.entity-graph',
            'java',
          ),
        ],
      },
      3: {
        why: 'What happens to child rows on delete is a product decision with data-loss consequences, so it has to be made on purpose and enforced by the database.',
        minutes: 25,
        doneWhen:
          'Deleting a user either removes their tasks (cascade) or fails with a clear error while tasks exist (protect or restrict); a test or shell session shows which, and the README notes the choice.',
        resources: [
          docs(
            'PostgreSQL: foreign keys and ON DELETE',
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
  d4: {
    checks: [
      [
        'Why must you not edit a migration that has already run on a shared database?',
        'Other databases have recorded it as applied, so your edit never runs there and the schemas drift apart; make the change in a new migration instead.',
      ],
      [
        'What is a data migration?',
        'A migration that changes rows rather than the schema, such as filling a new priority column for existing tasks, so every environment gets the same fix in the same order as the schema changes.',
      ],
    ],
    items: {
      1: {
        why: 'Schema changes go out through migrations in every team, so the database in each environment can be rebuilt and upgraded from the same scripts.',
        minutes: 40,
        doneWhen: byStack(
          'A new migration adds the priority column, it applies cleanly, and the column shows up in psql (\\d) or mysql (DESCRIBE).',
          {
            python:
              'makemigrations creates a file that adds the priority field, migrate applies it, and \\d on the task table in psql (or DESCRIBE in mysql) shows the new column.',
            javascript:
              'npx sequelize-cli migration:generate creates a migration whose up() calls addColumn and down() calls removeColumn, npx sequelize-cli db:migrate applies it, and the column shows up in psql or mysql.',
            java: 'A new V2__add_task_priority.sql (Flyway) or changeset (Liquibase) runs at start-up and the column shows up in psql or mysql. For Flyway add spring-boot-starter-flyway (Spring Boot 4; on Boot 3 flyway-core) plus flyway-database-postgresql (or flyway-mysql), set spring.flyway.baseline-on-migrate=true for tables that already exist, and switch spring.jpa.hibernate.ddl-auto to validate.',
          },
        ),
        resources: [
          docs(
            'Django: migrations',
            'https://docs.djangoproject.com/en/stable/topics/migrations/',
            'python',
          ),
          docs(
            'Sequelize: migrations',
            'https://sequelize.org/docs/v6/other-topics/migrations/',
            'javascript',
          ),
          docs(
            'Spring Boot: database migrations with Flyway or Liquibase',
            'https://docs.spring.io/spring-boot/how-to/data-initialization.html',
            'java',
          ),
        ],
      },
      2: {
        why: 'Backing out a bad schema change safely is a routine deployment skill, and how you do it depends on what your migration tool supports.',
        minutes: 25,
        doneWhen: byStack(
          'The priority column disappears when you reverse the migration and comes back when you apply it again, and the migration history shows every step.',
          {
            python:
              'After migrate <app> <previous migration> the priority column is gone and showmigrations shows the migration unticked; after migrate it is back and ticked [X].',
            javascript:
              'After npx sequelize-cli db:migrate:undo the column is gone and db:migrate:status lists the migration as down; after db:migrate it is back.',
            java: 'A V3 migration drops the column and a V4 adds it again; after each start-up psql shows the expected schema, and flyway_schema_history lists every version in order. Applied migrations are never edited or deleted.',
          },
        ),
        resources: [
          docs(
            'Django: the migrate command',
            'https://docs.djangoproject.com/en/stable/ref/django-admin/#migrate',
            'python',
          ),
          docs(
            'Sequelize: undoing migrations',
            'https://sequelize.org/docs/v6/other-topics/migrations/#undoing-migrations',
            'javascript',
          ),
          docs(
            'Flyway: versioned migrations (roll forward with a new one)',
            'https://documentation.red-gate.com/fd/versioned-migrations-273973333.html',
            'java',
          ),
        ],
      },
      3: {
        why: 'New columns on tables that already hold data need a value for existing rows, and doing it in a migration keeps every environment consistent.',
        minutes: 30,
        doneWhen:
          "A migration sets priority for existing tasks (e.g. 'high' when due within a week, 'normal' otherwise), and SELECT priority, count(*) FROM … GROUP BY priority shows no NULLs left.",
        resources: [
          docs('PostgreSQL: UPDATE', 'https://www.postgresql.org/docs/current/sql-update.html'),
          docs(
            'Django: data migrations',
            'https://docs.djangoproject.com/en/stable/topics/migrations/#data-migrations',
            'python',
          ),
          docs(
            'Sequelize: the query interface (bulkUpdate)',
            'https://sequelize.org/docs/v6/other-topics/query-interface/',
            'javascript',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'What is the N+1 query problem?',
        'Loading a list with one query and then running one more query per item to fetch a related object; eager loading fetches the related rows in one or two queries instead.',
      ],
      [
        'What does EXPLAIN ANALYZE add to EXPLAIN, and what must you watch out for?',
        'It really runs the query and prints the actual rows and time of each step next to the planner’s estimates. Because it executes the statement, analyse an UPDATE or DELETE inside BEGIN … ROLLBACK.',
      ],
    ],
    items: {
      1: {
        why: 'N+1 queries are the most common ORM performance bug, and spotting them in the SQL log is a skill interviewers and code reviewers test.',
        minutes: 35,
        doneWhen: byStack(
          'The SQL log shows 1 + N queries for a list of N tasks with their owners before the fix, and a fixed number (one or two) after adding eager loading.',
          {
            python:
              'A test with assertNumQueries shows the task list with owners takes 1 + N queries before the fix and a fixed number (one or two) after select_related or prefetch_related.',
            javascript:
              'The SQL log shows 1 + N queries for a list of N tasks with their owners before the fix, and a single query after adding include.',
            java: 'The SQL log shows 1 + N queries for a list of N tasks with their owners before the fix, and a single query after JOIN FETCH or @EntityGraph.',
          },
        ),
        resources: [
          docs(
            'Django: database access optimisation',
            'https://docs.djangoproject.com/en/stable/topics/db/optimization/',
            'python',
          ),
          docs(
            'Sequelize: eager loading',
            'https://sequelize.org/docs/v6/advanced-association-concepts/eager-loading/',
            'javascript',
          ),
          docs(
            'Hibernate user guide: fetching',
            'https://docs.jboss.org/hibernate/orm/current/userguide/html_single/Hibernate_User_Guide.html#fetching',
            'java',
          ),
        ],
      },
      2: {
        why: 'Indexes are the first tool for slow queries, and reading EXPLAIN on realistic data volumes is how you prove one helps.',
        minutes: 40,
        doneWhen:
          'After inserting about 100,000 tasks (e.g. INSERT … SELECT … FROM generate_series(1, 100000) in PostgreSQL, or a script for MySQL), EXPLAIN ANALYZE of a selective filter on due date (one day, with the generated dates spread over a few years) shows a Seq Scan before and an Index Scan or Bitmap Index Scan after the index migration, with both execution times noted.',
        resources: [
          docs(
            'PostgreSQL: using EXPLAIN',
            'https://www.postgresql.org/docs/current/using-explain.html',
          ),
          docs(
            'PostgreSQL: generate_series and other set-returning functions',
            'https://www.postgresql.org/docs/current/functions-srf.html',
          ),
          docs(
            'MySQL: EXPLAIN and EXPLAIN ANALYZE',
            'https://dev.mysql.com/doc/refman/8.4/en/explain.html',
          ),
        ],
      },
      3: {
        why: 'Reports with grouping and window functions are where ORMs struggle, and choosing raw SQL there, with a reason, is a normal engineering call.',
        minutes: 20,
        doneWhen:
          "For one report such as 'tasks done per user per week', your notes hold the ORM attempt and the raw SQL, the query count or timing of each, and a one-line decision with the reason.",
        resources: [
          docs(
            'Django: aggregation',
            'https://docs.djangoproject.com/en/stable/topics/db/aggregation/',
            'python',
          ),
          docs(
            'Sequelize: raw queries and replacements',
            'https://sequelize.org/docs/v6/core-concepts/raw-queries/',
            'javascript',
          ),
          docs(
            'Spring Data JPA: @Query and native queries',
            'https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html#jpa.query-methods.at-query',
            'java',
          ),
        ],
      },
    },
  },
});
