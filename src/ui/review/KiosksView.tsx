import { useEffect, useId, useState } from 'react';
import type { Api } from '../../api/client';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { formatAgo } from './formatAgo';
import { formatUptime } from './formatUptime';
import { formatWhen } from './formatWhen';
import { LoadState } from './LoadState';
import { useApiData } from './useApiData';

/** How often the list is fetched again while open: heartbeats come about once a minute. */
const REFRESH_MS = 30_000;

/** The kiosk screens that have sent heartbeats: when each was last heard from, its build, health and errors. */
export function KiosksView({ api }: { api: Api }) {
  const lang = useLang();
  const titleId = useId();
  const kiosks = useApiData('kiosks', () => api.kiosks());
  const { reload } = kiosks;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
      reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const stale = kiosks.data?.filter((k) => k.stale).length ?? 0;
  return (
    <section className="review-card kiosks">
      <div className="kiosks-head">
        <h2 id={titleId}>{t('reviewTabKiosks', lang)}</h2>
        {kiosks.data && kiosks.data.length > 0 && (
          <p className="kiosks-summary">
            {kiosks.data.length} {t('reviewKioskCount', lang)}
            {stale > 0 && (
              <>
                {' · '}
                <strong className="kiosk-stale-count">
                  {stale} {t('reviewKioskStaleCount', lang)}
                </strong>
              </>
            )}
          </p>
        )}
        <button
          type="button"
          className="review-btn small"
          onClick={() => {
            setNow(Date.now());
            reload();
          }}
        >
          {t('reviewRefresh', lang)}
        </button>
      </div>
      <p className="muted kiosks-help">{t('reviewKiosksHelp', lang)}</p>
      <LoadState state={kiosks} />
      {kiosks.data?.length === 0 && <p className="review-empty">{t('reviewKiosksEmpty', lang)}</p>}
      {kiosks.data && kiosks.data.length > 0 && (
        // Focusable: on a narrow screen the table scrolls sideways, and a keyboard must reach it.
        <div className="table-wrap" role="region" aria-labelledby={titleId} tabIndex={0}>
          <table className="review-table kiosks-table">
            <thead>
              <tr>
                <th scope="col">{t('reviewKiosk', lang)}</th>
                <th scope="col">{t('reviewKioskLastSeen', lang)}</th>
                <th scope="col">{t('reviewKioskVersion', lang)}</th>
                <th scope="col" className="num">
                  {t('reviewKioskUptime', lang)}
                </th>
                <th scope="col" className="num">
                  {t('reviewKioskFps', lang)}
                </th>
                <th scope="col">{t('reviewKioskErrors', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {kiosks.data.map((k) => (
                <tr key={k.id} className={k.stale ? 'kiosk-stale' : undefined}>
                  <th scope="row">
                    <code className="kiosk-id">{k.id}</code>{' '}
                    {k.stale ? (
                      <span className="pill stale">
                        <span aria-hidden="true">⚠</span>
                        {t('reviewKioskStale', lang)}
                      </span>
                    ) : (
                      <span className="pill live">{t('reviewKioskOk', lang)}</span>
                    )}
                    <span className="kiosk-address muted">{k.address}</span>
                  </th>
                  <td className="nowrap" data-label={t('reviewKioskLastSeen', lang)}>
                    <time dateTime={k.lastSeen} title={formatWhen(k.lastSeen, lang)}>
                      {formatAgo(k.lastSeen, now, lang)}
                    </time>
                  </td>
                  <td data-label={t('reviewKioskVersion', lang)}>
                    <code>{k.version || '—'}</code>
                    {k.hallVersion && (
                      <span className="kiosk-hall muted">
                        {t('reviewKioskHall', lang)} <code>{k.hallVersion}</code>
                      </span>
                    )}
                  </td>
                  <td className="num" data-label={t('reviewKioskUptime', lang)}>
                    {formatUptime(k.uptimeS, lang)}
                  </td>
                  <td className="num" data-label={t('reviewKioskFps', lang)}>
                    {Math.round(k.fps)}
                  </td>
                  <td className="kiosk-errors" data-label={t('reviewKioskErrors', lang)}>
                    {k.errors > 0 ? <span className="pill warn">{k.errors}</span> : <span className="kiosk-zero">0</span>}
                    {k.lastError && (
                      <span className="kiosk-last-error">
                        {t('reviewKioskLastError', lang)}
                        <span className="kiosk-error-text">{k.lastError}</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
