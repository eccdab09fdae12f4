import { pageFlags } from '../../boot/flags';
import { localize, type Booth, type Lang, type Zone } from '../../manifest';
import { t } from '../../i18n/strings';
import { OutsideLink } from './OutsideLink';

/** Who the exhibitor is, how to reach them, and their links (http/https only). */
export function AboutBooth({ booth, zone, lang }: { booth: Booth; zone: Zone | undefined; lang: Lang }) {
  const { exhibitor } = booth;
  const links = booth.media.filter((m) => m.type === 'link');
  // A kiosk has no mail or phone app to hand these to: the address and number are for reading.
  const kiosk = pageFlags.kiosk !== null;
  return (
    <section className="about">
      {exhibitor.tagline && <p className="tagline">{localize(exhibitor.tagline, lang)}</p>}
      <p>{localize(exhibitor.description, lang)}</p>
      <dl>
        {zone && (
          <>
            <dt>{t('zone', lang)}</dt>
            <dd>
              <span className="zone-dot" style={{ background: zone.color }} /> {localize(zone.name, lang)}
            </dd>
          </>
        )}
        {exhibitor.website && (
          <>
            <dt>{t('website', lang)}</dt>
            <dd>
              <OutsideLink href={exhibitor.website} title={localize(exhibitor.name, lang)}>
                {new URL(exhibitor.website).host}
              </OutsideLink>
            </dd>
          </>
        )}
        {exhibitor.contact && (
          <>
            <dt>{t('contact', lang)}</dt>
            <dd>
              {exhibitor.contact.email && (
                <div>
                  {kiosk ? exhibitor.contact.email : <a href={`mailto:${exhibitor.contact.email}`}>{exhibitor.contact.email}</a>}
                </div>
              )}
              {exhibitor.contact.phone && (
                <div>
                  {kiosk ? (
                    exhibitor.contact.phone
                  ) : (
                    <a href={`tel:${exhibitor.contact.phone.replace(/[^0-9+]/g, '')}`}>{exhibitor.contact.phone}</a>
                  )}
                </div>
              )}
              {exhibitor.contact.address && <div>{localize(exhibitor.contact.address, lang)}</div>}
            </dd>
          </>
        )}
        {booth.tags.length > 0 && (
          <>
            <dt>{t('tags', lang)}</dt>
            <dd className="tags">
              {booth.tags.map((tag, i) => (
                <span key={i} className="tag">
                  {localize(tag, lang)}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {links.length > 0 && (
        <>
          <h3>{t('links', lang)}</h3>
          <ul className="links">
            {links.map((l) => (
              <li key={l.href}>
                <OutsideLink href={l.href} title={localize(l.label, lang)}>
                  {localize(l.label, lang)}
                </OutsideLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
