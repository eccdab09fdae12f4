#!/usr/bin/env bash
# make-media.sh: generate the sample expo's media under scenes/sample/media/.
#
#   video/<name>.mp4           8 bilingual micro-videos (slides drawn by ffmpeg)
#   video/<name>.poster.jpg    first slide of each video
#   video/<name>.{zh,en}.vtt   captions timed to the slides
#   audio/guide-<topic>.{zh,en}.mp3   espeak-ng audio guides, one file per language
#   audio/hall-ambient.mp3     seamless ambient pad for the hall
#   media-index.json           what was produced, with durations and exact texts
#   live/opening/index.m3u8    the sample "live" HLS stream made from the videos, with its
#                              4 s segments and poster (scripts/make-live.sh, run from here)
#
# The outputs are committed. A fresh checkout does not need to run this; it
# only needs to be re-run to change the media. Dependencies (Debian packages):
# ffmpeg, espeak-ng, sox, fonts-noto-cjk, fontconfig, jq, python3.
#
# Re-running is safe: every output is overwritten in place, and the encoders are
# run in bit-exact / repeatable mode, so an unchanged script regenerates
# byte-identical files (given the same tool versions) and git sees no churn.
#
# Usage: bash scripts/make-media.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Source data (slide texts, tips, guide narrations...); formats in its README.md.
ASSETS="$ROOT/assets/sample-media"
OUT="$ROOT/scenes/sample/media"
VID="$OUT/video"
AUD="$OUT/audio"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/make-media.XXXXXX")"
# MAKE_MEDIA_KEEP=1 keeps the intermediate slides/WAVs for inspection.
if [[ "${MAKE_MEDIA_KEEP:-0}" == 1 ]]; then echo "work dir: $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

for tool in ffmpeg ffprobe espeak-ng sox fc-scan jq python3; do
  command -v "$tool" >/dev/null || { echo "make-media: missing tool: $tool" >&2; exit 1; }
done
mkdir -p "$VID" "$AUD"

# Quiet ffmpeg, never prompt, and strip encoder version strings / timestamps so
# output bytes depend only on the inputs (keeps re-runs diff-free).
FF=(ffmpeg -nostdin -hide_banner -loglevel error -y)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1)
# sox -R seeds dither deterministically, for the same reason.
SOX=(sox -R -V1)

# --------------------------------------------------------------------------
# Fonts. drawtext in this ffmpeg (5.1) has no face-index option, so a .ttc
# always opens face 0 (Noto Sans CJK *JP*), which draws some hanzi with
# Japanese glyph shapes (骨, 直, 说...). Its font= (fontconfig) option only
# takes a family name, so it can find the SC face but never the Bold one.
# Instead, copy the Simplified-Chinese faces out of the collections into
# standalone OpenType files for this run.
# --------------------------------------------------------------------------
NOTO=/usr/share/fonts/opentype/noto
extract_face() { # <ttc> <family> <style> <out.otf>
  local idx
  idx="$(fc-scan --format '%{index} %{family[0]}|%{style[0]}\n' "$1" |
    awk -v want="$2|$3" '{ i=$1; sub(/^[^ ]+ /, ""); if ($0 == want) { print i; exit } }')"
  [[ -n "$idx" ]] || { echo "make-media: no face '$2 $3' in $1" >&2; exit 1; }
  python3 - "$1" "$idx" "$4" <<'PY'
# Rebuild one face of a TrueType/OpenType collection as a single-font file:
# same header, same tables (shared CFF included), offsets rewritten.
import struct, sys
src, idx, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
data = open(src, "rb").read()
assert data[:4] == b"ttcf", "not a font collection"
off = struct.unpack(">I", data[12 + 4 * idx : 16 + 4 * idx])[0]
num = struct.unpack(">H", data[off + 4 : off + 6])[0]
records, body = [], b""
pos = 12 + 16 * num
for i in range(num):
    tag, csum, toff, tlen = struct.unpack(">4sIII", data[off + 12 + 16 * i : off + 28 + 16 * i])
    records.append(struct.pack(">4sIII", tag, csum, pos + len(body), tlen))
    body += data[toff : toff + tlen] + b"\0" * (-tlen % 4)
