import { useEffect, useMemo, useState } from 'react';
import { buildDirectory, searchDirectory, type Romanizer } from '../hall/directory';
import { localize } from '../manifest';
import { Icon } from '../icons/Icon';
import { t } from '../i18n/strings';
import { ModalDialog } from './ModalDialog';
import { readableInk } from './readableInk';
import { useLang } from '../context/useLang';
import { useTour } from '../context/useTour';
import { useHall } from '../context/useHall';
import { usePavilion } from '../context/usePavilion';
import { useKiosk } from '../context/useKioskState';
import { loadRomanizer } from '../i18n/pinyin';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { OtherName } from './OtherName';

/** Search every exhibitor by name, tag or zone, in either language; one click to go there. */
export function Directory({ webgl }: { webgl: boolean }) {
  const open = useTour((s) => s.directoryOpen);
  const lang = useLang();
  const { tour, nav } = usePavilion();
  const loaded = useHall((s) => s.loaded);
  // A kiosk has no keyboard and no Chinese input method: an on-screen one, and search by pinyin.
  const kiosk = useKiosk() !== null;
  const [romanize, setRomanize] = useState<{ fn: Romanizer } | null>(null);
  useEffect(() => {
    let live = true;
    if (kiosk) void loadRomanizer().then((fn) => live && setRomanize({ fn }));
    return () => {
      live = false;
    };
  }, [kiosk]);
  const [keys, setKeys] = useState(kiosk);
  const entries = useMemo(
    () => (loaded ? buildDirectory(loaded.booths, loaded.hall.zones, { romanize: romanize?.fn }) : []),
    [loaded, romanize],
  );
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchDirectory(entries, query), [entries, query]);
  const close = () => tour.getState().setDirectoryOpen(false);

  const go = (id: string) => {
    const t = tour.getState();
    t.setDirectoryOpen(false);
    // Walk there, then open its panel on arrival; without 3D, open it at once.
    if (webgl && nav.walkToBooth(id)) t.setPendingOpen(id);
    else t.openBooth(id);
  };

  return (
    <ModalDialog open={open} onClose={close} className="directory" labelledBy="directory-title">
      <div className="directory-inner">
        <header>
          <h2 id="directory-title">{t('directory', lang)}</h2>
          <button type="button" className="close" aria-label={t('close', lang)} onClick={close}>
            <Icon name="close" />
          </button>
        </header>
        <input
          id="directory-search"
          type="search"
          inputMode={kiosk ? 'none' : undefined}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('search', lang)}
          aria-label={t('search', lang)}
          data-autofocus
        />
        {kiosk && (
          <div className="osk-bar">
            <small>{t('keyboardHint', lang)}</small>
            <button type="button" className="hud-btn" aria-expanded={keys} onClick={() => setKeys(!keys)}>
              {t(keys ? 'keyboardHide' : 'keyboardShow', lang)}
            </button>
          </div>
        )}
        {kiosk && keys && (
          <OnScreenKeyboard
            lang={lang}
            controls="directory-search"
            onText={(ch) => setQuery((q) => q + ch)}
            onBackspace={() => setQuery((q) => q.slice(0, -1))}
            onClear={() => setQuery('')}
            onDone={() => setKeys(false)}
          />
        )}
        <p className="count" aria-live="polite">
          {results.length ? `${results.length} ${t('booths', lang)}` : t('noResults', lang)}
        </p>
        {/* Built only while open: a 1,000-booth list is thousands of nodes the first frame need not wait for. */}
        <ul className="directory-list">
          {(open ? results : []).map(({ booth, zone }) => (
            <li key={booth.id}>
              <button type="button" onClick={() => go(booth.id)} data-booth-id={booth.id}>
                <img src={booth.exhibitor.logo} alt="" width={40} height={40} loading="lazy" />
                <span className="names">
                  <strong>{localize(booth.exhibitor.name, lang)}</strong>
                  <OtherName name={booth.exhibitor.name} lang={lang} as="small" />
                </span>
                {zone && (
                  <span className="zone-chip" style={{ borderColor: zone.color, color: readableInk(zone.color) }}>
                    {localize(zone.name, lang)}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
        {loaded && loaded.failedBooths.length > 0 && (
          <p className="unavailable">
            {loaded.failedBooths.length} {t('unavailableBooths', lang)}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}
