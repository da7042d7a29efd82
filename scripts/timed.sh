#!/usr/bin/env bash
# scripts/timed.sh STEP COMMAND...: run COMMAND, then say how long STEP took, in wall-clock time and
# in CPU time of its own processes (user + system; a database server it starts in the background is
# not counted). On a busy machine the CPU time is the steadier number; CPU above wall time means the
# step kept more than one core busy. With TIMINGS set, the line is added to that file too, so
# `make test` can print every step's line again at the end.
set -uo pipefail
step=$1
shift
start=${EPOCHREALTIME/[.,]/}
"$@"
status=$?
end=${EPOCHREALTIME/[.,]/}
# The second line of `times`: the user and system time of every child this shell has waited for.
# (`times` must run in this shell, not in a subshell, which has no children of its own.)
record=$(mktemp)
times >"$record"
read -r user system < <(tail -n 1 "$record")
rm -f "$record"
seconds() { # 1m2.345s -> 62.3
  local value=$1 minutes=${1%%m*}
  value=${value#*m}
  value=${value%s}
  awk -v m="$minutes" -v s="$value" 'BEGIN { printf "%.1f", m * 60 + s }'
}
wall=$(awk -v us=$((end - start)) 'BEGIN { printf "%.1f", us / 1e6 }')
cpu=$(awk -v u="$(seconds "$user")" -v s="$(seconds "$system")" 'BEGIN { printf "%.1f", u + s }')
line=$(printf '%-16s %7s s wall %7s s cpu' "$step" "$wall" "$cpu")
if [ "$status" -ne 0 ]; then line="$line   FAILED (exit $status)"; fi
echo "⏱  $line"
if [ -n "${TIMINGS:-}" ]; then echo "$line" >>"$TIMINGS"; fi
exit "$status"
