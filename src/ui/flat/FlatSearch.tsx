import { useMemo, useState } from 'react';
import { buildDirectory, searchDirectory } from '../../hall/directory';
import type { LoadedHall } from '../../manifest/loadHall';
import type { Lang } from '../../manifest';
import { t } from '../../i18n/strings';
import { FlatBoothList } from './FlatBoothList';

/** The directory's search, in the page: every word matched by name, tag or zone, in either language. */
export function FlatSearch({ loaded, lang, onOpen }: { loaded: LoadedHall; lang: Lang; onOpen: (id: string) => void }) {
  const entries = useMemo(() => buildDirectory(loaded.booths, loaded.hall.zones), [loaded]);
  const [query, setQuery] = useState('');
  const results = useMemo(() => (query.trim() ? searchDirectory(entries, query) : null), [entries, query]);
  return (
    <search className="flat-search">
      <label htmlFor="flat-search-input">{t('searchBooths', lang)}</label>
      <input
        id="flat-search-input"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('search', lang)}
        aria-describedby="flat-search-count"
        autoComplete="off"
      />
      <p id="flat-search-count" className="flat-search-count" aria-live="polite">
        {results === null ? '' : results.length ? `${results.length} ${t('booths', lang)}` : t('noResults', lang)}
      </p>
      {results !== null && results.length > 0 && (
        <section aria-label={t('searchResults', lang)}>
          <FlatBoothList booths={results.map((r) => r.booth)} lang={lang} onOpen={onOpen} />
        </section>
      )}
    </search>
  );
}
