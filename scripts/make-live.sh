#!/usr/bin/env bash
# make-live.sh: the sample expo's "live" stream, served by the project itself (never a CDN).
#
#   live/opening/index.m3u8    HLS playlist (VOD-style: every segment listed, #EXT-X-ENDLIST)
#   live/opening/seg-NNN.ts    4 s MPEG-TS segments: H.264 Constrained Baseline + AAC-LC mono
#   live/opening/poster.jpg    still shown before it plays
#
# (paths under scenes/sample/media/). The programme is the sample micro-videos from
# video/*.mp4, back to back with their audio (~2 min 40 s), with a "LIVE" badge, re-encoded at
# a small bitrate so the whole stream stays under 3 MB. Baseline H.264 + AAC in MPEG-TS is what
# hls.js remuxes for MSE in every Chromium, and what Safari plays natively.
#
# programme.json's opening keynote (and the Telecom Day keynote) point `stream` here; a real
# organiser replaces it with their encoder's live playlist on the same origin or an allowed one.
#
# Run by scripts/make-media.sh after the videos (so the media budget check counts it); it can
# also be run on its own once video/*.mp4 exist. The outputs are committed. Dependencies (Debian
# packages): ffmpeg, fonts-dejavu-core. Repeatable like make-media.sh: bit-exact flags, one
# encoder thread and fixed keyframes, so an unchanged script rewrites byte-identical files
# (given the same tool versions).
#
# Usage: bash scripts/make-live.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MEDIA="$ROOT/scenes/sample/media"
OUT="$MEDIA/live/opening"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
# Order of the programme: the week's themes as the opening keynote walks through them.
CLIPS=(personal-info telecom-scam phishing-email strong-password sim-swap public-wifi fake-investment school-ransomware)
SEGMENT_S=4
FPS=24
# Budget for the whole stream (playlist, segments, poster).
MAX_KB=3072

for tool in ffmpeg ffprobe; do
  command -v "$tool" >/dev/null || { echo "make-live: missing tool: $tool" >&2; exit 1; }
done
[[ -f "$FONT" ]] || { echo "make-live: missing font $FONT (Debian: fonts-dejavu-core)" >&2; exit 1; }

FF=(ffmpeg -nostdin -hide_banner -loglevel error -y)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1)

inputs=()
graph=""
for i in "${!CLIPS[@]}"; do
  f="$MEDIA/video/${CLIPS[i]}.mp4"
  [[ -f "$f" ]] || { echo "make-live: missing $f (run scripts/make-media.sh)" >&2; exit 1; }
  inputs+=(-i "$f")
  graph+="[$i:v][$i:a]"
done
# The badge: a red pill with "● LIVE" in the top-right corner, clear of the slides' text.
BADGE="drawbox=x=548:y=14:w=78:h=26:color=0xdc2626@0.92:t=fill"
BADGE+=",drawtext=fontfile=$FONT:text='● LIVE':expansion=none:fontsize=14:fontcolor=white:x=558:y=19"
graph+="concat=n=${#CLIPS[@]}:v=1:a=1[cv][ca];[cv]$BADGE,format=yuv420p[v]"

rm -rf "$OUT"
mkdir -p "$OUT"
# Keyframes exactly every 4 s and no scene-cut keyframes, so every segment is 4 s long and
# starts on an IDR frame (hls.js and Safari can start at any segment).
"${FF[@]}" "${inputs[@]}" -filter_complex "$graph" -map "[v]" -map "[ca]" \
  -c:v libx264 -threads 1 -preset slow -profile:v baseline -level 3.0 -pix_fmt yuv420p \
  -crf 30 -maxrate 80k -bufsize 160k -r "$FPS" \
  -g $((FPS * SEGMENT_S)) -keyint_min $((FPS * SEGMENT_S)) -sc_threshold 0 \
  -c:a aac -b:a 32k -ac 1 -ar 44100 \
  "${BITEXACT[@]}" \
  -f hls -hls_time "$SEGMENT_S" -hls_playlist_type vod -hls_segment_type mpegts \
  -hls_flags independent_segments -hls_segment_filename "$OUT/seg-%03d.ts" \
  "$OUT/index.m3u8"

# Poster: a darkened frame of the opening with the badge large under its title, in the slides' 640x360.
# -q:v 4 as make-media.sh's posters (≈ libjpeg quality 80).
"${FF[@]}" -i "$OUT/index.m3u8" -ss 2 -frames:v 1 \
  -vf "colorchannelmixer=rr=0.55:gg=0.55:bb=0.55,drawbox=x=32:y=250:w=168:h=56:color=0xdc2626:t=fill,drawtext=fontfile=$FONT:text='● LIVE':expansion=none:fontsize=30:fontcolor=white:x=32+(168-text_w)/2:y=263" \
  -q:v 4 "${BITEXACT[@]}" "$OUT/poster.jpg"
[[ -s "$OUT/poster.jpg" ]] || { echo "make-live: no poster frame" >&2; exit 1; }

# The segments must decode, and the total length must be what we concatenated.
dur="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$OUT/index.m3u8")"
kb="$(du -sk "$OUT" | cut -f1)"
echo "live: opening ${dur}s, $(find "$OUT" -name 'seg-*.ts' | wc -l) segments, ${kb} KB"
if ((kb > MAX_KB)); then
  echo "make-live: ERROR: stream is ${kb} KB, over the ${MAX_KB} KB budget" >&2
  exit 1
fi
