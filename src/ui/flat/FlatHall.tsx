import { useMemo, type ReactNode } from 'react';
import type { LoadedHall } from '../../manifest/loadHall';
import { localize, type Lang, type Zone } from '../../manifest';
import { t } from '../../i18n/strings';
import { FlatBoothList } from './FlatBoothList';
import { groupByZone } from './groupByZone';
import { focusZoneHeading, zoneHeadingId } from './zoneHeading';

interface Props {
  loaded: LoadedHall;
  lang: Lang;
  /** The search box and its results (the live page); absent in pre-rendered HTML. */
  search?: ReactNode;
  /** Opens a booth in place (the live page); absent, booths are plain links. */
  onOpen?: (id: string) => void;
}

const headingOf = (zone: Zone | null) => zoneHeadingId(zone?.id ?? null);

/** The hall as a document: its welcome, a list of zones to jump to, each zone's booths. */
export function FlatHall({ loaded, lang, search, onOpen }: Props) {
  // (In pre-rendered HTML, `#zone` links work as they are: no script reads the hash yet.)
  const groups = useMemo(() => groupByZone(loaded), [loaded]);
  const { hall } = loaded;
  return (
    <>
      <h1 id="flat-title">{localize(hall.title, lang)}</h1>
      <p className="flat-welcome">{localize(hall.welcome, lang)}</p>
      <p className="flat-intro">{t('flatHallIntro', lang)}</p>
      {search}
      <nav className="flat-zone-nav" aria-label={t('zonesNav', lang)}>
        <ul>
          {groups.map(({ zone, booths }) => (
            <li key={zone?.id ?? ''}>
              <a
                href={`#${headingOf(zone)}`}
                onClick={
                  onOpen &&
                  ((e) => {
                    // In the running app the hash is the app's route: the heading is focused instead.
                    e.preventDefault();
                    focusZoneHeading(zone?.id ?? null);
                  })
                }
              >
                {zone ? localize(zone.name, lang) : t('generalZone', lang)} <small>({booths.length})</small>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ zone, booths }) => (
        <section key={zone?.id ?? ''} className="flat-zone" aria-labelledby={headingOf(zone)}>
          <h2 id={headingOf(zone)} tabIndex={-1} style={zone ? { ['--zone' as string]: zone.color } : undefined}>
            {zone ? localize(zone.name, lang) : t('generalZone', lang)}
          </h2>
          <FlatBoothList booths={booths} lang={lang} onOpen={onOpen} />
        </section>
      ))}
      {loaded.failedBooths.length > 0 && (
        <p className="unavailable">
          {loaded.failedBooths.length} {t('unavailableBooths', lang)}
        </p>
      )}
    </>
  );
}
