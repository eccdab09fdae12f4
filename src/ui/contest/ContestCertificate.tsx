import { useEffect, useState } from 'react';
import { localize, type Lang, type Localized } from '../../manifest';
import type { Contest } from '../../manifest/programme';
import type { AttemptScore } from '../../programme/contestDraw';
import { t, tf } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import {
  CERT_HEIGHT,
  CERT_WIDTH,
  certificateBlob,
  certificateDates,
  certificateFileName,
  drawCertificate,
} from './drawCertificate';
import { useInKiosk } from './useInKiosk';

interface Props {
  contest: Contest;
  hallTitle: Localized;
  score: AttemptScore;
  earnedAt: Date;
  timeZone: string;
  lang: Lang;
}

/** A text rebuilt from its strings, so the drawing depends on what it says, not on an object's identity. */
function text(zh: string | undefined, en: string | undefined): Localized {
  return { ...(zh !== undefined ? { zh } : {}), ...(en !== undefined ? { en } : {}) };
}

function scrollBehaviour(): ScrollBehavior {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

type Drawn = { status: 'drawing' } | { status: 'ready'; url: string } | { status: 'failed' };

/**
 * The certificate drawn on a canvas, shown as an image and offered as a PNG. Its object URL lives
 * as long as the preview and is revoked after. A kiosk's visitor cannot take a download away.
 */
export function ContestCertificate({ contest, hallTitle, score, earnedAt, timeZone, lang }: Props) {
  const kiosk = useInKiosk();
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' });
  const [hallZh, hallEn, titleZh, titleEn] = [hallTitle.zh, hallTitle.en, contest.title.zh, contest.title.en];
  useEffect(() => {
    let live = true;
    let url: string | null = null;
    const canvas = document.createElement('canvas');
    const content = { hallTitle: text(hallZh, hallEn), contestTitle: text(titleZh, titleEn), score, date: earnedAt, timeZone };
    drawCertificate(canvas, content)
      .then(() => certificateBlob(canvas))
      .then((blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setDrawn({ status: 'ready', url });
      })
      .catch(() => live && setDrawn({ status: 'failed' }))
      .finally(() => {
        // The pixels are in the PNG now; a 1600 × 1131 canvas need not stay in memory.
        canvas.width = canvas.height = 0;
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [hallZh, hallEn, titleZh, titleEn, score, earnedAt, timeZone]);

  const alt = tf('contestCertificateAlt', lang, {
    contest: localize(contest.title, lang),
    n: score.correct,
    total: score.total,
    percent: score.percent,
    date: certificateDates(earnedAt, timeZone)[lang],
  });
  if (drawn.status === 'drawing')
    return (
      <p className="contest-cert-status" role="status">
        {t('contestCertificateDrawing', lang)}
      </p>
    );
  if (drawn.status === 'failed')
    return (
      <p className="contest-cert-status failed" role="status">
        {t('contestCertificateFailed', lang)}
      </p>
    );
  return (
    <figure className="contest-cert">
      <img
        src={drawn.url}
        alt={alt}
        width={CERT_WIDTH}
        height={CERT_HEIGHT}
        // It appears below the buttons, often under the fold: bring it up without taking focus.
        onLoad={(e) => e.currentTarget.parentElement?.scrollIntoView?.({ block: 'nearest', behavior: scrollBehaviour() })}
      />
      <figcaption>
        {kiosk ? (
          <span className="contest-cert-note">{t('contestKioskNoDownload', lang)}</span>
        ) : (
          <a className="contest-btn primary" href={drawn.url} download={certificateFileName(contest.id, earnedAt, timeZone)}>
            <Icon name="download" />
            {t('contestDownload', lang)}
          </a>
        )}
      </figcaption>
    </figure>
  );
}
