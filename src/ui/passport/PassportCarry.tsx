import { lazy, Suspense, useRef, useState } from 'react';
import { pageFlags } from '../../boot/flags';
import { tp } from '../../i18n/passportStrings';
import type { Lang } from '../../manifest';
import type { PassportHall } from '../../programme/passport';
import { encodePassport } from '../../programme/passportCode';
import { passportPayload } from '../../state/qrPayloads';

// The QR code (and the encoder it loads) only when a passport is shown with something to carry.
const QrCode = lazy(() => import('../QrCode').then((m) => ({ default: m.QrCode })));

interface Props {
  hall: PassportHall;
  stamps: readonly string[];
  origin: string;
  lang: Lang;
}

/** Copies with the async Clipboard API, else the old way from the selected field. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** "Carry it to your phone": the passport's link as a QR code and as text, with a copy button. */
export function PassportCarry({ hall, stamps, origin, lang }: Props) {
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const hasStamps = stamps.some((id) => hall.slots.includes(id));
  const url = hasStamps ? passportPayload(encodePassport(hall, stamps), { origin, hall: pageFlags.hall }) : null;
  // A kiosk's visitor scans; copying to a kiosk's clipboard helps nobody.
  const kiosk = pageFlags.kiosk !== null;
  const status = copied?.url === url ? copied : null;
  return (
    <section className="passport-carry" aria-labelledby="passport-carry-title">
      <h3 id="passport-carry-title">{tp('passportCarry', lang)}</h3>
      {url ? (
        <>
          <p className="passport-hint">{tp('passportCarryHint', lang)}</p>
          <Suspense fallback={<div className="qr-pending passport-qr-pending" />}>
            <QrCode text={url} title={tp('passportQrTitle', lang)} size={240} />
          </Suspense>
          <label className="passport-link">
            <span>{tp('passportLink', lang)}</span>
            <input ref={field} type="text" readOnly value={url} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          </label>
          {!kiosk && (
            <button
              type="button"
              className="hud-btn primary passport-copy"
              onClick={() => void copyText(url, field.current).then((ok) => setCopied({ url, ok }))}
            >
              {tp('passportCopy', lang)}
            </button>
          )}
          <p className="passport-copied" role="status">
            {status && tp(status.ok ? 'passportCopied' : 'passportCopyFailed', lang)}
          </p>
        </>
      ) : (
        <p className="passport-hint">{tp('passportCarryEmpty', lang)}</p>
      )}
    </section>
  );
}
