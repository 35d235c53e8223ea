#!/usr/bin/env bash
# The in-process advice of an earlier commit (A) against this checkout (B), in turns of 100 ms in one JVM
# (bench/Tweeling.java), so that a change of a few percent shows through the drift of a shared VM. Both decide with the
# rules and tables of this checkout and the benchmark cases of its target/test-classes (bench/Gevallen).
#   bench/ab.sh <commit> [regeling] [seconds warm] [seconds measured] [threads]     e.g. bench/ab.sh HEAD~1 stede-broec
set -euo pipefail
cd "$(dirname "$0")/.."
REV=$1; REGELING=${2:-mlw-mer}; WARM=${3:-40}; DUUR=${4:-60}; DRADEN=${5:-1}
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
A=$(mktemp -d)
trap 'git worktree remove --force "$A/bron" 2>/dev/null || true; rm -rf "$A"' EXIT
git worktree add -q --detach "$A/bron" "$REV"
(cd "$A/bron" && ./mvnw -B -q compile)
echo "A = $(git rev-parse --short "$REV"), B = deze checkout ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo ', gewijzigd'))"
java bench/Tweeling.java "$A/bron/target/classes" target/classes "$REGELING" "$WARM" "$DUUR" "$DRADEN"
