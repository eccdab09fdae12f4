import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { usePavilion } from '../../context/usePavilion';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { localize } from '../../manifest';
import { LangToggle } from '../LangToggle';
import { PassportButton } from '../passport/PassportButton';
import { TodayLabel } from '../programme/TodayLabel';
import { ViewSwitch } from '../ViewSwitch';

/** The 2D pavilion's banner: the hall, today's theme, and the week's and the page's controls. */
export function FlatHeader({ webgl, onHome, live }: { webgl: boolean; onHome: () => void; live: boolean }) {
  const lang = useLang();
  const { tour } = usePavilion();
  const hall = useHall((s) => s.loaded?.hall);
  const hasProgramme = hall?.programmeUrl !== undefined;
  return (
    <header className="flat-header">
      <div className="flat-header-title">
        <a
          href="/"
          onClick={
            live
              ? (e) => {
                  e.preventDefault();
                  onHome();
                }
              : undefined
          }
        >
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{hall ? localize(hall.title, lang) : ''}</span>
        </a>
        {/* Today's line is the visitor's day: not baked into the HTML the build writes. */}
        {live && <TodayLabel />}
      </div>
      {/* Before the script runs these buttons could do nothing: the written page has none. */}
      {live && (
        <nav className="flat-header-nav" aria-label={t('weekNav', lang)}>
          {hasProgramme && (
            <button type="button" className="hud-btn" onClick={() => tour.getState().openSheet({ kind: 'programme' })}>
              <Icon name="calendar" /> <span className="label">{t('programme', lang)}</span>
            </button>
          )}
          <PassportButton className="hud-btn" />
          <LangToggle className="hud-btn" />
          {webgl && <ViewSwitch className="hud-btn primary" />}
        </nav>
      )}
    </header>
  );
}
