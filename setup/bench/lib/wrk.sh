# Shell functions for the benchmarks that drive HTTP with wrk (sourced by setup/bench/verification and
# setup/bench/cluster; not run on its own). The caller sets WORK (a folder for wrk's full output) and LOG (the
# platform's log, named in errors).

# installs wrk from Debian when it is missing
ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)..."
    local sudo=sudo
    [ "$(id -u)" -eq 0 ] && sudo=""
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
  fi
}

# a Lua string literal of $1
lua_string() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }

# runs wrk; prints "requests/s p50_ms p99_ms" and keeps the full output in $WORK/$name.txt
measure() {
  local name=$1; shift
  wrk --latency "$@" >"$WORK/$name.txt" 2>&1 || { cat "$WORK/$name.txt" >&2; return 1; }
  if grep -q -e 'Non-2xx' -e 'Socket errors' "$WORK/$name.txt"; then
    echo "$name: some calls failed:" >&2
    cat "$WORK/$name.txt" >&2
    return 1
  fi
  if ! grep -q '^Requests/sec:' "$WORK/$name.txt" || grep -q '^Requests/sec: *0\.00$' "$WORK/$name.txt"; then
    echo "$name: no call was answered (see $LOG):" >&2
    cat "$WORK/$name.txt" >&2
    return 1
  fi
  awk '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /m$/)  { sub(/m$/, "", v);  return v * 60000 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    $1 == "Requests/sec:" { rps = $2 }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' "$WORK/$name.txt"
}

# how idle the machine is (percent, over 3 s): the figures are only worth reading near 100 %
cpu_idle() {
  local a b
  a=($(head -n 1 /proc/stat)); sleep 3; b=($(head -n 1 /proc/stat))
  awk -v i1="${a[4]}" -v i2="${b[4]}" -v t1="$(IFS=+; echo "$(( ${a[*]:1} ))")" \
    -v t2="$(IFS=+; echo "$(( ${b[*]:1} ))")" 'BEGIN { printf "%.0f", 100 * (i2 - i1) / (t2 - t1) }'
}

# "met" or "NOT met" for: $1 $2 $3, with $2 one of >= and <
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN {
  ok = (op == ">=") ? (a >= b) : (a < b); print ok ? "met" : "NOT met" }'; }
