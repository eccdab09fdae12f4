import { Suspense, useEffect, useMemo, useState } from 'react';
import { PlaneGeometry } from 'three';
import { SceneErrorBoundary } from '../../boot/SceneErrorBoundary';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { localize, type Booth } from '../../manifest';
import { useMaterial } from '../materials/useMaterial';
import { useCanvasTexture } from '../text/useCanvasTexture';
import { hasScreen, itemLabel, itemWords } from './headsetItems';
import { HeadsetImage } from './HeadsetImage';
import { HeadsetModel } from './HeadsetModel';
import { HeadsetVideo } from './HeadsetVideo';
import { paintBoard, paintBoardFace, PX_PER_M, type BoardLayout } from './paintHeadset';
import { XrButton } from './XrButton';

const W = 1.3;
const H = 0.96;
/** The board's middle, at the height of a standing visitor's gaze a little lowered. */
const Y = 1.42;
const LAYOUT: BoardLayout = { header: 170, mediaX: 440, bodyTop: 250 };
const SCREEN_W = 0.74;
const SCREEN_H = (SCREEN_W * 9) / 16;
const ITEMS_PER_PAGE = 5;
/** An item button's height and the step between them (metres): two lines of a long title, read at arm's length. */
const ROW = { h: 0.08, step: 0.088 };
const px = (x: number) => x / PX_PER_M - W / 2;
const py = (y: number) => Y + H / 2 - y / PX_PER_M;

interface Props {
  booth: Booth;
  selected: number;
  onSelect: (index: number) => void;
  onStepInside: () => void;
  onClose: () => void;
}

/**
 * A booth's panel as a board in the world: its name and tagline, its items as buttons down the
 * left (five to a page), the chosen one on the right (video, picture, the words, a panorama to
 * step into, a model held out below the board), and close.
 */
export function BoothBoard({ booth, selected, onSelect, onStepInside, onClose }: Props) {
  const lang = useLang();
  const item = booth.media[selected];
  const screen = item ? hasScreen(item) : false;
  const title = localize(booth.exhibitor.name, lang);
  const subtitle = localize(booth.exhibitor.tagline, lang) || localize(booth.exhibitor.description, lang);
  const heading = item ? itemLabel(item, lang) : '';
  const body = item ? itemWords(item, lang) : localize(booth.exhibitor.description, lang);
  const layout = screen ? { ...LAYOUT, bodyTop: LAYOUT.header + 90 + Math.round((SCREEN_H + 0.08) * PX_PER_M) } : LAYOUT;
  const text = { title, subtitle, heading, body, accent: booth.colors.primary, hint: t('headsetHelp', lang) };
  const w = Math.round(W * PX_PER_M);
  const h = Math.round(H * PX_PER_M);
  const texture = useCanvasTexture(
    w,
    h,
    Object.values(text).join(''),
    (ctx) => paintBoard(ctx, w, h, text, layout),
    [title, subtitle, heading, body, screen, lang],
    paintBoardFace,
  );
  const material = useMaterial('label', { map: texture });
  const geometry = useMemo(() => new PlaneGeometry(W, H), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const [page, setPage] = useState(Math.floor(selected / ITEMS_PER_PAGE));
  const [turn, setTurn] = useState(0);
  const pages = Math.ceil(booth.media.length / ITEMS_PER_PAGE);
  const shown = booth.media.slice(page * ITEMS_PER_PAGE, (page + 1) * ITEMS_PER_PAGE);
  const screenX = px(LAYOUT.mediaX) + SCREEN_W / 2;
  const screenY = py(LAYOUT.header + 90) - SCREEN_H / 2;
  const itemW = 0.37;

  return (
    <group>
      {/* It takes the rays that meet it (a selection there is nothing), or they would pass on to the booth behind. */}
      <mesh geometry={geometry} material={material} position={[0, Y, 0]} name="board" onClick={(e) => e.stopPropagation()} />
      <XrButton
        name="close"
        label={t('headsetClose', lang)}
        width={0.16}
        height={0.06}
        position={[W / 2 - 0.12, py(60), 0.01]}
        onSelect={onClose}
      />
      {shown.map((m, k) => {
        const i = page * ITEMS_PER_PAGE + k;
        return (
          <XrButton
            key={i}
            name={`item-${i}`}
            label={itemLabel(m, lang)}
            tone={i === selected ? 'primary' : 'quiet'}
            width={itemW}
            height={ROW.h}
            position={[px(40) + itemW / 2, py(LAYOUT.header + 45) - k * ROW.step, 0.01]}
            onSelect={() => onSelect(i)}
          />
        );
      })}
      {pages > 1 && (
        <XrButton
          name="more"
          label={`${page + 1} / ${pages} ›`}
          width={itemW}
          height={0.055}
          position={[px(40) + itemW / 2, py(LAYOUT.header + 45) - ITEMS_PER_PAGE * ROW.step, 0.01]}
          onSelect={() => setPage((page + 1) % pages)}
        />
      )}
      <group position={[screenX, screenY, 0.005]}>
        {item?.type === 'video' && (
          <HeadsetVideo key={selected} src={item.src} poster={item.poster} captions={item.captions} width={SCREEN_W} />
        )}
        {item?.type === 'image' && <HeadsetImage key={selected} src={item.src} width={SCREEN_W} height={SCREEN_H} />}
        {(item?.type === 'panorama' || item?.type === 'model') && item.poster && (
          <HeadsetImage key={selected} src={item.poster} width={SCREEN_W} height={SCREEN_H} />
        )}
        {item?.type === 'panorama' && (
          <XrButton
            name="step-inside"
            label={t('headsetStepInside', lang)}
            tone="primary"
            width={0.26}
            height={0.07}
            position={[0, 0, 0.01]}
            onSelect={onStepInside}
          />
        )}
      </group>
      {item?.type === 'model' && (
        <>
          {/* Held out below the board, within the visitor's reach. */}
          <group position={[0, 1.08, 0.62]}>
            <SceneErrorBoundary onError={() => {}}>
              <Suspense fallback={null}>
                <HeadsetModel key={item.src} src={item.src} turn={turn} />
              </Suspense>
            </SceneErrorBoundary>
          </group>
          <XrButton
            name="turn-left"
            label={t('headsetTurnLeft', lang)}
            width={0.16}
            height={0.06}
            position={[px(40) + 0.085, py(LAYOUT.header + 45) - (ITEMS_PER_PAGE + 1) * ROW.step, 0.01]}
            onSelect={() => setTurn(turn + Math.PI / 4)}
          />
          <XrButton
            name="turn-right"
            label={t('headsetTurnRight', lang)}
            width={0.16}
            height={0.06}
            position={[px(40) + itemW - 0.085, py(LAYOUT.header + 45) - (ITEMS_PER_PAGE + 1) * ROW.step, 0.01]}
            onSelect={() => setTurn(turn - Math.PI / 4)}
          />
        </>
      )}
    </group>
  );
}
