#!/usr/bin/env bash
# Runs one kiosk screen: Chromium in kiosk mode on the pavilion's /kiosk/ page, started again
# whenever it exits (a crash, an OOM kill, someone's Alt+F4), with a short back-off.
# Settings come from the environment (systemd reads ~/.config/pavilion-kiosk.env); see README.md.
#
#   PAVILION_URL=https://expo.example KIOSK_ID=hall-a-entrance ./run-kiosk.sh
#
# The page keeps itself healthy (watchdog, nightly reload, heartbeats); this loop only makes sure
# there is always a browser, and that it never opens with a "restore pages?" bubble.
set -uo pipefail

die() {
  echo "run-kiosk: $*" >&2
  exit 2
}

# ---- settings ---------------------------------------------------------------------------------
PAVILION_URL="${PAVILION_URL:-}"
KIOSK_URL="${KIOSK_URL:-}"
KIOSK_ID="${KIOSK_ID:-$(hostname -s 2>/dev/null || echo kiosk)}"
KIOSK_IDLE="${KIOSK_IDLE:-60}"
# Set but empty: no nightly reload.
KIOSK_RELOAD="${KIOSK_RELOAD-4}"
KIOSK_PROMPT="${KIOSK_PROMPT:-}"
KIOSK_LANG="${KIOSK_LANG:-}"
KIOSK_CACHE_MB="${KIOSK_CACHE_MB:-}"
STATE_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/pavilion-kiosk"
KIOSK_PROFILE="${KIOSK_PROFILE:-$STATE_DIR/profile}"
# Empty: Chromium's output goes to stdout (the journal under systemd, which bounds it itself).
KIOSK_LOG="${KIOSK_LOG:-}"
KIOSK_LOG_MAX_KB="${KIOSK_LOG_MAX_KB:-2048}"
KIOSK_EXTRA_FLAGS="${KIOSK_EXTRA_FLAGS:-}"
# Seconds to wait for the service before the first start (0: do not wait). Once the page has been
# cached by its service worker it starts offline too, so this is a courtesy, not a requirement.
KIOSK_WAIT_S="${KIOSK_WAIT_S:-90}"

int_in() { # name value min max
  if ! [[ "$2" =~ ^[0-9]{1,6}$ ]] || ((10#$2 < $3 || 10#$2 > $4)); then
    die "$1: expected a whole number $3–$4, got \"$2\""
  fi
}

# The same rules as the page's own parser (src/boot/flags.ts parseKiosk): a value it would ignore
# is refused here, where someone is watching, rather than silently replaced on the screen.
[[ "$KIOSK_ID" =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ ]] ||
  die "KIOSK_ID: expected 1–64 of A–Z a–z 0–9 . _ -, starting with a letter or digit, got \"$KIOSK_ID\""
int_in KIOSK_IDLE "$KIOSK_IDLE" 5 3600
[ -z "$KIOSK_RELOAD" ] || int_in KIOSK_RELOAD "$KIOSK_RELOAD" 0 23
[ -z "$KIOSK_PROMPT" ] || int_in KIOSK_PROMPT "$KIOSK_PROMPT" 5 120
[ -z "$KIOSK_CACHE_MB" ] || int_in KIOSK_CACHE_MB "$KIOSK_CACHE_MB" 0 20000
case "$KIOSK_LANG" in "" | zh | en) ;; *) die "KIOSK_LANG: expected zh or en, got \"$KIOSK_LANG\"" ;; esac
int_in KIOSK_LOG_MAX_KB "$KIOSK_LOG_MAX_KB" 64 1048576
int_in KIOSK_WAIT_S "$KIOSK_WAIT_S" 0 3600

