import { localize, type LoadedHall } from '../manifest';
import { useLangStore } from '../state/langStore';
import { t } from './strings';

/** Every loaded booth by name, and the ones that could not be loaded. */
export function BoothList({ loaded }: { loaded: LoadedHall }) {
  const lang = useLangStore((s) => s.lang);
  return (
    <aside className="booth-list" aria-label={t('booths', lang)}>
      <h2>
        {t('booths', lang)} <span className="count">{loaded.booths.length}</span>
      </h2>
      <ul>
        {loaded.booths.map((b) => (
          <li key={b.id} data-booth-id={b.id}>
            <img src={b.exhibitor.logo} alt="" width={24} height={24} />
            <span>{localize(b.exhibitor.name, lang)}</span>
          </li>
        ))}
      </ul>
      {loaded.failedBooths.length > 0 && (
        <p className="unavailable" role="status">
          {loaded.failedBooths.length} {t('unavailableBooths', lang)}
        </p>
      )}
    </aside>
  );
}
