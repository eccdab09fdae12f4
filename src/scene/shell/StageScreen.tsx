import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { usePavilion } from '../../context/usePavilion';
import { useProgramme } from '../../context/useProgramme';
import { useTour } from '../../context/useTour';
import { localize, type Hall, type Lang, type Zone } from '../../manifest';
import type { Session } from '../../manifest/programme';
import { nextChangeAt, stageAt } from '../../programme/schedule';
import { loadImage } from '../atlas/loadImage';
import { useMaterial } from '../materials/useMaterial';
import { onSoftwareGpu } from '../renderer/softwareGpu';
import { drawTextBlock } from '../text/drawText';
import { useCanvasTexture } from '../text/useCanvasTexture';
import { stageProbe } from '../video/stageProbe';
import { useMotion } from '../../context/useMotion';
import { pageFlags } from '../../boot/flags';
import { startStageStream, type StageStream, type StageStreamState } from '../video/stageStream';
import { VideoScreen } from '../video/VideoScreen';
import { COUNTDOWN_SECONDS_MS, stageCardLines } from './stageCard';
import { isDrag } from '../controls/pointerTravel';

interface Props {
  position: [number, number, number];
  size: [number, number];
  hall: Hall;
  zone: Zone | undefined;
  lang: Lang;
}

const NO_SESSIONS: Session[] = [];

/**
 * The forum's big screen follows the programme: the live talk's stream (muted) while it runs, a
 * countdown before a talk, the last talk's replay card after it, the forum's card otherwise. A
 * stream that is connecting or failed shows its card and message, never black. A tap opens the
 * stage's player.
 */
