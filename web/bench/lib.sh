# Shared by the load scripts of web/bench (sourced, not run).
# wait_for_observatory LOG PID PORT: waits until the observatory started as PID prints its address in LOG
# (up to 300 s); prints LOG and fails if the process ends first.
wait_for_observatory() {
  for _ in $(seq 1 300); do
    grep -q "http://127.0.0.1:$3/" "$1" && return 0
    kill -0 "$2" 2>/dev/null || { cat "$1"; return 1; }
    sleep 1
  done
  echo "the observatory did not start within 300 s" >&2
  return 1
}
