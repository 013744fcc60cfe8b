import { docs, phaseDetails, tutorial } from '../build-details';

export const DETAILS = phaseDetails('p90-version-control', {
  d1: {
    checks: [
      [
        'What is the difference between `git diff` and `git diff --staged`?',
        '`git diff` shows changes in your working tree that are not staged yet; `git diff --staged` shows what is staged and will go into the next commit.',
      ],
      [
        'You add `.env` to .gitignore, but Git still shows it as modified. Why?',
        '.gitignore only affects untracked files. A file that was already committed stays tracked until you remove it from the index with `git rm --cached .env` (and, if it held secrets, you replace them, because they are still in history).',
      ],
    ],
    items: {
      1: {
        why: 'Every team keeps its code in Git, and a good .gitignore from the first commit keeps secrets, dependencies and build output out of history for good.',
        minutes: 20,
        doneWhen:
          '`git log --oneline` shows your first commit, and `git status` lists none of the ignored paths that exist in your project, such as `.env`, `node_modules/`, `.venv/` or `target/`.',
        resources: [
          tutorial(
            'Pro Git: First-time Git setup',
            'https://git-scm.com/book/en/v2/Getting-Started-First-Time-Git-Setup',
          ),
          tutorial(
            'Pro Git: Getting a Git repository',
            'https://git-scm.com/book/en/v2/Git-Basics-Getting-a-Git-Repository',
          ),
          docs('gitignore reference', 'https://git-scm.com/docs/gitignore'),
        ],
      },
      2: {
        why: 'status, add, commit, log and diff are the commands you will type dozens of times a day, so they need to be automatic before you work with others.',
        minutes: 30,
        doneWhen:
          'You make three more small commits without notes, and along the way show an unstaged change with `git diff`, a staged one with `git diff --staged` and the history with `git log --oneline`.',
        resources: [
          tutorial(
            'Pro Git: Recording changes to the repository',
            'https://git-scm.com/book/en/v2/Git-Basics-Recording-Changes-to-the-Repository',
          ),
          tutorial(
            'Pro Git: Viewing the commit history',
            'https://git-scm.com/book/en/v2/Git-Basics-Viewing-the-Commit-History',
          ),
        ],
      },
      3: {
        why: 'Reviewers and your future self read commit messages to learn why code changed, which the diff alone never tells them.',
        minutes: 15,
        doneWhen:
          '`git log -3` shows three messages with a short imperative subject line (about 50 characters) and a body that says why the change was made.',
        resources: [
          tutorial(
            'Pro Git: Commit guidelines (Contributing to a project)',
            'https://git-scm.com/book/en/v2/Distributed-Git-Contributing-to-a-Project',
          ),
          docs('Conventional Commits 1.0.0', 'https://www.conventionalcommits.org/en/v1.0.0/'),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'What is a Git branch, technically?',
        'A movable pointer to a commit (a small file holding a commit hash). Committing on a branch moves that pointer forward, which is why branches are cheap to create and delete.',
      ],
      [
        'When does `git merge` make a merge commit, and when does it just fast-forward?',
        'If main has no new commits since the branch started, Git simply moves main forward to the branch tip (fast-forward). If both sides have new commits, it makes a merge commit with two parents.',
      ],
    ],
    items: {
      1: {
        why: 'Feature branches let you work on a change without breaking main, and merging them back is how every team ships work.',
        minutes: 25,
        doneWhen:
          '`git log --oneline --graph --all` shows the feature commits on main, and `git branch --merged main` lists the feature branch.',
        resources: [
          tutorial(
            'Pro Git: Branches in a nutshell',
            'https://git-scm.com/book/en/v2/Git-Branching-Branches-in-a-Nutshell',
          ),
          tutorial(
            'Pro Git: Basic branching and merging',
            'https://git-scm.com/book/en/v2/Git-Branching-Basic-Branching-and-Merging',
          ),
        ],
      },
      2: {
        why: 'Conflicts happen whenever two people touch the same lines, and resolving them calmly is a daily skill on any team.',
        minutes: 25,
        doneWhen:
          'After changing the same line on two branches, `git merge` reports CONFLICT; you remove the markers, `git add` the file, commit, and `git status` says the working tree is clean.',
        resources: [
          docs(
            'GitHub Docs: Resolving a merge conflict using the command line',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/addressing-merge-conflicts/resolving-a-merge-conflict-using-the-command-line',
          ),
          docs(
            'git merge reference (how conflicts are presented)',
            'https://git-scm.com/docs/git-merge',
          ),
        ],
      },
      3: {
        why: 'Remote branches are how a team shares work, and a bare repository shows that a remote is just another Git repository before GitHub adds its own layer.',
        minutes: 20,
        doneWhen:
          'With `git init --bare ../tasks-remote.git` added as `origin`, you push a branch, rename it with `git branch -m`, push the new name, and after `git push origin --delete <old-name>` the command `git ls-remote --heads origin` no longer lists the old name.',
        resources: [
          tutorial(
            'Pro Git: Remote branches',
            'https://git-scm.com/book/en/v2/Git-Branching-Remote-Branches',
          ),
          tutorial(
            'Pro Git: Branch management',
            'https://git-scm.com/book/en/v2/Git-Branching-Branch-Management',
          ),
          tutorial(
            'Pro Git: Getting Git on a server (bare repositories)',
            'https://git-scm.com/book/en/v2/Git-on-the-Server-Getting-Git-on-a-Server',
          ),
        ],
      },
    },
  },
  d3: {
    checks: [
      [
        'Why should you not rebase commits that other people already pulled?',
        'Rebasing rewrites commits with new hashes. Anyone who built on the old ones gets duplicate commits and painful conflicts, so rebase only your own unshared work.',
      ],
      [
        'What does `git push --force-with-lease` protect against that `--force` does not?',
        'It refuses to overwrite the remote branch if it has moved since you last fetched, so you cannot silently wipe out a teammate’s push.',
      ],
    ],
    items: {
      1: {
        why: 'Teams choose between a linear history (rebase) and an honest record of merges, and you will be asked to follow one of them in code review.',
        minutes: 30,
        doneWhen:
          '`git log --oneline --graph` shows a straight line of commits after `git rebase main`, and a merge commit with two parents on a copy of the same branch that you merged instead.',
        resources: [
          tutorial('Pro Git: Rebasing', 'https://git-scm.com/book/en/v2/Git-Branching-Rebasing'),
          docs('git rebase reference', 'https://git-scm.com/docs/git-rebase'),
        ],
      },
      2: {
        why: 'Squashing "fix typo" commits before review gives reviewers one clear change to read and keeps main’s history useful.',
        minutes: 20,
        doneWhen:
          'After `git rebase -i HEAD~3` with `squash` or `fixup`, `git log --oneline` shows one commit where there were three, and `git diff ORIG_HEAD HEAD` is empty because the code did not change.',
        resources: [
          tutorial(
            'Pro Git: Rewriting history',
            'https://git-scm.com/book/en/v2/Git-Tools-Rewriting-History',
          ),
        ],
      },
      3: {
        why: 'Rewriting shared history is one of the few Git mistakes that costs a whole team time, so you need a clear rule before you push.',
        minutes: 15,
        doneWhen:
          'Your note names at least one safe case (your own unpushed or unshared branch), one unsafe case (a branch others have pulled) and when you would use `git push --force-with-lease`.',
        resources: [
          docs('git push reference (--force-with-lease)', 'https://git-scm.com/docs/git-push'),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'Does a failing CI check stop a pull request from being merged?',
        'Only if a branch protection rule or ruleset lists that check as required. Otherwise GitHub shows the red cross but still lets you merge.',
      ],
      [
        'Why use `git revert` rather than `git reset` to undo a commit on a pushed branch?',
        'revert adds a new commit that undoes the change, so shared history stays intact. reset moves the branch back and would need a force push that breaks everyone else’s copy.',
      ],
    ],
    items: {
      1: {
        why: 'Almost every employer hosts code on GitHub or similar, and a protected main branch forces every change through a pull request.',
        minutes: 35,
        doneWhen:
          'GitHub shows your README on the public repository, `git remote -v` lists its URL (point the existing origin from day 37’s bare repository at GitHub with `git remote set-url origin <url>`, since `git remote add origin` fails when origin exists), and with a branch rule on main that requires a pull request (0 approvals, since you work alone) and does not allow bypassing, `git push origin main` is rejected.',
        resources: [
          docs(
            'GitHub Docs: Adding locally hosted code to GitHub',
            'https://docs.github.com/en/migrations/importing-source-code/using-the-command-line-to-import-source-code/adding-locally-hosted-code-to-github',
          ),
          docs(
            'GitHub Docs: About protected branches',
            'https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches',
          ),
          docs(
            'GitHub Docs: About READMEs',
            'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes',
          ),
        ],
      },
      2: {
        why: 'Linking issues to pull requests is how teams track why each change exists and when a bug was actually fixed.',
        minutes: 25,
        doneWhen:
          'The pull request description contains `Fixes #<number>`, and after you merge it into main the issue shows as closed by that pull request.',
        resources: [
          docs(
            'GitHub Docs: Linking a pull request to an issue',
            'https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/linking-a-pull-request-to-an-issue',
          ),
          docs(
            'GitHub Docs: Creating a pull request',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/creating-a-pull-request',
          ),
        ],
      },
      3: {
        why: 'Knowing how to undo safely means a bad commit or a deleted branch costs you minutes, not a day of lost work.',
        minutes: 25,
        doneWhen:
          '`git restore <file>` brings back its last committed version, `git revert <hash>` adds a commit that undoes an older one, and after `git reset --hard HEAD~1` you find the lost commit in `git reflog` and get it back with `git branch rescue <hash>`.',
        resources: [
          tutorial(
            'Pro Git: Undoing things',
            'https://git-scm.com/book/en/v2/Git-Basics-Undoing-Things',
          ),
          docs('git reflog reference', 'https://git-scm.com/docs/git-reflog'),
          docs('git revert reference', 'https://git-scm.com/docs/git-revert'),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'How does trunk-based development keep unfinished work out of a release?',
        'Everyone merges small changes into main at least daily, and unfinished features stay switched off behind feature flags instead of waiting on long-lived branches.',
      ],
      [
        'In semantic versioning, what does a jump from 1.4.2 to 2.0.0 tell users?',
        'The major number changed, so the release contains breaking changes to the public API. A minor bump adds features compatibly and a patch bump only fixes bugs.',
      ],
    ],
    items: {
      1: {
        why: 'Each team picks a branching model, and knowing the trade-offs lets you fit in quickly and argue for the right one.',
        minutes: 25,
        doneWhen:
          'A table has one row each for GitHub flow, Git flow and trunk-based development, with columns for long-lived branches, how a release is made and the team size it suits.',
        resources: [
          docs(
            'GitHub Docs: GitHub flow',
            'https://docs.github.com/en/get-started/using-github/github-flow',
          ),
          tutorial(
            'Pro Git: Branching workflows',
            'https://git-scm.com/book/en/v2/Git-Branching-Branching-Workflows',
          ),
        ],
      },
      2: {
        why: 'A CONTRIBUTING file tells newcomers exactly how to get a change merged, which saves maintainers from answering the same questions.',
        minutes: 20,
        doneWhen:
          'CONTRIBUTING.md on main names your strategy, your branch naming rule and the steps from branch to merged pull request, and GitHub links to it when you open a new issue.',
        resources: [
          docs(
            'GitHub Docs: Setting guidelines for repository contributors',
            'https://docs.github.com/en/communities/setting-up-your-project-for-healthy-contributions/setting-guidelines-for-repository-contributors',
          ),
        ],
      },
      3: {
        why: 'Tags and release notes tell users and deploy tools exactly which code is in a version and what changed.',
        minutes: 25,
        doneWhen:
          'An annotated tag `v0.1.0` is pushed with `git push origin v0.1.0`, and the repository’s Releases page shows v0.1.0 with notes listing its changes.',
        resources: [
          tutorial('Pro Git: Tagging', 'https://git-scm.com/book/en/v2/Git-Basics-Tagging'),
          docs(
            'GitHub Docs: Managing releases in a repository',
            'https://docs.github.com/en/repositories/releasing-projects-on-github/managing-releases-in-a-repository',
          ),
          docs('Semantic Versioning 2.0.0', 'https://semver.org/spec/v2.0.0.html'),
        ],
      },
    },
  },
  d6: {
    checks: [
      [
        'What is the difference between a fork and a clone?',
        'A fork is a copy of the repository on GitHub under your account; a clone is a copy on your machine. You clone your fork, push branches to it and open the pull request from it to the original (upstream) project.',
      ],
      [
        'Why open the pull request from a branch rather than from your fork’s main?',
        'A branch per change keeps main identical to upstream so it is easy to sync, and lets you update each pull request independently by pushing to its branch.',
      ],
    ],
    items: {
      1: {
        why: 'Open-source contributions are public proof that you can work in someone else’s codebase, which employers value highly.',
        minutes: 20,
        doneWhen:
          'You have the link to an open, unassigned issue labelled "good first issue" in a repository written in your language that had commits in the last month.',
        resources: [
          docs(
            'GitHub Docs: Finding ways to contribute to open source on GitHub',
            'https://docs.github.com/en/get-started/exploring-projects-on-github/finding-ways-to-contribute-to-open-source-on-github',
          ),
        ],
      },
      2: {
        why: 'Getting an unfamiliar project and its tests running locally is the first task on every new job.',
        minutes: 35,
        doneWhen:
          'On a clone of your fork, the project’s own test command (for example `pytest`, `npm test` or `./mvnw test`) runs to the end, and you know which tests, if any, already failed before your change.',
        resources: [
          docs(
            'GitHub Docs: Fork a repository',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/working-with-forks/fork-a-repo',
          ),
          tutorial(
            'Pro Git: Contributing to a project on GitHub',
            'https://git-scm.com/book/en/v2/GitHub-Contributing-to-a-Project',
          ),
        ],
      },
      3: {
        why: 'A small, focused pull request that follows the project’s rules is how you earn maintainers’ trust and your first merged contribution.',
        minutes: 30,
        doneWhen:
          'Your pull request from a branch on your fork is open on the upstream repository, names the issue it addresses, and its diff touches only what that issue asks for.',
        resources: [
          docs(
            'GitHub Docs: Creating a pull request from a fork',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/creating-a-pull-request-from-a-fork',
          ),
          docs(
            'GitHub Docs: Syncing a fork',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/working-with-forks/syncing-a-fork',
          ),
        ],
      },
    },
  },
  d7: {
    checks: [
      [
        'What makes a code review comment useful?',
        'It points at specific code, says what the problem or risk is and why, and suggests a way forward. It talks about the code, not the person, and marks small style points as optional.',
      ],
      [
        'Why can you not approve your own pull request on GitHub?',
        'GitHub does not count the author’s approval: a required review must come from another person with write access. That is why a solo project sets required approvals to 0.',
      ],
    ],
    items: {
      1: {
        why: 'Reviewing code is part of every developer’s week, and specific, kind feedback is what makes a reviewer someone people want on their team.',
        minutes: 30,
        doneWhen:
          'The pull request shows your review with at least three comments on specific lines, each saying what and why, including at least one question or suggested change.',
        resources: [
          docs(
            'GitHub Docs: Reviewing proposed changes in a pull request',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/reviewing-changes-in-pull-requests/reviewing-proposed-changes-in-a-pull-request',
          ),
          tutorial(
            'Google engineering practices: How to write code review comments',
            'https://github.com/google/eng-practices/blob/master/review/reviewer/comments.md',
          ),
        ],
      },
      2: {
        why: 'Opening, reviewing and approving pull requests with another person is the closest practice you can get to a real team workflow before your first job, and the GitHub Skills exercise gives a solo learner a bot-opened pull request to review instead.',
        minutes: 35,
        doneWhen:
          'With a partner: the shared repository shows two merged pull requests, one from each of you, each approved by the other person before it was merged. Alone: your copy of the GitHub Skills "Review pull requests" exercise shows its Finish step, and its practice pull request shows your submitted review, a suggested change you committed and the merge.',
        resources: [
          docs(
            'GitHub Docs: Inviting collaborators to a personal repository',
            'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/repository-access-and-collaboration/inviting-collaborators-to-a-personal-repository',
          ),
          docs(
            'GitHub Docs: About pull request reviews',
            'https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/reviewing-changes-in-pull-requests/about-pull-request-reviews',
          ),
          tutorial(
            'GitHub Skills: Review pull requests',
            'https://github.com/skills/review-pull-requests',
          ),
        ],
      },
      3: {
        why: 'Recalling commands without notes shows what you have really learned and which ones still need practice.',
        minutes: 15,
        doneWhen:
          'A cheat sheet of at least 15 commands, each with one line on what it does, written from memory and then checked and corrected against `git help <command>`.',
        resources: [
          docs('Git reference manual', 'https://git-scm.com/docs'),
          tutorial(
            'The Missing Semester: Version control (Git)',
            'https://missing.csail.mit.edu/2020/version-control/',
          ),
        ],
      },
    },
  },
});
