#!/usr/bin/env bash
# Which rules and decision-table rows the project's own scenario cases fire, per regeling (README, "Scenario's").
#   bench/dekking.sh             the table of the README
#   bench/dekking.sh --details   also every rule and table row that no case fires
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" nl.indicatiewijzer.meting.Dekkingsmeting "$@" 2>/dev/null
