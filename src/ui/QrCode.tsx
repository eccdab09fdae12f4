import { useEffect, useState } from 'react';
import { useLang } from '../context/useLang';
import { qrCodeName } from '../i18n/qrStrings';
import { t } from '../i18n/strings';
import { shortUrlText } from '../state/qrPayloads';
import { makeQrShape, type QrShape } from './qrShape';
import './qr.css';

interface Props {
  /** What the code says (a URL from state/qrPayloads.ts). */
  text: string;
  /** What it opens: part of the code's accessible name. */
  title: string;
  /** Side in CSS pixels; at least 240, so a phone reads it from a kiosk's screen at arm's length. */
  size?: number;
}

/**
 * A QR code for the visitor's phone, made on this machine, black on white with its quiet zone,
 * named for what it is and opens, with the address beneath as text (for a phone without a
 * camera app, and so anyone can see where it goes).
 */
export function QrCode({ text, title, size = 280 }: Props) {
  const lang = useLang();
  // The code drawn for `text`; one for an earlier text is not shown.
  const [made, setMade] = useState<{ text: string; shape: QrShape | null } | null>(null);
  useEffect(() => {
    let live = true;
    makeQrShape(text).then(
      (shape) => live && setMade({ text, shape }),
      () => live && setMade({ text, shape: null }),
    );
    return () => {
      live = false;
    };
  }, [text]);
  const side = Math.max(240, size);
  const shape = made?.text === text ? made.shape : undefined;
  const name = qrCodeName(title, lang);
  return (
    <figure className="qr-code" data-qr-text={text}>
      {shape ? (
        <svg
          role="img"
          aria-label={name}
          width={side}
          height={side}
          viewBox={`0 0 ${shape.side} ${shape.side}`}
          shapeRendering="crispEdges"
        >
          <rect width={shape.side} height={shape.side} fill="#fff" />
          <path d={shape.path} fill="#000" />
        </svg>
      ) : shape === null ? (
        <p className="qr-failed" role="alert" style={{ width: side }}>
          {t('qrCannotCode', lang)}
        </p>
      ) : (
        <div className="qr-pending" role="img" aria-label={name} aria-busy="true" style={{ width: side, height: side }} />
      )}
      <figcaption dir="ltr">{shortUrlText(text, 44)}</figcaption>
    </figure>
  );
}