if [ -z "$KIOSK_URL" ]; then
  [[ "$PAVILION_URL" =~ ^https?://[^/?#[:space:]]+$ ]] ||
    die "PAVILION_URL: expected the service's origin such as https://expo.example (no path), got \"$PAVILION_URL\""
  KIOSK_URL="$PAVILION_URL/kiosk/?kiosk=$KIOSK_ID&idle=$KIOSK_IDLE"
  [ -z "$KIOSK_RELOAD" ] || KIOSK_URL+="&reload=$KIOSK_RELOAD"
  [ -z "$KIOSK_PROMPT" ] || KIOSK_URL+="&prompt=$KIOSK_PROMPT"
  [ -z "$KIOSK_LANG" ] || KIOSK_URL+="&lang=$KIOSK_LANG"
  [ -z "$KIOSK_CACHE_MB" ] || KIOSK_URL+="&cache=$KIOSK_CACHE_MB"
fi
[[ "$KIOSK_URL" =~ ^(https?://[^/?#[:space:]]+)/[^[:space:]]*$ ]] || die "KIOSK_URL: expected an http(s) URL, got \"$KIOSK_URL\""
ORIGIN="${BASH_REMATCH[1]}"

CHROMIUM="${CHROMIUM:-}"
if [ -z "$CHROMIUM" ]; then
  for c in chromium chromium-browser; do command -v "$c" >/dev/null && CHROMIUM="$c" && break; done
fi
if [ -z "$CHROMIUM" ] || ! command -v "$CHROMIUM" >/dev/null; then
  die "Chromium not found: sudo apt-get install chromium (or set CHROMIUM)"
fi

mkdir -p "$KIOSK_PROFILE" "$STATE_DIR" || die "cannot create $KIOSK_PROFILE"

# ---- logging, bounded -------------------------------------------------------------------------
# With KIOSK_LOG set, the file is rotated to .1 (one old file kept) whenever it passes the limit:
# at most twice KIOSK_LOG_MAX_KB on disk, however long the screen runs.
rotate_log() {
  [ -n "$KIOSK_LOG" ] && [ -f "$KIOSK_LOG" ] || return 0
  local size
  size=$(stat -c %s "$KIOSK_LOG" 2>/dev/null || echo 0)
  ((size > KIOSK_LOG_MAX_KB * 1024)) && mv -f "$KIOSK_LOG" "$KIOSK_LOG.1"
  return 0
}
write_log() {
  if [ -z "$KIOSK_LOG" ]; then
    cat
    return
  fi
  local n=0 line
  while IFS= read -r line; do
    printf '%s\n' "$line" >>"$KIOSK_LOG"
    # stat costs a process: check the size every 200 lines, not every line.
    ((++n % 200 == 0)) && rotate_log
  done
  return 0
}
say() { printf '%s run-kiosk: %s\n' "$(date -Is)" "$*" | write_log; }

# ---- the browser ------------------------------------------------------------------------------
FLAGS=(
  --kiosk
  --noerrdialogs
  --disable-infobars
  --disable-session-crashed-bubble
  '--disable-features=Translate,TouchpadOverscrollHistoryNavigation'
  --overscroll-history-navigation=0
  --disable-pinch
  --autoplay-policy=no-user-gesture-required
  --check-for-update-interval=31536000
  --no-first-run
  --password-store=basic
  "--user-data-dir=$KIOSK_PROFILE"
)
# Service workers (the offline cache) and the Wake Lock exist only in a secure context: https, or
# localhost. A service reached by plain http on the hall's network is treated as secure for this
# one origin, so the screen still works offline and stays awake. Prefer https (README).
if [[ "$ORIGIN" == http://* ]] && ! [[ "$ORIGIN" =~ ^http://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?$ ]]; then
  FLAGS+=("--unsafely-treat-insecure-origin-as-secure=$ORIGIN")
fi
if [ -n "$KIOSK_EXTRA_FLAGS" ]; then
  read -r -a extra <<<"$KIOSK_EXTRA_FLAGS"
  FLAGS+=("${extra[@]}")
fi

# After a crash or a power cut Chromium marks the profile as having exited uncleanly and offers to
# restore pages; the flag above no longer hides that bubble in every version, so mark it clean.
clear_crash_flag() {
  local prefs="$KIOSK_PROFILE/Default/Preferences"
  [ -f "$prefs" ] || return 0
  sed -i -e 's/"exited_cleanly":[[:space:]]*false/"exited_cleanly":true/g' \
    -e 's/"exit_type":[[:space:]]*"[^"]*"/"exit_type":"Normal"/g' "$prefs" || say "could not edit $prefs"
}

# Screen blanking off on X11 (best effort; Wayland compositors have their own setting, README).
if [ -n "${DISPLAY:-}" ] && command -v xset >/dev/null; then
  xset s off s noblank -dpms 2>/dev/null || say "xset could not turn screen blanking off"
fi

wait_for_service() {
  ((KIOSK_WAIT_S > 0)) && command -v curl >/dev/null || return 0
  local until=$((SECONDS + KIOSK_WAIT_S))
  while ((SECONDS < until)); do
    curl -fsS -o /dev/null --max-time 5 "$ORIGIN/kiosk/" 2>/dev/null && return 0
    sleep 3
  done
  say "the service at $ORIGIN did not answer in ${KIOSK_WAIT_S}s: starting anyway (the page may be cached)"
}

child=""
stopping=0
# shellcheck disable=SC2317 # called by the trap below
stop() {
  stopping=1
  [ -z "$child" ] || kill -TERM "$child" 2>/dev/null
}
trap stop TERM INT HUP

rotate_log
say "kiosk $KIOSK_ID: $CHROMIUM on $KIOSK_URL"
wait_for_service
backoff=1
while ((stopping == 0)); do
  clear_crash_flag
  rotate_log
  started=$SECONDS
  "$CHROMIUM" "${FLAGS[@]}" "$KIOSK_URL" > >(write_log) 2>&1 &
  child=$!
  wait "$child"
  code=$?
  # A signal interrupts `wait` before Chromium has finished closing: wait for it to go.
  if ((stopping)); then
    wait "$child" 2>/dev/null
    say "stopped"
    exit 0
  fi
  child=""
  ran=$((SECONDS - started))
  # A run of over a minute was a real session: start again in 2 s. Quick repeated exits (a
  # broken profile, no display yet) back off, doubling, to one try a minute instead of spinning.
  if ((ran > 60)); then backoff=1; else backoff=$((backoff * 2 > 60 ? 60 : backoff * 2)); fi
  say "Chromium exited with $code after ${ran}s; starting again in ${backoff}s"
  sleep "$backoff" &
  wait $! || true
done
say "stopped"
exit 0