open(dst, "wb").write(data[off : off + 12] + b"".join(records) + body)
PY
  # Confirm the result really is the face we asked for.
  [[ "$(fc-scan --format '%{family[0]}|%{style[0]}' "$4")" == "$2|$3" ]] ||
    { echo "make-media: font extraction failed for $2 $3" >&2; exit 1; }
}
FONT_R="$WORK/NotoSansSC-Regular.otf"
FONT_B="$WORK/NotoSansSC-Bold.otf"
extract_face "$NOTO/NotoSansCJK-Regular.ttc" "Noto Sans CJK SC" "Regular" "$FONT_R"
extract_face "$NOTO/NotoSansCJK-Bold.ttc" "Noto Sans CJK SC" "Bold" "$FONT_B"

# --------------------------------------------------------------------------
# Video content: the single source of truth for slides, captions and the index.
# Format: see assets/sample-media/README.md.
# --------------------------------------------------------------------------
VIDEOS_SPEC="$(<"$ASSETS/videos.spec")"

# Timing (milliseconds, so bash integer maths is exact): a short title slide,
# three tip slides long enough to read both languages, crossfades between.
TITLE_MS=4000
TIP_MS=6000
XFADE_MS=700
FPS=24
# x264 quality. The text is static, so CRF 28 keeps it crisp at ~300 KB/video.
CRF=28

# Each slide is two layers:
# - a background (gradient, plus a big faint glyph on the title slide) drawn
#   at 3x (1920x1080) so the slow zoom moves in 1/3-pixel steps instead of
#   jittering, and
# - a foreground (card, text, footer) drawn per frame at 640x360 on top of
#   the zoomed background. Text stays pixel-steady and crisp, and the encoder
#   spends its bits on legibility instead of re-coding moving glyph edges.
#   (Drawing the text into a transparent PNG is not an option: drawtext and
#   drawbox in ffmpeg 5.1 do not composite alpha correctly.)
# S is the drawing scale the helpers below apply: 3 for backgrounds, 1 for
# foregrounds. Layout numbers are always written for 640x360.
S=1
BG_ZOOM=0.06      # background push-in over one slide (1.00 -> 1.06)
ACCENT=0xfacc15   # warm yellow bar under titles, shared by all topics
INK=0x0f172a      # card text
INK2=0x475569     # card secondary text
FOOTER="网络安全宣传周 · Cybersecurity Week"

ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }                 # 4000 -> 4.000
vtt_ts() { printf '%02d:%02d:%02d.%03d' $(($1 / 3600000)) $(($1 / 60000 % 60)) $(($1 / 1000 % 60)) $(($1 % 1000)); }
zh_join() { printf '%s' "${1//^/}"; }
en_join() { printf '%s' "${1//^/ }"; }

# Filter-chain builder. Text goes through textfile= (one file per line) so no
# quoting/escaping of user text is ever needed; expansion=none keeps "%"
# literal. FILTER accumulates ",filter,filter..." for the current layer.
FILTER=""
TXT_N=0
SLIDE_DIR=""
text() { # <font> <size px> <color> <x> <y> <text> [extra drawtext opts]
  TXT_N=$((TXT_N + 1))
  local f="$SLIDE_DIR/t$TXT_N.txt"
  printf '%s' "$6" >"$f"
  FILTER+=",drawtext=fontfile=$1:textfile=$f:expansion=none:fontsize=$(($2 * S)):fontcolor=$3:x=$(($4 * S)):y=$(($5 * S))${7:-}"
}
box() { # <x> <y> <w> <h> <color>
  FILTER+=",drawbox=x=$(($1 * S)):y=$(($2 * S)):w=$(($3 * S)):h=$(($4 * S)):color=$5:t=fill"
}
# Footer plus progress dots (the current slide is a wider pill).
chrome() { # <current index> <count>
  text "$FONT_R" 12 white@0.92 32 322 "$FOOTER"
  local i x=608 w
  for ((i = $2 - 1; i >= 0; i--)); do
    w=8; ((i == $1)) && w=22
    x=$((x - w))
    if ((i == $1)); then box "$x" 326 "$w" 8 white; else box "$x" 326 "$w" 8 white@0.45; fi
    x=$((x - 8))
  done
}
# Background layer: diagonal two-colour gradient plus whatever FILTER holds.
# (gradients dithers with a random generator: a fixed seed keeps it repeatable.)
render_bg() { # <out.png> <c0> <c1>
  "${FF[@]}" -f lavfi \
    -i "gradients=s=1920x1080:c0=$2:c1=$3:x0=0:y0=0:x1=1920:y1=1080:speed=0.00001:seed=1" \
    -filter_complex "[0:v]null$FILTER" -frames:v 1 "$1"
}
# A slide is <prefix>.bg.png (background) + <prefix>.fg (foreground chain).
begin_bg() { S=3; FILTER=""; }
begin_fg() { S=1; FILTER=""; }
save_fg() { printf '%s' "$FILTER" >"$1.fg"; }