export function StageScreen({ position, size, hall, zone, lang }: Props) {
  const { clock, tour } = usePavilion();
  const gl = useThree((s) => s.gl);
  const sessions = useProgramme((s) => s.programme?.sessions ?? NO_SESSIONS);
  const where = zone?.id ?? null;
  const [now, setNow] = useState(clock);
  const st = useMemo(() => (where ? stageAt(sessions, where, now) : ({ kind: 'idle' } as const)), [sessions, where, now]);

  // Looked at again when the state can change: each second in a countdown's last ten minutes,
  // else at the next start or end (at least twice a minute, for the countdown's minutes).
  useEffect(() => {
    const soon = where ? nextChangeAt(sessions, where, now) : null;
    let wait = st.kind === 'countdown' && st.ms < COUNTDOWN_SECONDS_MS ? 1000 - (now % 1000) : 30_000;
    if (soon !== null) wait = Math.min(wait, Math.max(50, soon - now));
    const t = window.setTimeout(() => setNow(clock()), wait);
    return () => window.clearTimeout(t);
  }, [st, sessions, where, now, clock]);

  // Reduced motion: no moving picture the visitor did not start (the player has the stream).
  const still = useMotion((m) => m.reduced) && pageFlags.kiosk === null;
  const live = st.kind === 'live' && st.session.stream && !still ? st.session : null;
  const [stream, setStream] = useState<StageStreamState | null>(null);
  const feedRef = useRef<VideoScreen | null>(null);
  const streamRef = useRef<StageStream | null>(null);
  const [shown, setShown] = useState<VideoScreen | null>(null);
  // The stage's full player plays the same talk with sound: this muted copy waits (its last frame
  // on the screen) rather than download and decode it twice, and joins again where the talk is when it closes.
  const playerOpen = useTour((s) => s.sheet?.kind === 'stage');
  useEffect(() => {
    if (!live?.stream) return;
    const s = startStageStream({ url: live.stream, sessionStart: live.start, clock, onChange: setStream });
    s.hold(tour.getState().sheet?.kind === 'stage');
    const feed = new VideoScreen(s.video, onSoftwareGpu(gl));
    feedRef.current = feed;
    streamRef.current = s;
    stageProbe.video = s.video;
    return () => {
      s.dispose();
      feed.dispose();
      feedRef.current = null;
      streamRef.current = null;
      stageProbe.video = null;
      setShown(null);
      setStream(null);
    };
  }, [live?.stream, live?.start, clock, gl, tour]);
  useEffect(() => streamRef.current?.hold(playerOpen), [playerOpen]);
  useFrame(() => {
    const feed = feedRef.current;
    if (feed?.update() && shown !== feed) setShown(feed);
  });

  const playing = shown !== null && stream?.playing === true;
  const onScreen = shown !== null && (stream?.playing === true || stream?.held === true);
  // While the live talk's stream connects or has failed, its poster fills the screen under the
  // message. Not before or after it: a live poster says LIVE, and busy pictures under a countdown
  // blur its text from across the hall. After a talk, its card, not its replay playing: a muted
  // replay would look live from afar, its player (a tap away) has it with sound and captions, and
  // a card costs no decoder.
  const posterUrl = live?.poster ?? null;
  const [poster, setPoster] = useState<{ url: string; img: HTMLImageElement } | null>(null);
  useEffect(() => {
    if (!posterUrl) return;
    let on = true;
    void loadImage(posterUrl).then((img) => on && img && setPoster({ url: posterUrl, img }));
    return () => {
      on = false;
    };
  }, [posterUrl]);
  const backdrop = poster && poster.url === posterUrl ? poster.img : null;
  useEffect(() => {
    Object.assign(stageProbe, {
      state: st.kind,
      sessionId: st.kind === 'idle' ? null : st.session.id,
      playing,
      held: stream?.held ?? false,
      error: stream?.error ?? null,
      engine: stream?.engine ?? null,
    });
    document.body.dataset.stage = st.kind;
  }, [st, playing, stream]);
  useEffect(() => () => void delete document.body.dataset.stage, []);

  const forum = {
    name: zone ? localize(zone.name, lang) : '',
    title: localize(hall.title, lang),
    dates: `${hall.dates.start} — ${hall.dates.end}`,
  };
  const card = stageCardLines(st, lang, forum, { error: stream?.error ?? null });
  const text = card.lines.map((l) => l.text).join('\n');
  const texture = useCanvasTexture(
    1600,
    900,
    `${text}${card.badge ?? ''}`,
    (ctx, cw, ch) => {
      const g = ctx.createRadialGradient(cw / 2, ch * 0.4, 50, cw / 2, ch / 2, cw * 0.7);
      g.addColorStop(0, '#1d4ed8');
      g.addColorStop(1, '#0b1d4d');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, cw, ch);
      if (backdrop) {
        ctx.drawImage(backdrop, 0, 0, cw, ch);
        // Dimmed so the message reads over any picture.
        ctx.fillStyle = 'rgba(11, 29, 77, 0.74)';
        ctx.fillRect(0, 0, cw, ch);
      }
      // The badge low on the screen: the forum's hanging board hides its top from the plaza.
      if (card.badge) {
        ctx.fillStyle = card.badgeColor;
        ctx.fillRect(cw / 2 - 150, ch - 190, 300, 96);
        drawTextBlock(ctx, [{ text: card.badge, weight: 700, size: 56, color: '#ffffff' }], {
          x: cw / 2 - 150,
          y: ch - 190,
          w: 300,
          h: 96,
        });
      }
      drawTextBlock(ctx, card.lines, { x: 80, y: 200, w: cw - 160, h: ch - (card.badge ? 420 : 360) });
    },
    [text, card.badge, card.badgeColor, backdrop],
  );
  const picture = useMaterial('picture', { map: texture });

  return (
    <mesh
      position={position}
      name="stage-screen"
      onClick={(e) => {
        if (isDrag(e)) return;
        e.stopPropagation();
        tour.getState().openSheet(st.kind === 'idle' ? { kind: 'programme' } : { kind: 'stage', id: st.session.id });
      }}
    >
      <planeGeometry args={size} />
      {onScreen && shown ? (
        <primitive object={shown.material} attach="material" />
      ) : (
        <primitive object={picture} attach="material" />
      )}
    </mesh>
  );
}
