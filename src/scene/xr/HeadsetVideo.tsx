import { useEffect, useMemo, useState } from 'react';
import { PlaneGeometry, SRGBColorSpace, VideoTexture } from 'three';
import { CAPTIONS_KEY, trackFor } from '../../boot/captionChoice';
import { releaseVideo } from '../../boot/releaseVideo';
import { audioStore, pagePrefs } from '../../context/pageStores';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { urlIn, type CaptionTrack, type LocalizedUrl } from '../../manifest';
import { HeadsetCaption } from './HeadsetCaption';
import { HeadsetImage } from './HeadsetImage';
import { HeadsetPicture } from './HeadsetPicture';
import { XrButton } from './XrButton';

interface Props {
  src: LocalizedUrl;
  poster?: string;
  captions: readonly CaptionTrack[];
  width: number;
}

/**
 * A video on the panel's screen, in the visitor's language's cut: its poster until the visitor
 * plays it (nothing starts by itself with sound in a headset), captions under it as on the page,
 * sound following the pavilion's mute. The element and its texture are released on close.
 */
export function HeadsetVideo({ src, poster, captions, width }: Props) {
  const lang = useLang();
  const url = urlIn(src, lang);
  const height = (width * 9) / 16;
  const trackIndex = pagePrefs.get(CAPTIONS_KEY) === 'off' ? -1 : trackFor(captions, lang, ['captions', 'subtitles']);
  const track = trackIndex >= 0 ? captions[trackIndex] : undefined;
  const video = useMemo(() => {
    const el = document.createElement('video');
    el.crossOrigin = 'anonymous';
    el.playsInline = true;
    el.preload = 'metadata';
    el.src = url;
    if (track) {
      const node = document.createElement('track');
      node.kind = track.kind;
      node.srclang = track.lang;
      node.src = track.src;
      el.appendChild(node);
    }
    return el;
  }, [url, track]);
  const texture = useMemo(() => {
    const tex = new VideoTexture(video);
    tex.colorSpace = SRGBColorSpace;
    return tex;
  }, [video]);
  const geometry = useMemo(() => new PlaneGeometry(width, height), [width, height]);
  const [playing, setPlaying] = useState(false);
  const [started, setStarted] = useState(false);
  const [cue, setCue] = useState('');

  useEffect(() => {
    video.muted = audioStore.getState().muted;
    const unsub = audioStore.subscribe((s) => (video.muted = s.muted));
    const on = () => {
      setPlaying(true);
      setStarted(true);
    };
    const off = () => setPlaying(false);
    video.addEventListener('play', on);
    video.addEventListener('pause', off);
    const text = video.textTracks[0];
    const onCue = () => setCue(Array.from(text?.activeCues ?? [], (c) => (c as VTTCue).text).join('\n'));
    if (text) {
      text.mode = 'hidden';
      text.addEventListener('cuechange', onCue);
    }
    return () => {
      unsub();
      video.removeEventListener('play', on);
      video.removeEventListener('pause', off);
      text?.removeEventListener('cuechange', onCue);
      releaseVideo(video);
      texture.dispose();
      geometry.dispose();
    };
  }, [video, texture, geometry]);

  return (
    <group>
      {started || !poster ? (
        <HeadsetPicture texture={texture} geometry={geometry} />
      ) : (
        <HeadsetImage src={poster} width={width} height={height} />
      )}
      <XrButton
        name="play"
        label={playing ? t('headsetPause', lang) : t('headsetPlay', lang)}
        tone={playing ? 'plain' : 'primary'}
        width={0.2}
        height={0.06}
        position={[0, -height / 2 + 0.045, 0.01]}
        onSelect={() => (video.paused ? void video.play().catch(() => setPlaying(false)) : video.pause())}
      />
      {track && <HeadsetCaption cue={cue} width={width} position={[0, -height / 2 - 0.035, 0.005]} />}
    </group>
  );
}
