import { byStack } from '../build';
import { docs, phaseDetails, tool, tutorial } from '../build-details';

const BOOK = 'https://git-scm.com/book/en/v2';
const GH = 'https://docs.github.com/en';

export const DETAILS = phaseDetails('p60-version-control', {
  d1: {
    checks: [
      [
        'When do you undo a commit with `git revert` rather than by rewriting history with amend or reset?',
        'When the commit is already pushed or shared: revert adds a new commit that undoes it, so nobody else’s history breaks. Amend and reset rewrite history and are only safe on commits nobody else has.',
      ],
      [
        'What is the staging area for?',
        'It holds exactly what the next commit will contain, so you can commit part of your changes; `git diff` shows unstaged changes and `git diff --staged` shows what will be committed.',
      ],
    ],
    items: {
      1: {
        why: 'Every team keeps code in Git, and a good .gitignore keeps secrets, dependencies and build output out of the repository.',
        minutes: 25,
        doneWhen: byStack(
          'After the first commit `git status` is clean, `git check-ignore -v` confirms your dependency or build folder is ignored, and `git ls-files` lists no .env file.',
          {
            python:
              'After the first commit `git status` is clean, `git check-ignore -v .venv` names the .gitignore rule, and `git ls-files` lists no .env file or __pycache__ folder.',
            javascript:
              'After the first commit `git status` is clean, `git check-ignore -v node_modules` names the .gitignore rule, and `git ls-files` lists no .env file.',
            java: 'After the first commit `git status` is clean, `git check-ignore -v target` names the .gitignore rule, and `git ls-files` lists no .env file or compiled classes.',
          },
        ),
        resources: [
          tutorial(
            'Pro Git: getting a Git repository',
            `${BOOK}/Git-Basics-Getting-a-Git-Repository`,
          ),
          docs('gitignore documentation', 'https://git-scm.com/docs/gitignore'),
          tool(
            'GitHub’s collection of .gitignore templates',
            'https://github.com/github/gitignore',
          ),
        ],
      },
      2: {
        why: 'Small, well-described commits make changes easy to review, search and undo.',
        minutes: 35,
        doneWhen:
          '`git log --oneline` shows your 3 new commits with clear messages, and before each you checked `git status`, `git diff` and `git diff --staged`.',
        resources: [
          tutorial(
            'Pro Git: recording changes to the repository',
            `${BOOK}/Git-Basics-Recording-Changes-to-the-Repository`,
          ),
          tutorial(
            'Pro Git: viewing the commit history',
            `${BOOK}/Git-Basics-Viewing-the-Commit-History`,
          ),
        ],
      },
      3: {
        why: 'Mistakes happen daily, and knowing the safe way to undo each kind is what keeps a repository and a team’s trust intact.',
        minutes: 35,
        doneWhen:
          '`git restore <file>` discarded an unstaged edit, `git commit --amend` changed the last message without adding a commit, and `git revert <sha>` added a "Revert …" commit visible in `git log --oneline`.',
        resources: [
          tutorial('Pro Git: undoing things', `${BOOK}/Git-Basics-Undoing-Things`),
          docs('git revert documentation', 'https://git-scm.com/docs/git-revert'),
        ],
      },
    },
  },
  d2: {
    checks: [
      [
        'How does the history differ after merging a branch and after rebasing it?',
        'A merge keeps both lines and joins them with a merge commit; a rebase replays your commits on top of main, giving a straight line with new commit ids. Never rebase commits others already have.',
      ],
    ],
    items: {
      1: {
        why: 'Feature branches let you work on one change without breaking main, which is how every team works.',
        minutes: 30,
        doneWhen:
          '`git log --oneline --graph` shows the branch joining main, `git branch --merged` lists it, and `git branch -d` deleted it.',
        resources: [
          tutorial(
            'Pro Git: basic branching and merging',
            `${BOOK}/Git-Branching-Basic-Branching-and-Merging`,
          ),
          tutorial(
            'Pro Git: branches in a nutshell',
            `${BOOK}/Git-Branching-Branches-in-a-Nutshell`,
          ),
        ],
      },
      2: {
        why: 'Conflicts are routine when several people touch the same file, and resolving them calmly is a core team skill.',
        minutes: 35,
        doneWhen:
          '`git merge` reported CONFLICT, you removed the `<<<<<<<`, `=======` and `>>>>>>>` markers, finished with `git add` and `git commit`, and the app still runs.',
        resources: [
          docs(
            'GitHub: resolving a merge conflict using the command line',
            `${GH}/pull-requests/collaborating-with-pull-requests/addressing-merge-conflicts/resolving-a-merge-conflict-using-the-command-line`,
          ),
          docs('git merge documentation', 'https://git-scm.com/docs/git-merge'),
        ],
      },
      3: {
        why: 'Tags mark releases, so you can always rebuild or roll back to exactly what was deployed.',
        minutes: 15,
        doneWhen:
          '`git tag -a v0.1 -m "First working version"` ran and `git show v0.1` prints the tag message and its commit.',
        resources: [tutorial('Pro Git: tagging', `${BOOK}/Git-Basics-Tagging`)],
      },
      4: {
        why: 'Many teams rebase short branches to keep history readable, and you need to know what it does before you do it on shared work.',
        minutes: 25,
        doneWhen:
          'With a new commit on main made after you branched, `git rebase main` on the branch and then `git merge --ff-only <branch>` on main leave `git log --oneline --graph` a straight line with no merge commit, unlike the fork-and-join of your earlier merge.',
        resources: [tutorial('Pro Git: rebasing', `${BOOK}/Git-Branching-Rebasing`)],
      },
    },
  },
  d3: {
    checks: [
      [
        'Does a failing CI check stop a pull request from being merged?',
        'Only if the branch protection rule or ruleset lists that check as required. Otherwise the pull request shows a red cross but can still be merged.',
      ],
      [
        'What do "Closes #12" in a pull request description and merging that pull request do together?',
        'They link the pull request to issue 12, and merging it into the default branch closes the issue automatically.',
      ],
    ],
    items: {
      1: {
        why: 'A hosted repository with a clear README is how employers, teammates and your future self find and run your code.',
        minutes: 30,
        doneWhen:
          '`git remote -v` shows origin on GitHub, `git push -u origin main` succeeded, and the README on GitHub lists the steps to install, configure, run and test the project.',
        resources: [
          docs(
            'GitHub: adding locally hosted code to GitHub',
            `${GH}/migrations/importing-source-code/using-the-command-line-to-import-source-code/adding-locally-hosted-code-to-github`,
          ),
          docs(
            'GitHub: about READMEs',
            `${GH}/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes`,
          ),
        ],
      },
      2: {
        why: 'Issue → branch → pull request is the everyday loop of team work and keeps a record of why each change was made.',
        minutes: 40,
        doneWhen:
          'The pull request description contains "Closes #<issue number>", and merging it closed the issue automatically.',
        resources: [
          docs(
            'GitHub: linking a pull request to an issue',
            `${GH}/issues/tracking-your-work-with-issues/using-issues/linking-a-pull-request-to-an-issue`,
          ),
          docs(
            'GitHub: about pull requests',
            `${GH}/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/about-pull-requests`,
          ),
        ],
      },
      3: {
        why: 'Protecting main ensures every change is reviewed and, once checks exist, tested before it lands.',
        minutes: 20,
        doneWhen:
          'A ruleset (or branch protection rule with bypassing turned off) on main requires a pull request, and `git push origin main` from your machine is rejected. On GitHub Free this works only for public repositories.',
        resources: [
          docs(
            'GitHub: about protected branches',
            `${GH}/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches`,
          ),
          docs(
            'GitHub: creating rulesets for a repository',
            `${GH}/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/creating-rulesets-for-a-repository`,
          ),
        ],
      },
    },
  },
  d4: {
    checks: [
      [
        'In a fork workflow, what are origin and upstream?',
        'origin is your fork, where you push branches; upstream is the original project, which you fetch from to stay in sync and which your pull requests target.',
      ],
      [
        'What makes a review comment useful?',
        'It points at specific lines, says what the problem or question is and why, and suggests a fix, rather than just "looks good" or "this is wrong".',
      ],
    ],
    items: {
      1: {
        why: 'Working in one repository with other people is the normal job, and it teaches you to pull, branch and review with care.',
        minutes: 45,
        doneWhen:
          'The shared repository shows one merged pull request from each of you, each approved or commented on by the other.',
        resources: [
          tutorial(
            'Pro Git: contributing to a project (small private teams)',
            `${BOOK}/Distributed-Git-Contributing-to-a-Project`,
          ),
          docs(
            'GitHub: about pull requests',
            `${GH}/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/about-pull-requests`,
          ),
        ],
      },
      2: {
        why: 'Code review is a large part of a developer’s week, and reading others’ code is how you learn fastest.',
        minutes: 25,
        doneWhen:
          'On a pull request you did not write (your partner’s, or an open one in a public project) you left at least two comments on specific lines, each with a concrete question or suggestion.',
        resources: [
          docs(
            'GitHub: reviewing proposed changes in a pull request',
            `${GH}/pull-requests/collaborating-with-pull-requests/reviewing-changes-in-pull-requests/reviewing-proposed-changes-in-a-pull-request`,
          ),
        ],
      },
      3: {
        why: 'Forking is how you contribute to projects you cannot push to, including almost all open source.',
        minutes: 35,
        doneWhen:
          '`git remote -v` shows origin (your fork) and upstream; after `git fetch upstream` and `git merge upstream/main` (or "Sync fork") your main matches upstream, and your pull request from a branch on the fork is open.',
        resources: [
          docs(
            'GitHub: fork a repository',
            `${GH}/pull-requests/collaborating-with-pull-requests/working-with-forks/fork-a-repo`,
          ),
          docs(
            'GitHub: syncing a fork',
            `${GH}/pull-requests/collaborating-with-pull-requests/working-with-forks/syncing-a-fork`,
          ),
          tool(
            'first-contributions: a practice repository for your first pull request',
            'https://github.com/firstcontributions/first-contributions',
          ),
        ],
      },
    },
  },
  d5: {
    checks: [
      [
        'Why read a project’s CONTRIBUTING guide before writing any code?',
        'It says how the maintainers want work done (claiming issues, branch and commit style, how to run tests, sign-offs); ignoring it is the most common reason first pull requests are closed.',
      ],
    ],
    items: {
      1: {
        why: 'Open-source contributions are public proof of your skills and teach you to work in unfamiliar codebases.',
        minutes: 25,
        doneWhen:
          'You have the link to an open, unassigned issue labelled "good first issue" in a project using your language, and you commented on it if the project asks contributors to claim issues.',
        resources: [
          docs(
            'GitHub: finding ways to contribute to open source',
            `${GH}/get-started/exploring-projects-on-github/finding-ways-to-contribute-to-open-source-on-github`,
          ),
        ],
      },
      2: {
        why: 'Getting an unfamiliar project running from its docs is what your first week in any new job looks like.',
        minutes: 40,
        doneWhen:
          'The project’s tests (or build) run on your machine as its CONTRIBUTING guide describes, and you noted its rules for branches, commit messages and tests.',
        resources: [
          docs(
            'GitHub: setting guidelines for repository contributors',
            `${GH}/communities/setting-up-your-project-for-healthy-contributions/setting-guidelines-for-repository-contributors`,
          ),
          docs(
            'GitHub: contributing to a project',
            `${GH}/get-started/exploring-projects-on-github/contributing-to-a-project`,
          ),
        ],
      },
      3: {
        why: 'A merged or reviewed pull request to a real project is something concrete to show employers.',
        minutes: 50,
        doneWhen:
          'A pull request is open on the project, linked to the issue and following its CONTRIBUTING guide, with its checks passing.',
        resources: [
          tutorial(
            'Pro Git: contributing to a project on GitHub',
            `${BOOK}/GitHub-Contributing-to-a-Project`,
          ),
        ],
      },
    },
  },
});
