import { localize, type Lang } from '../../manifest';
import { tp } from '../../i18n/passportStrings';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import type { Badge, PassportProgress } from '../../programme/passport';
import { readableInk } from '../readableInk';

/** A badge's words: a zone's own name, or how many booths. */
function badgeLabel(badge: Badge, progress: PassportProgress, lang: Lang): { text: string; color: string } {
  if (badge.kind === 'count')
    return {
      text: badge.count === progress.total ? tp('passportBadgeAll', lang) : tp('passportBadgeCount', lang, { n: badge.count }),
      color: '#b45309',
    };
  const zone = progress.zones.find((z) => z.zone.id === badge.zoneId)?.zone;
  const name = zone?.name ? localize(zone.name, lang) : t('generalZone', lang);
  return { text: tp('passportBadgeZone', lang, { zone: name }), color: zone?.color ?? '#475569' };
}

/** The badges earned so far, and how far the next one is. */
export function PassportBadges({ progress, lang }: { progress: PassportProgress; lang: Lang }) {
  const { badges, nextCount, stamped } = progress;
  return (
    <section className="passport-badges" aria-labelledby="passport-badges-title">
      <h3 id="passport-badges-title">{tp('passportBadges', lang)}</h3>
      {badges.length > 0 ? (
        <ul>
          {badges.map((b) => {
            const { text, color } = badgeLabel(b, progress, lang);
            const ink = readableInk(color);
            return (
              <li key={b.kind === 'zone' ? `z-${b.zoneId}` : `n-${b.count}`} data-badge={b.kind === 'zone' ? b.zoneId : b.count}>
                <span className="passport-medal" style={{ background: ink }} aria-hidden="true">
                  <Icon name={b.kind === 'zone' ? 'check' : 'stamp'} size={18} />
                </span>
                <span style={{ color: ink }}>{text}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="passport-none">{tp('passportNoBadges', lang)}</p>
      )}
      <p className="passport-next">
        {nextCount === null ? tp('passportAllDone', lang) : tp('passportNext', lang, { n: nextCount - stamped })}
      </p>
    </section>
  );
}
