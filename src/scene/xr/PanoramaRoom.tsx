import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, type RefObject } from 'react';
import { usePavilion } from '../../context/usePavilion';
import { SphereGeometry, SRGBColorSpace, VideoTexture, type Object3D } from 'three';
import { releaseVideo } from '../../boot/releaseVideo';
import { audioStore } from '../../context/pageStores';
import { useLang } from '../../context/useLang';
import { directionOf } from '../../hall/panoramaMath';
import { panelPose, type FloorPose } from '../../hall/xrMotion';
import { t } from '../../i18n/strings';
import { localize, type Panorama } from '../../manifest';
import { HeadsetPicture } from './HeadsetPicture';
import { usePictureTexture } from './usePictureTexture';
import { XrButton } from './XrButton';

const RADIUS = 30;
const HOTSPOT_DISTANCE = 2.5;
/**
 * A hotspot's button (metres): its words about 6 cm tall, 1.3° at that distance, the least that
 * reads comfortably in a headset (at 0.1 m they were under 1°).
 */
const HOTSPOT_W = 0.7;
const HOTSPOT_H = 0.14;
const EYE = 1.6;
/** How far (metres) the visitor is taken from where they stepped in before the picture is left behind (a step in the room is not). */
const LEFT_BEHIND = 1.5;

interface Props {
  item: Panorama;
  /** Where the visitor stood and looked when they stepped inside. */
  head: FloorPose;
  /** The hall, hidden while the visitor is inside the picture. */
  hall: RefObject<Object3D | null>;
  onLeave: () => void;
  /** A hotspot linking another of the booth's items: the panel opens it. */
  onOpenItem: (index: number) => void;
}

/** A 360° video's element and frames: it plays as the visitor steps inside (their choice), following the pavilion's mute. */
function usePanoramaVideo(item: Panorama): VideoTexture | null {
  const video = useMemo(() => {
    if (item.format !== 'video') return null;
    const el = document.createElement('video');
    el.crossOrigin = 'anonymous';
    el.playsInline = true;
    el.loop = true;
    el.src = item.src;
    return el;
  }, [item.format, item.src]);
  const texture = useMemo(() => {
    if (!video) return null;
    const tex = new VideoTexture(video);
    tex.colorSpace = SRGBColorSpace;
    return tex;
  }, [video]);
  useEffect(() => {
    if (!video || !texture) return;
    video.muted = audioStore.getState().muted;
    const unsub = audioStore.subscribe((s) => (video.muted = s.muted));
    // Refused with sound (autoplay rules): it plays muted rather than not at all.
    video.play().catch(() => {
      video.muted = true;
      return video.play().catch(() => {});
    });
    return () => {
      unsub();
      releaseVideo(video);
      texture.dispose();
    };
  }, [video, texture]);
  return texture;
}

/**
 * A panorama the visitor stands inside: the picture (or 360° video) on a sphere around them,
 * its `initialYaw` straight ahead of where they looked, the hall hidden meanwhile; hotspots are
 * buttons where their places are; "back to the hall" floats ahead, a little low.
 */
export function PanoramaRoom({ item, head, hall, onLeave, onOpenItem }: Props) {
  const lang = useLang();
  const video = usePanoramaVideo(item);
  const picture = usePictureTexture(item.format === 'image' ? item.src : null);
  const texture = video ?? picture;
  const geometry = useMemo(() => {
    const g = new SphereGeometry(RADIUS, 64, 32);
    g.scale(-1, 1, 1);
    return g;
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);

  // Taken elsewhere (a teleport, the entrance, the guided tour): the picture stays behind.
  const { visitor } = usePavilion();
  useFrame(() => {
    if (Math.hypot(visitor.pos.x - head.x, visitor.pos.z - head.z) > LEFT_BEHIND) onLeave();
  });

  useEffect(() => {
    const root = hall.current;
    if (!root) return;
    // Hidden is not enough: a ray still meets hidden objects, and a booth behind the picture
    // would take the visitor's selection.
    root.visible = false;
    root.pointerEvents = 'none';
    return () => {
      root.visible = true;
      root.pointerEvents = undefined;
    };
  }, [hall]);

  // The picture's yaw 0 runs down -Z turned by -π/2 (as in the page's viewer); its initialYaw
  // goes where the visitor faces.
  const turn = head.yaw + (item.initialYaw * Math.PI) / 180;
  const back = panelPose(head, 1.1);
  return (
    <>
      <group position={[head.x, EYE, head.z]} rotation-y={turn}>
        {texture && <HeadsetPicture texture={texture} geometry={geometry} rotationY={-Math.PI / 2} />}
        {item.hotspots.map((spot, i) => {
          const [x, y, z] = directionOf(spot.yaw, spot.pitch);
          const p: [number, number, number] = [x * HOTSPOT_DISTANCE, y * HOTSPOT_DISTANCE, z * HOTSPOT_DISTANCE];
          const target = spot.item;
          return (
            <group key={i} position={p} rotation-y={Math.atan2(-p[0], -p[2])}>
              <XrButton
                name={`hotspot-${i}`}
                label={localize(spot.label, lang)}
                tone={target === undefined ? 'quiet' : 'plain'}
                width={HOTSPOT_W}
                height={HOTSPOT_H}
                onSelect={() => target !== undefined && onOpenItem(target)}
              />
            </group>
          );
        })}
      </group>
      <group position={[back.x, 1.05, back.z]} rotation-y={back.yaw}>
        <XrButton name="back" label={t('headsetBackToHall', lang)} tone="primary" width={0.3} height={0.07} onSelect={onLeave} />
      </group>
    </>
  );
}
