import { Fragment } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Api } from '../../api/client';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import type { ReviewState } from '../../state/reviewStore';
import { BoothVersions } from './BoothVersions';
import { LoadState } from './LoadState';
import { useApiData } from './useApiData';

/** Every booth the service knows: its zone, name, live version and waiting submissions; its versions on demand. */
export function BoothsView({ api, store }: { api: Api; store: StoreApi<ReviewState> }) {
  const lang = useLang();
  const revision = useStore(store, (s) => s.revision);
  const open = useStore(store, (s) => s.openBooth);
  const booths = useApiData(`booths#${revision}`, () => api.booths());
  return (
    <section className="review-card">
      <h2>{t('reviewTabBooths', lang)}</h2>
      <LoadState state={booths} />
      {booths.data && (
        <div className="table-wrap">
          <table className="review-table booths-table">
            <thead>
              <tr>
                <th scope="col">{t('reviewBooth', lang)}</th>
                <th scope="col">{t('reviewZone', lang)}</th>
                <th scope="col">{t('reviewLive', lang)}</th>
                <th scope="col" className="num">
                  {t('reviewWaiting', lang)}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('reviewVersions', lang)}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {booths.data.map((b) => (
                <Fragment key={b.id}>
                  <tr>
                    <th scope="row">
                      <span className="booth-name">{b.name}</span>
                      <code className="booth-id">{b.id}</code>
                    </th>
                    <td>{b.zone}</td>
                    <td>
                      {b.liveVersion === null ? (
                        <span className="muted">{t('reviewNotPublished', lang)}</span>
                      ) : (
                        `v${b.liveVersion}`
                      )}
                    </td>
                    <td className="num">{b.waiting > 0 ? <span className="pill warn">{b.waiting}</span> : 0}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="review-btn small"
                        aria-expanded={open === b.id}
                        aria-controls={`versions-${b.id}`}
                        onClick={() => store.getState().setOpenBooth(open === b.id ? null : b.id)}
                      >
                        {t('reviewShowVersions', lang)}
                        <span className="sr-only"> {b.id}</span>
                      </button>
                    </td>
                  </tr>
                  {open === b.id && (
                    <tr className="versions-row">
                      <td colSpan={5} id={`versions-${b.id}`}>
                        <BoothVersions api={api} store={store} booth={b.id} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
