import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { useProgramme } from '../../context/useProgramme';
import { useTour } from '../../context/useTour';
import { localize } from '../../manifest';
import { themeDaysOf } from '../../programme/themeDay';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';

/**
 * In a theme-day zone, beside the booth the visitor stands at: that day's knowledge contest, one
 * tap away (the programme offers it too).
 */
export function ZoneContestButton({ boothId }: { boothId: string }) {
  const lang = useLang();
  const openSheet = useTour((s) => s.openSheet);
  const hall = useHall((s) => s.loaded?.hall ?? null);
  const programme = useProgramme((s) => s.programme);
  if (!hall || !programme) return null;
  const zone = hall.zones.find((z) => z.booths.includes(boothId));
  const date = zone && themeDaysOf(hall, programme).find((d) => d.zone.id === zone.id)?.day.date;
  const contest = date ? programme.contests.find((c) => c.day === date) : undefined;
  if (!contest) return null;
  return (
    <button
      type="button"
      className="hud-btn zone-contest"
      aria-label={`${t('dayContest', lang)}: ${localize(contest.title, lang)}`}
      onClick={() => openSheet({ kind: 'contest', id: contest.id })}
    >
      <Icon name="trophy" /> <span className="label">{t('dayContest', lang)}</span>
    </button>
  );
}
