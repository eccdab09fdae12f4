import { localize, type Booth, type Lang } from '../../manifest';
import { tp } from '../../i18n/passportStrings';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import type { PassportProgress } from '../../programme/passport';
import { readableInk } from '../readableInk';

/** Every zone's booths, stamped or not, with the zone's progress ("3 / 6"). */
export function PassportZones({ progress, booths, lang }: { progress: PassportProgress; booths: readonly Booth[]; lang: Lang }) {
  const nameOf = (id: string) => {
    const b = booths.find((x) => x.id === id);
    return b ? localize(b.exhibitor.name, lang) : id;
  };
  return (
    <section className="passport-zones" aria-labelledby="passport-zones-title">
      <h3 id="passport-zones-title">{tp('passportZones', lang)}</h3>
      <div className="passport-zone-grid">
        {progress.zones.map(({ zone, stamped, complete }) => {
          const name = zone.name ? localize(zone.name, lang) : t('generalZone', lang);
          const ink = readableInk(zone.color);
          const have = new Set(stamped);
          const headId = `passport-zone-${zone.id}`;
          return (
            <section
              key={zone.id}
              className="passport-zone"
              aria-labelledby={headId}
              data-zone={zone.id}
              data-complete={complete}
              style={{ borderTopColor: zone.color }}
            >
              <h4 id={headId}>
                <span className="zone-chip" style={{ borderColor: zone.color, color: ink }}>
                  {name}
                </span>
                <span className="passport-zone-count">
                  {complete && <Icon name="check" size={16} />}
                  <span aria-hidden="true">
                    {stamped.length} / {zone.booths.length}
                  </span>
                  <span className="visually-hidden">
                    {tp('passportZoneCount', lang, { n: stamped.length, total: zone.booths.length })}
                  </span>
                </span>
              </h4>
              <ul>
                {zone.booths.map((id) => {
                  const on = have.has(id);
                  return (
                    <li key={id} data-booth-id={id} data-stamped={on}>
                      <span
                        className="passport-cell"
                        style={on ? { background: ink, borderColor: ink } : undefined}
                        aria-hidden="true"
                      >
                        {on && <Icon name="check" size={14} />}
                      </span>
                      <span className="passport-booth">{nameOf(id)}</span>
                      <span className="visually-hidden">
                        {' — '}
                        {tp(on ? 'passportStamped' : 'passportNotStamped', lang)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