title_slide() { # <prefix> <c0> <c1> <glyph> <zh title> <en title> <count>
  local zl el h y line
  IFS='^' read -ra zl <<<"$5"
  IFS='^' read -ra el <<<"$6"
  # Big faint topic glyph bleeding off the right edge: texture, not content;
  # it lives in the background so it drifts with the zoom.
  begin_bg
  text "$FONT_B" 300 white@0.10 372 24 "$4"
  render_bg "$1.bg.png" "$2" "$3"

  begin_fg
  text "$FONT_R" 12 white 40 38 "安全小贴士 · SAFETY TIP" ":box=1:boxcolor=white@0.20:boxborderw=8"
  # Centre the title block vertically between the chip and the footer.
  h=$((${#zl[@]} * 54 + 12 + 5 + 18 + ${#el[@]} * 28))
  y=$((66 + (244 - h) / 2))
  for line in "${zl[@]}"; do
    text "$FONT_B" 40 white 32 "$y" "$line" ":shadowcolor=black@0.18:shadowx=0:shadowy=1"
    y=$((y + 54))
  done
  box 32 $((y + 2)) 56 5 "$ACCENT"
  y=$((y + 2 + 5 + 18))
  for line in "${el[@]}"; do
    text "$FONT_R" 20 white@0.95 32 "$y" "$line"
    y=$((y + 28))
  done
  chrome 0 "$7"
  save_fg "$1"
}

tip_slide() { # <prefix> <c0> <c1> <glyph> <header> <badge> <zh tip> <en tip> <index> <count>
  local zl el h top y line
  IFS='^' read -ra zl <<<"$7"
  IFS='^' read -ra el <<<"$8"
  begin_bg
  render_bg "$1.bg.png" "$2" "$3"

  begin_fg
  text "$FONT_R" 13 white@0.92 32 22 "$5"
  # White card with a hard drop shadow and a topic-coloured edge stripe.
  box 32 60 576 240 black@0.14
  box 32 54 576 240 white
  box 32 54 6 240 "$2"
  text "$FONT_B" 150 "$2@0.07" 440 122 "$4"
  # Centre badge + Chinese + English inside the card.
  h=$((34 + 16 + ${#zl[@]} * 36 + 8 + ${#el[@]} * 23))
  top=$((54 + (240 - h) / 2))
  text "$FONT_B" 18 white 70 $((top + 8)) "$6" ":box=1:boxcolor=$2:boxborderw=8"
  y=$((top + 34 + 16))
  for line in "${zl[@]}"; do
    text "$FONT_B" 24 "$INK" 62 "$y" "$line"
    y=$((y + 36))
  done
  y=$((y + 8))
  for line in "${el[@]}"; do
    text "$FONT_R" 15 "$INK2" 62 "$y" "$line"
    y=$((y + 23))
  done
  chrome "$9" "${10}"
  save_fg "$1"
}

# Quiet audio bed for each video: a soft sine/triangle major chord far below
# speech level, so an unmuted clip is not dead silent but never competes
# with an audio guide or the hall ambience.
video_pad() { # <out.wav> <duration ms> <root Hz>
  local r=$3
  "${SOX[@]}" -r 44100 -c 4 -n -b 16 "$1" \
    synth "$(ms "$2")" sine "$(awk "BEGIN{print $r/2}")" sine "$r" \
    sine "$(awk "BEGIN{print $r*1.2599}")" triangle "$(awk "BEGIN{print $r*1.4983}")" \
    remix - lowpass 900 tremolo 0.2 25 reverb 40 50 80 \
    fade h 1.5 "$(ms "$2")" 2 norm -24
}

# JSON-lines records for the index; assembled with jq at the end.
RECORDS="$WORK/records.jsonl"
: >"$RECORDS"
duration() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }

# One chord root per topic (G, F, A, E, D, C, F#, Ab) so booths differ subtly.
ROOTS=(196.00 174.61 220.00 164.81 146.83 130.81 185.00 207.65)

build_video() { # <index> <name> <c0> <c1> <glyph> <zh title> <en title> <tips...: badge zh en>
  local vi=$1 name=$2 c0=$3 c1=$4 glyph=$5 tzh=$6 ten=$7
  shift 7
  local -a tips=("$@")
  local n=$((1 + ${#tips[@]} / 3)) i dur_ms
  SLIDE_DIR="$WORK/$name"
  mkdir -p "$SLIDE_DIR"
  echo "video: $name"

  # Slides, their lengths, and the caption text shown on each.
  local -a slide durs czh cen
  title_slide "$SLIDE_DIR/s0" "$c0" "$c1" "$glyph" "$tzh" "$ten" "$n"
  slide[0]="$SLIDE_DIR/s0"; durs[0]=$TITLE_MS
  czh[0]="$(zh_join "$tzh")"; cen[0]="$(en_join "$ten")"
  local header
  header="$(zh_join "$tzh") · $(en_join "$ten")"
  for ((i = 1; i < n; i++)); do
    local b=${tips[$(((i - 1) * 3))]} z=${tips[$(((i - 1) * 3 + 1))]} e=${tips[$(((i - 1) * 3 + 2))]}
    tip_slide "$SLIDE_DIR/s$i" "$c0" "$c1" "$glyph" "$header" "$b" "$z" "$e" "$i" "$n"
    slide[i]="$SLIDE_DIR/s$i"; durs[i]=$TIP_MS
    czh[i]="$(zh_join "$z")"; cen[i]="$(en_join "$e")"
  done

  # Slide k starts fading in at offset_k = sum(d_0..d_{k-1}) - k*xfade.
  local -a start
  local inputs=() graph="sws_flags=lanczos+accurate_rnd;" last="v0" t=0
  for ((i = 0; i < n; i++)); do
    start[i]=$t
    t=$((t + durs[i] - XFADE_MS))
    local frames=$((durs[i] * FPS / 1000))
    inputs+=(-loop 1 -framerate "$FPS" -t "$(ms "${durs[i]}")" -i "${slide[i]}.bg.png")
    # Slow centred push-in on the background, then the static foreground.
    graph+="[$i:v]zoompan=z='1+$BG_ZOOM*on/$frames':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=1:s=640x360:fps=$FPS,setsar=1$(<"${slide[i]}.fg"),format=yuv420p[v$i];"
  done
  dur_ms=$((t + XFADE_MS))
  for ((i = 1; i < n; i++)); do
    graph+="[$last][v$i]xfade=transition=fade:duration=$(ms $XFADE_MS):offset=$(ms "${start[i]}")[x$i];"
    last="x$i"
  done
  graph="${graph%;}"

  video_pad "$SLIDE_DIR/pad.wav" "$dur_ms" "${ROOTS[$vi]}"
  "${FF[@]}" "${inputs[@]}" -i "$SLIDE_DIR/pad.wav" -filter_complex "$graph" \
    -map "[$last]" -map "$n:a" -t "$(ms "$dur_ms")" \
    -c:v libx264 -preset slow -crf "$CRF" -profile:v baseline -level 3.0 -pix_fmt yuv420p \
    -r "$FPS" -g $((FPS * 3)) \
    -c:a aac -b:a 32k -ac 1 -ar 44100 \
    -movflags +faststart "${BITEXACT[@]}" "$VID/$name.mp4"

  # Poster = the first slide as the video opens on it (zoom 1.00).
  # -q:v 4 gives quantisation tables equivalent to IJG/libjpeg quality ~80.
  "${FF[@]}" -i "${slide[0]}.bg.png" -vf "scale=640:360:flags=lanczos+accurate_rnd$(<"${slide[0]}.fg")" -q:v 4 \
    "${BITEXACT[@]}" "$VID/$name.poster.jpg"

  # Captions: a cue changes in the middle of each crossfade.
  local lang cues="[]" s_ms e_ms
  for lang in zh en; do
    {
      printf 'WEBVTT\n'
      for ((i = 0; i < n; i++)); do
        s_ms=${start[i]}; ((i > 0)) && s_ms=$((s_ms + XFADE_MS / 2))
        if ((i + 1 < n)); then e_ms=$((start[i + 1] + XFADE_MS / 2)); else e_ms=$dur_ms; fi
        local txt
        if [[ $lang == zh ]]; then txt=${czh[i]}; else txt=${cen[i]}; fi
        printf '\n%d\n%s --> %s\n%s\n' $((i + 1)) "$(vtt_ts "$s_ms")" "$(vtt_ts "$e_ms")" "$txt"
      done
    } >"$VID/$name.$lang.vtt"
  done
  for ((i = 0; i < n; i++)); do
    s_ms=${start[i]}; ((i > 0)) && s_ms=$((s_ms + XFADE_MS / 2))
    if ((i + 1 < n)); then e_ms=$((start[i + 1] + XFADE_MS / 2)); else e_ms=$dur_ms; fi
    cues="$(jq -c --argjson s "$s_ms" --argjson e "$e_ms" --arg zh "${czh[i]}" --arg en "${cen[i]}" \
      '. + [{start: ($s / 1000), end: ($e / 1000), zh: $zh, en: $en}]' <<<"$cues")"
  done

  local base="video/$name"
  jq -nc --arg p "$base.mp4" --arg zh "${czh[0]}" --arg en "${cen[0]}" --argjson cues "$cues" \
    --arg poster "$base.poster.jpg" --arg vzh "$base.zh.vtt" --arg ven "$base.en.vtt" \
    '{path: $p, kind: "video", title: {zh: $zh, en: $en}, poster: $poster,
      captions: {zh: $vzh, en: $ven},
      transcript: {zh: ($cues | map(.zh) | join("\n")), en: ($cues | map(.en) | join("\n"))},
      cues: $cues}' >>"$RECORDS"
  jq -nc --arg p "$base.poster.jpg" --arg v "$base.mp4" --arg zh "${czh[0]}" --arg en "${cen[0]}" \
    '{path: $p, kind: "poster", for: $v, title: {zh: $zh, en: $en}}' >>"$RECORDS"
  for lang in zh en; do
    jq -nc --arg p "$base.$lang.vtt" --arg v "$base.mp4" --arg l "$lang" --arg zh "${czh[0]}" --arg en "${cen[0]}" \
      --argjson cues "$cues" \
      '{path: $p, kind: "captions", lang: $l, for: $v, title: {zh: $zh, en: $en},
        transcript: {($l): ($cues | map(.[$l]) | join("\n"))}}' >>"$RECORDS"
  done
}

# Parse VIDEOS_SPEC and build each video.
vi=0
cur=()
flush_video() {
  if ((${#cur[@]})); then build_video "$vi" "${cur[@]}"; vi=$((vi + 1)); fi
  cur=()
}
while IFS= read -r line; do
  [[ -z "$line" ]] && continue
  body="${line:1}"
  case "${line:0:1}" in
    @) flush_video; IFS='|' read -r a b c d <<<"$body"; cur=("$a" "$b" "$c" "$d") ;;
    =) IFS='|' read -r a b <<<"$body"; cur+=("$a" "$b") ;;
    -) IFS='|' read -r a b c <<<"$body"; cur+=("$a" "$b" "$c") ;;
    *) echo "make-media: bad spec line: $line" >&2; exit 1 ;;
  esac
done <<<"$VIDEOS_SPEC"
flush_video

# --------------------------------------------------------------------------
# Audio guides: espeak-ng, one file per language (guide-<topic>.zh.mp3 and
# guide-<topic>.en.mp3) so the UI can follow the visitor's language choice.
# The transcript in the index is exactly the text that was spoken.
# --------------------------------------------------------------------------
# Topics and titles, and the narration texts: see assets/sample-media/README.md.
GUIDES="$(<"$ASSETS/audio-guides.spec")"
declare -A GUIDE_TEXT
while IFS='|' read -r topic _; do
  for lang in zh en; do
    GUIDE_TEXT[$topic.$lang]="$(<"$ASSETS/guides/$topic.$lang.txt")"
  done
done <<<"$GUIDES"

# espeak-ng speeds (words/min; the Mandarin voice counts each syllable as a
# word and is already unhurried): both a little below the 175 default, for
# clarity. Keep every guide within 15-40 s when editing the texts.
declare -A VOICE=([zh]=cmn [en]=en)
declare -A SPEED=([zh]=165 [en]=150)
# All guides land at the same average (RMS) loudness. espeak-ng speech has a
# ~20 dB crest factor, so -23.5 dBFS RMS puts peaks near -3 dBFS; a file whose
# peaks would go above the ceiling is turned down to it instead, so nothing
# clips once MP3 decoding adds its overshoot.
TARGET_RMS_DB=-23.5
PEAK_CEIL_DB=-2

while IFS='|' read -r topic gzh gen; do
  echo "guide: $topic"
  for lang in zh en; do
    raw="$WORK/guide-$topic.$lang.raw.wav"
    norm="$WORK/guide-$topic.$lang.wav"
    out="$AUD/guide-$topic.$lang.mp3"
    printf '%s\n' "${GUIDE_TEXT[$topic.$lang]}" |
      espeak-ng -v "${VOICE[$lang]}" -s "${SPEED[$lang]}" -w "$raw"
    # Short fades against edge clicks, remove rumble, add a little breathing
    # room, then level to the common RMS target.
    "${SOX[@]}" "$raw" -b 16 "$WORK/pre.wav" highpass 80 fade h 0.02 -0 0.05 pad 0.4 0.8
    read -r rms pk < <(sox "$WORK/pre.wav" -n stats 2>&1 |
      awk '/^RMS lev dB/ {r = $4} /^Pk lev dB/ {p = $4} END {print r, p}')
    gain="$(awk -v t="$TARGET_RMS_DB" -v c="$PEAK_CEIL_DB" -v r="$rms" -v p="$pk" \
      'BEGIN { g = t - r; if (p + g > c) g = c - p; printf "%.2f", g }')"
    "${SOX[@]}" "$WORK/pre.wav" "$norm" gain "$gain"
    "${FF[@]}" -i "$norm" -c:a libmp3lame -b:a 48k -ac 1 -ar 22050 "${BITEXACT[@]}" "$out"
    other=en; [[ $lang == en ]] && other=zh
    jq -nc --arg p "audio/guide-$topic.$lang.mp3" --arg l "$lang" --arg pair "audio/guide-$topic.$other.mp3" \
      --arg tzh "$gzh" --arg ten "$gen" --arg zh "${GUIDE_TEXT[$topic.zh]}" --arg en "${GUIDE_TEXT[$topic.en]}" \
      '{path: $p, kind: "audio-guide", lang: $l, pair: $pair, title: {zh: $tzh, en: $ten},
        transcript: {zh: $zh, en: $en}}' >>"$RECORDS"
  done
done <<<"$GUIDES"

# --------------------------------------------------------------------------
# Hall ambience: a warm F-major pad that loops seamlessly.
# - Every partial, and the slow tremolo, completes a whole number of cycles in
#   LOOP seconds (frequencies are k/LOOP Hz), so the dry signal is periodic.
# - Reverb is applied to three periods and the middle one kept, so the reverb
#   tail is already in steady state at the start: also periodic.
# - The tremolo's quietest point sits on the loop seam, and 0.25 s half-sine
#   fades take the seam to true silence, so even a player that leaves a gap
#   at the loop point (MP3 encoder padding) cannot click.
# --------------------------------------------------------------------------
echo "ambient: hall-ambient"
LOOP=24
# (k/24 Hz, amplitude): F2, F2 detuned, A2, C3, C3 detuned, F3, A3, C4
PARTIALS="2095:0.30 2098:0.18 2640:0.20 3140:0.22 3143:0.12 4191:0.14 5280:0.07 6279:0.05"
expr=""
for p in $PARTIALS; do
  expr+="${expr:++}${p#*:}*sin(2*PI*t*${p%:*}/$LOOP)"
done
# Tremolo: period 6 s (4 per loop), minimum at t = 0 mod LOOP.
trem="(1-0.35*(1+cos(2*PI*t/6))/2)"
# (x0.7 keeps the sum of amplitudes, 1.28, below full scale.)
"${FF[@]}" -f lavfi -i "aevalsrc=exprs='0.7*($expr)*$trem':s=44100:d=$((LOOP * 3))" \
  -c:a pcm_s24le "${BITEXACT[@]}" "$WORK/amb-dry.wav"
# (Two sox passes: in one chain, sox 14.4.2 mis-tracks the length after
# trim and a following "fade ... -0" truncates the output to half.)
"${SOX[@]}" "$WORK/amb-dry.wav" -b 16 "$WORK/amb-wet.wav" lowpass 1400 reverb 60 50 100 trim "$LOOP" "$LOOP"
"${SOX[@]}" "$WORK/amb-wet.wav" "$WORK/amb.wav" fade h 0.25 -0 0.25 norm -14
"${FF[@]}" -i "$WORK/amb.wav" -c:a libmp3lame -b:a 48k -ac 1 -ar 44100 "${BITEXACT[@]}" "$AUD/hall-ambient.mp3"
jq -nc '{path: "audio/hall-ambient.mp3", kind: "ambient-loop", loop: true,
  title: {zh: "展厅环境音", en: "Hall ambience"}, transcript: null}' >>"$RECORDS"

# --------------------------------------------------------------------------
# The live stream: the videos above, back to back, as HLS (see its header).
# Not in the index: its files are one stream, not separate media.
# --------------------------------------------------------------------------
bash "$ROOT/scripts/make-live.sh"

# --------------------------------------------------------------------------
# Index: every file with its measured duration (ffprobe; null for posters and
# caption files, which have none).
# --------------------------------------------------------------------------
: >"$WORK/with-dur.jsonl"
while IFS= read -r rec; do
  p="$(jq -r .path <<<"$rec")"
  case "$p" in
    *.jpg | *.vtt) d=null ;; # stills and caption files have no media duration
    *) d="$(duration "$OUT/$p")" ;;
  esac
  bytes="$(stat -c %s "$OUT/$p")"
  jq -c --argjson d "$d" --argjson b "$bytes" \
    '{path, kind} + (if $d == null then {durationSec: null} else {durationSec: ($d * 1000 | round / 1000)} end)
     + {bytes: $b} + del(.path, .kind)' <<<"$rec" >>"$WORK/with-dur.jsonl"
done <"$RECORDS"
jq -s '{
  generatedBy: "scripts/make-media.sh",
  note: "Paths are relative to scenes/sample/media/. Audio guides are split by language (lang = spoken language; pair = the other language). Caption/cue times are seconds.",
  files: .
}' "$WORK/with-dur.jsonl" >"$OUT/media-index.json"

du -sh "$OUT"
total_kb="$(du -sk "$OUT" | cut -f1)"
if ((total_kb > 8 * 1024)); then
  echo "make-media: ERROR: media is ${total_kb} KB, over the 8 MB budget" >&2
  exit 1
fi
