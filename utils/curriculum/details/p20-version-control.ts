import { byStack } from '../build';
import { docs, phaseDetails, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p20-version-control', {
  d1: {
    checks: [
      [
        'Why use git revert rather than git reset for a commit that is already pushed?',
        'Revert adds a new commit that undoes the change, so the shared history stays intact; reset rewrites history, which breaks things for everyone who has already pulled it.',
      ],
      [
        'What belongs in .gitignore?',
        'Files that are generated or secret: installed dependencies (node_modules, .venv), build output (target), editor files, and .env files holding passwords or keys.',
      ],
    ],
    items: {
      1: {
        why: 'Version control is used in every software job, and a good .gitignore from the first commit keeps secrets and build output out of history.',
        minutes: 35,
        doneWhen: byStack(
          '`git config --global user.name` and `user.email` print your name and email, `git log --oneline` shows 1 commit, `git status` is clean, and .gitignore lists your dependency and build folders and .env.',
          {
            python:
              '`git config --global user.name` and `user.email` print your name and email, `git log --oneline` shows 1 commit, `git status` is clean, and .gitignore lists .venv/, __pycache__/, db.sqlite3 and .env.',
            javascript:
              '`git config --global user.name` and `user.email` print your name and email, `git log --oneline` shows 1 commit, `git status` is clean, and .gitignore lists node_modules/, .env and your SQLite database file if you use one.',
            java: '`git config --global user.name` and `user.email` print your name and email, `git log --oneline` shows 1 commit, `git status` is clean, and .gitignore lists target/ and .env.',
          },
        ),
        resources: [
          tutorial(
            'Pro Git: first-time Git setup',
            'https://git-scm.com/book/en/v2/Getting-Started-First-Time-Git-Setup',
          ),
          tutorial(
            'Pro Git: getting a Git repository',
            'https://git-scm.com/book/en/v2/Git-Basics-Getting-a-Git-Repository',
          ),
          docs(
            'GitHub: ignoring files',
            'https://docs.github.com/en/get-started/git-basics/ignoring-files',
          ),
        ],
      },
      2: {
        why: 'Small commits with clear messages make review, debugging and reverting much easier for the whole team.',
        minutes: 30,
        doneWhen:
          '`git log --oneline` shows 4 commits whose messages each say what changed in under 72 characters, and you looked at each change with `git diff` before committing it.',
        resources: [
          tutorial(
            'Pro Git: recording changes to the repository',
            'https://git-scm.com/book/en/v2/Git-Basics-Recording-Changes-to-the-Repository',
          ),
          tutorial(
            'Pro Git: viewing the commit history',
            'https://git-scm.com/book/en/v2/Git-Basics-Viewing-the-Commit-History',
          ),
        ],
      },
      3: {
        why: 'A hosted repository is how teams share code and how employers look at your work, and the GitHub Actions pipeline on day 18 runs from it.',
        minutes: 35,
        doneWhen:
          '`git remote -v` shows your GitHub URL, `git push -u origin main` succeeds (run `git branch -M main` first if your branch is called master; GitHub does not accept your account password over HTTPS, so sign in with the GitHub CLI, a personal access token or an SSH key), and the repository page lists the same commits as `git log`.',
        resources: [
          docs(
            'GitHub: creating a new repository',
            'https://docs.github.com/en/repositories/creating-and-managing-repositories/creating-a-new-repository',
          ),
          docs(
            'GitHub: managing remote repositories',
            'https://docs.github.com/en/get-started/git-basics/managing-remote-repositories',
          ),
          tutorial(
            'Pro Git: working with remotes',
            'https://git-scm.com/book/en/v2/Git-Basics-Working-with-Remotes',
          ),
        ],
      },
      4: {
        why: 'Everyone makes mistakes in Git, and knowing the safe way to undo them (revert for pushed work) avoids rewriting history your team depends on.',
        minutes: 35,
        doneWhen:
          '`git log --oneline` shows your amended message and a new "Revert …" commit that undoes a pushed one, and `git status` is clean after the restore.',
        resources: [
          tutorial(
            'Pro Git: undoing things',
            'https://git-scm.com/book/en/v2/Git-Basics-Undoing-Things',
          ),
          docs('Git reference: git revert', 'https://git-scm.com/docs/git-revert'),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What causes a merge conflict?',
        'Two branches changed the same lines of a file (or one deleted a file the other changed), so Git cannot decide which version to keep and asks you to choose.',
      ],
      [
        'What makes a pull request easy to review?',
        'A small, focused change with a clear title and a description of what and why, passing checks, and no unrelated edits mixed in.',
      ],
    ],
    items: {
      1: {
        why: 'Pull requests are how almost every team reviews and merges changes.',
        minutes: 35,
        doneWhen:
          '`git branch -a` lists your branch on origin, and GitHub shows an open pull request from it into main with a short description.',
        resources: [
          tutorial(
            'Pro Git: basic branching and merging',
            'https://git-scm.com/book/en/v2/Git-Branching-Basic-Branching-and-Merging',
          ),
          docs(
            'GitHub: creating a pull request',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/creating-a-pull-request',
          ),
        ],
      },
      2: {
        why: 'Code review catches bugs and spreads knowledge, and giving and taking review well is a core team skill.',
        minutes: 40,
        doneWhen: `The pull request shows at least two review comments (your friend's, or your own line comments against a checklist such as "tests pass, names are clear, no secrets") and then shows as merged. GitHub does not let authors approve their own pull request, so a self-review uses comments.`,
        resources: [
          docs(
            'GitHub: reviewing proposed changes in a pull request',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/reviewing-changes-in-pull-requests/reviewing-proposed-changes-in-a-pull-request',
          ),
          docs(
            'GitHub: about pull request reviews',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/reviewing-changes-in-pull-requests/about-pull-request-reviews',
          ),
        ],
      },
      3: {
        why: 'Conflicts happen whenever two people edit the same lines, and resolving them calmly is an everyday part of team work.',
        minutes: 50,
        doneWhen:
          '`git merge` reports CONFLICT, you remove the `<<<<<<<`, `=======` and `>>>>>>>` markers and keep the right lines, and `git log --graph --oneline` shows the merge commit.',
        resources: [
          docs(
            'GitHub: resolving a merge conflict using the command line',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/addressing-merge-conflicts/resolving-a-merge-conflict-using-the-command-line',
          ),
          docs(
            'Git reference: how to resolve conflicts',
            'https://git-scm.com/docs/git-merge#_how_to_resolve_conflicts',
          ),
        ],
      },
    },
  },
});
