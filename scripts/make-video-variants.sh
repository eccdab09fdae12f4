#!/usr/bin/env bash
# make-video-variants.sh: the sample expo's accessible video, built from one of
# make-media.sh's micro-videos (run that first when the slides change):
#
#   video/<name>.zh.mp4, <name>.en.mp4   a cut per spoken language: the same
#                                        picture, each caption cue narrated by
#                                        espeak-ng in its language
#   video/<name>.sign.mp4                the sign-language version: an inset
#                                        with a (placeholder, drawn) signer
#   video/<name>.chapters.{zh,en}.vtt    chapters, and
#   video/<name>.desc.{zh,en}.vtt        audio descriptions of what is shown,
#                                        both written by hand in
#                                        assets/sample-media/accessible/
#
# The sample signer is a drawn figure, not an interpreter: it shows where a
# real exhibitor's signed video goes, and lets the tests switch to it.
# Needs ffmpeg, espeak-ng, sox, python3 and fonts-noto-cjk (Debian packages).
# Outputs are committed; re-running is repeatable like make-media.sh.
# Usage: bash scripts/make-video-variants.sh [name]   (default: telecom-scam)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME="${1:-telecom-scam}"
VID="$ROOT/scenes/sample/media/video"
TEXTS="$ROOT/assets/sample-media/accessible/$NAME"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/make-variants.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
for tool in ffmpeg ffprobe espeak-ng sox python3; do
  command -v "$tool" >/dev/null || { echo "make-video-variants: missing tool: $tool" >&2; exit 1; }
done
FF=(ffmpeg -nostdin -hide_banner -loglevel error -y)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1)
SOX=(sox -R -V1)
declare -A VOICE=([zh]=cmn [en]=en)
declare -A SPEED=([zh]=170 [en]=165)

# Caption cues as "start end text" lines (seconds), read from the WebVTT files.
cues() { # <vtt>
  python3 - "$1" <<'PY'
import re, sys
def sec(t):
    h, m, s = t.split(':')
    return int(h) * 3600 + int(m) * 60 + float(s)
text = open(sys.argv[1], encoding='utf-8').read()
for block in text.strip().split('\n\n')[1:]:
    lines = block.strip().split('\n')
    i = next(k for k, l in enumerate(lines) if '-->' in l)
    a, b = [x.strip() for x in lines[i].split('-->')]
    print(f"{sec(a):.3f}\t{sec(b.split()[0]):.3f}\t{' '.join(lines[i + 1:])}")
PY
}

# Narrated cut per language: each cue spoken from its start, sped up (never
# slowed) to fit before the next, over the video's own music turned down.
for lang in zh en; do
  echo "cut: $NAME.$lang"
  inputs=(-i "$VID/$NAME.mp4")
  mix="[0:a]volume=0.35[m0];"
  labels="[m0]"
  n=0
  while IFS=$'\t' read -r start end text; do
    n=$((n + 1))
    raw="$WORK/$lang.$n.raw.wav"
    printf '%s\n' "$text" | espeak-ng -v "${VOICE[$lang]}" -s "${SPEED[$lang]}" -w "$raw"
    slot="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a - 0.25 }')"
    len="$(sox --i -D "$raw")"
    tempo="$(awk -v l="$len" -v s="$slot" 'BEGIN { t = l / s; printf "%.3f", (t > 1 ? t : 1) }')"
    "${SOX[@]}" "$raw" -r 44100 -c 2 -b 16 "$WORK/$lang.$n.wav" highpass 80 tempo -s "$tempo" norm -3
    inputs+=(-i "$WORK/$lang.$n.wav")
    ms="$(awk -v a="$start" 'BEGIN { printf "%d", a * 1000 + 150 }')"
    mix+="[$n:a]adelay=${ms}|${ms}[s$n];"
    labels+="[s$n]"
  done < <(cues "$VID/$NAME.$lang.vtt")
  mix+="${labels}amix=inputs=$((n + 1)):duration=first:normalize=0[a]"
  "${FF[@]}" "${inputs[@]}" -filter_complex "$mix" -map 0:v -map "[a]" -c:v copy \
    -c:a aac -b:a 64k -ar 44100 "${BITEXACT[@]}" -movflags +faststart "$VID/$NAME.$lang.mp4"
done

# The sign-language version, laid out as broadcasters do: the programme
# scaled down on the left, the signer (here a drawn figure whose hands move)
# in a panel on the right, labelled.
echo "sign: $NAME"
X=488 Y=48 W=144 H=264
FIG="[0:v]scale=470:264,pad=640:360:8:48:color=0x0f172a"
FIG+=",drawbox=x=$X:y=$Y:w=$W:h=$H:color=0xe2e8f0:t=fill"
FIG+=",drawbox=x=$((X + 46)):y=$((Y + 130)):w=52:h=110:color=0x1e3a8a:t=fill"    # torso
ARM_A="drawbox=x=$((X + 24)):y=$((Y + 96)):w=18:h=60:color=0x475569:t=fill,drawbox=x=$((X + 102)):y=$((Y + 140)):w=18:h=60:color=0x475569:t=fill"
ARM_B="drawbox=x=$((X + 24)):y=$((Y + 140)):w=18:h=60:color=0x475569:t=fill,drawbox=x=$((X + 102)):y=$((Y + 96)):w=18:h=60:color=0x475569:t=fill"
on_a="enable='lt(mod(t\,0.9)\,0.45)'"
on_b="enable='gte(mod(t\,0.9)\,0.45)'"
FIG+=",${ARM_A//t=fill/t=fill:$on_a}"
FIG+=",${ARM_B//t=fill/t=fill:$on_b}"
# (font= finds the Simplified Chinese face by family; a .ttc path would open the Japanese one.)
printf '%s' '●' >"$WORK/head.txt"
FIG+=",drawtext=font='Noto Sans CJK SC':textfile=$WORK/head.txt:expansion=none:fontsize=64:fontcolor=0x475569:x=$((X + 40)):y=$((Y + 58))"
printf '%s' '手语' >"$WORK/l1.txt"
printf '%s' 'Sign language' >"$WORK/l2.txt"
FIG+=",drawtext=font='Noto Sans CJK SC':textfile=$WORK/l1.txt:expansion=none:fontsize=16:fontcolor=0x0f172a:x=$((X + 12)):y=$((Y + 12))"
FIG+=",drawtext=font='Noto Sans CJK SC':textfile=$WORK/l2.txt:expansion=none:fontsize=12:fontcolor=0x334155:x=$((X + 12)):y=$((Y + 34))"
FIG+="[v]"
"${FF[@]}" -i "$VID/$NAME.zh.mp4" -filter_complex "$FIG" -map "[v]" -map 0:a -c:v libx264 -preset medium -crf 28 -pix_fmt yuv420p \
  -c:a copy "${BITEXACT[@]}" -movflags +faststart "$VID/$NAME.sign.mp4"

# Chapters and audio descriptions are written by hand (what a slide shows is not in its captions).
for lang in zh en; do
  cp "$TEXTS.chapters.$lang.vtt" "$VID/$NAME.chapters.$lang.vtt"
  cp "$TEXTS.desc.$lang.vtt" "$VID/$NAME.desc.$lang.vtt"
done
echo "done: $VID/$NAME.{zh,en,sign}.mp4, chapters and descriptions"
