import { useEffect, useRef, useState } from 'react';
import { localize, type Lang, type MediaItem } from '../../manifest';
import { pageFlags } from '../../boot/flags';
import { t } from '../../i18n/strings';
import { h5Payload } from '../../state/qrPayloads';
import { QrCode } from '../QrCode';
import { OutsideLink } from './OutsideLink';
import { useStampBridge } from './useStampBridge';

type H5 = Extract<MediaItem, { type: 'h5' }>;

/**
 * The sandbox an exhibitor's page runs in: scripts only. Never `allow-same-origin` with
 * `allow-scripts` (together they let a page lift its own sandbox), no top navigation, no
 * popups, no forms, no modals, no device features.
 */
export const H5_SANDBOX = 'allow-scripts';

/** Adds the visitor's language, so the page can follow the pavilion's language switch. */
export function h5Url(src: string, lang: Lang): string {
  const u = new URL(src);
  // A local file shown in the studio's preview: an object URL with a query names no object.
  if (u.protocol === 'blob:') return u.href;
  u.searchParams.set('lang', lang);
  return u.href;
}

/** What the page's headers say about framing it; `unknown` when they cannot be read (no CORS, or no network). */
type Framing = 'allowed' | 'refused' | 'unknown';

/** Reads framing headers where CORS lets us; a page that forbids framing gets the link instead. */
async function framingOf(url: string): Promise<Framing> {
  if (url.startsWith('blob:')) return 'allowed'; // a local file in the studio's preview: no headers, no HEAD
  try {
    const res = await fetch(url, { method: 'HEAD', mode: 'cors', credentials: 'omit' });
    const xfo = (res.headers.get('x-frame-options') ?? '').toLowerCase();
    const csp = (res.headers.get('content-security-policy') ?? '').toLowerCase();
    const sameOrigin = new URL(url).origin === location.origin;
    if (xfo.includes('deny') || (xfo.includes('sameorigin') && !sameOrigin)) return 'refused';
    const fa = /frame-ancestors([^;]*)/.exec(csp)?.[1]?.trim();
    return fa !== undefined && (fa === "'none'" || (fa === "'self'" && !sameOrigin)) ? 'refused' : 'allowed';
  } catch {
    return 'unknown'; // cannot tell (no CORS): try to frame it, the link is always there
  }
}

/**
 * Whether the page's server answers at all: an opaque (no-cors) request resolves whenever a
 * server replies, CORS or not, and fails only when nothing does. A frame that cannot load would
 * show the browser's own error page (no service worker serves a sandboxed frame): a kiosk whose
 * network is gone says so instead.
 */
async function reachable(url: string): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** An exhibitor's H5 page in its sandbox; it may stamp its own booth's passport (useStampBridge). */
export function H5Frame({ item, lang, boothId }: { item: H5; lang: Lang; boothId: string }) {
  const url = h5Url(item.src, lang);
  const frame = useRef<HTMLIFrameElement>(null);
  useStampBridge(frame, boothId);
  // The pages found to refuse framing; a page not checked yet is framed meanwhile.
  const [refusedSrc, setRefusedSrc] = useState<string | null>(null);
  const refused = refusedSrc === item.src;
  // The pages found unreachable (the network is down); checked again when it comes back.
  const [offlineSrc, setOfflineSrc] = useState<string | null>(() => (navigator.onLine ? null : item.src));
  const offline = offlineSrc === item.src;
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const framing = navigator.onLine ? await framingOf(item.src) : 'unknown';
      if (!live) return;
      setRefusedSrc(framing === 'refused' ? item.src : null);
      const down = framing === 'unknown' && !item.src.startsWith('blob:') && !(await reachable(item.src));
      if (live) setOfflineSrc(down ? item.src : null);
    })();
    return () => {
      live = false;
    };
  }, [item.src, attempt]);
  useEffect(() => {
    const recheck = () => setAttempt((n) => n + 1);
    window.addEventListener('online', recheck);
    window.addEventListener('offline', recheck);
    return () => {
      window.removeEventListener('online', recheck);
      window.removeEventListener('offline', recheck);
    };
  }, []);
  const title = localize(item.title, lang);
  // A kiosk never opens another page: the one refused here goes to the visitor's phone instead.
  const phoneText = pageFlags.kiosk !== null ? h5Payload(item.src, lang) : null;
  return (
    <div className={`h5-frame h5-${item.orientation}`}>
      {item.description && <p className="h5-desc">{localize(item.description, lang)}</p>}
      {offline ? (
        <div className="media-failed h5-offline" role="status">
          <p>{t('h5Offline', lang)}</p>
          <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>
            {t('tryAgain', lang)}
          </button>
        </div>
      ) : refused && phoneText ? (
        <>
          <p className="media-failed" role="alert">
            {t('h5BlockedKiosk', lang)}
          </p>
          <QrCode text={phoneText} title={title} />
        </>
      ) : refused ? (
        <p className="media-failed" role="alert">
          {t('h5Blocked', lang)}
        </p>
      ) : (
        <iframe
          ref={frame}
          key={url}
          src={url}
          title={title}
          sandbox={H5_SANDBOX}
          referrerPolicy="no-referrer"
          allow=""
          loading="lazy"
        />
      )}
      {!(refused && phoneText) && (
        <OutsideLink className="new-tab" href={url} title={title}>
          {t(pageFlags.kiosk !== null ? 'qrOpenOnPhone' : 'openNewTab', lang)}
        </OutsideLink>
      )}
    </div>
  );
}
