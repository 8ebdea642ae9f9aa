#!/usr/bin/env bash
# Issue 20.4: 10,000 renders with other work running in the same process, under the test's
# watchdog (it stops the process when no render finishes for 60 s). The test suite runs the
# same test with 400 renders.
set -euo pipefail
cd "$(dirname "$0")/.."
COHESION_STRESS_RENDERS="${COHESION_STRESS_RENDERS:-10000}" swift test --filter stressRendersWithOtherWorkNeverHang
