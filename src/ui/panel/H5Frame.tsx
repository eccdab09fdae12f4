import { useEffect, useState } from 'react';
import { localize, type Lang, type MediaItem } from '../../manifest';
import { pageFlags } from '../../boot/flags';
import { t } from '../../i18n/strings';
import { h5Payload } from '../../state/qrPayloads';
import { QrCode } from '../QrCode';
import { OutsideLink } from './OutsideLink';

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

/** Reads framing headers where CORS lets us; a page that forbids framing gets the link instead. */
async function framingRefused(url: string): Promise<boolean> {
  if (url.startsWith('blob:')) return false; // a local file in the studio's preview: no headers, no HEAD
  try {
    const res = await fetch(url, { method: 'HEAD', mode: 'cors', credentials: 'omit' });
    const xfo = (res.headers.get('x-frame-options') ?? '').toLowerCase();
    const csp = (res.headers.get('content-security-policy') ?? '').toLowerCase();
    const sameOrigin = new URL(url).origin === location.origin;
    if (xfo.includes('deny') || (xfo.includes('sameorigin') && !sameOrigin)) return true;
    const fa = /frame-ancestors([^;]*)/.exec(csp)?.[1]?.trim();
    return fa !== undefined && (fa === "'none'" || (fa === "'self'" && !sameOrigin));
  } catch {
    return false; // cannot tell (no CORS): try to frame it, the link is always there
  }
}

export function H5Frame({ item, lang }: { item: H5; lang: Lang }) {
  const url = h5Url(item.src, lang);
  // The pages found to refuse framing; a page not checked yet is framed meanwhile.
  const [refusedSrc, setRefusedSrc] = useState<string | null>(null);
  const refused = refusedSrc === item.src;
  useEffect(() => {
    let live = true;
    void framingRefused(item.src).then((r) => live && setRefusedSrc(r ? item.src : null));
    return () => {
      live = false;
    };
  }, [item.src]);
  const title = localize(item.title, lang);
  // A kiosk never opens another page: the one refused here goes to the visitor's phone instead.
  const phoneText = pageFlags.kiosk !== null ? h5Payload(item.src, lang) : null;
  return (
    <div className={`h5-frame h5-${item.orientation}`}>
      {item.description && <p className="h5-desc">{localize(item.description, lang)}</p>}
      {refused && phoneText ? (
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
        <iframe key={url} src={url} title={title} sandbox={H5_SANDBOX} referrerPolicy="no-referrer" allow="" loading="lazy" />
      )}
      {!(refused && phoneText) && (
        <OutsideLink className="new-tab" href={url} title={title}>
          {t(pageFlags.kiosk !== null ? 'qrOpenOnPhone' : 'openNewTab', lang)}
        </OutsideLink>
      )}
    </div>
  );
}
