#!/usr/bin/env bash
# Shows that a change left `dateline analyze` output byte for byte as it was: builds BASE (a commit,
# default the merge base with origin/main or else HEAD~1) in a temporary worktree, runs both jars
# over the same inputs and compares the records with cmp. For refactorings that promise "no change
# in output"; a real change in output is expected to fail here and is then stated in its commit.
# Inputs: the seed article, examples/demo/articles, and the shared extraction pages (--as html).
# Usage: scripts/same-output.sh [BASE]   (needs ../shared beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$root/../shared" && pwd)"
base="${1:-$(git -C "$root" merge-base HEAD origin/main 2>/dev/null || git -C "$root" rev-parse HEAD~1)}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
echo "same-output: building $(git -C "$root" rev-parse --short "$base") and the working tree" >&2
(cd "$work/base" && mvn -q -B -DskipTests -pl cli -am package 1>&2)
(cd "$root" && mvn -q -B -DskipTests -pl cli -am package 1>&2)

# name|--as|inputs; each run on two threads, as records are written in input order whatever the count.
cases=("seed|auto|$shared/seeds/000_09608d885a49e6ef.txt"
       "demo|auto|$root/examples/demo/articles"
       "html|html|$shared/eval/article-extraction/html")
status=0
for c in "${cases[@]}"; do
  IFS='|' read -r name as input <<<"$c"
  for side in base head; do
    jar="$work/base/cli/target/dateline.jar"
    [ "$side" = head ] && jar="$root/cli/target/dateline.jar"
    java -Xmx3g -jar "$jar" analyze --threads 2 --as "$as" "$input" >"$work/$name.$side.jsonl" 2>"$work/$name.$side.log" || true
  done
  records=$(wc -l <"$work/$name.head.jsonl")
  if cmp -s "$work/$name.base.jsonl" "$work/$name.head.jsonl"; then
    echo "same-output: $name: $records records, identical"
  else
    echo "same-output: $name: DIFFERENT ($records records now, $(wc -l <"$work/$name.base.jsonl") before)"
    diff <(python3 -m json.tool --no-ensure-ascii --json-lines "$work/$name.base.jsonl") \
         <(python3 -m json.tool --no-ensure-ascii --json-lines "$work/$name.head.jsonl") | head -40 || true
    status=1
  fi
done
exit $status
