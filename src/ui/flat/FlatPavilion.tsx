import { useEffect, useRef } from 'react';
import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { usePavilion } from '../../context/usePavilion';
import { useTour } from '../../context/useTour';
import { t } from '../../i18n/strings';
import { FlatBoothPage } from './FlatBoothPage';
import { FlatHall } from './FlatHall';
import { FlatHeader } from './FlatHeader';
import { FlatSearch } from './FlatSearch';

/**
 * The 2D pavilion: the same hall, booths and routes as the 3D one (`#/booth/<id>` is a booth's
 * page here, its panel there), as landmarks, headings and lists a screen reader can walk. What a
 * browser without WebGL shows; anyone may choose it. `live` false: the HTML the build writes for
 * each page (ui/flat/prerender), texts and links only, which the running app then replaces.
 */
export function FlatPavilion({ webgl, live = true }: { webgl: boolean; live?: boolean }) {
  const lang = useLang();
  const { tour } = usePavilion();
  const loaded = useHall((s) => s.loaded)!;
  const openId = useTour((s) => s.openBoothId);
  const booth = openId ? loaded.booths.find((b) => b.id === openId) : undefined;
  const open = (id: string) => tour.getState().openBooth(id);
  const home = () => tour.getState().openBooth(null);

  // A new "page" moves focus to its heading, as a page load would; back in the hall, focus goes
  // back to the link of the booth just left.
  const left = useRef<string | null>(null);
  const first = useRef(true);
  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    if (booth) {
      left.current = booth.id;
      window.scrollTo(0, 0);
      if (!isFirst) document.getElementById('flat-booth-title')?.focus();
    } else if (left.current) {
      const link = document.querySelector<HTMLElement>(`[data-booth-link="${left.current}"]`);
      left.current = null;
      link?.focus();
    }
  }, [booth]);

  return (
    <div className="flat">
      <a className="skip-link" href="#flat-main" onClick={skipToMain}>
        {t('skipToContent', lang)}
      </a>
      <FlatHeader webgl={webgl} onHome={home} live={live} />
      <main id="flat-main" tabIndex={-1}>
        {!webgl && (
          <p className="flat-note" role="status">
            {t('noWebgl', lang)}
          </p>
        )}
        {booth ? (
          <FlatBoothPage key={booth.id} booth={booth} onBack={home} live={live} webgl={webgl} />
        ) : (
          <FlatHall
            loaded={loaded}
            lang={lang}
            onOpen={live ? open : undefined}
            search={live && <FlatSearch loaded={loaded} lang={lang} onOpen={open} />}
          />
        )}
        {openId && !booth && <p role="alert">{t('boothNotFound', lang)}</p>}
      </main>
    </div>
  );
}

/** The skip link's `#flat-main` would be read as a route: it focuses the main region instead. */
function skipToMain(e: { preventDefault: () => void }) {
  e.preventDefault();
  document.getElementById('flat-main')?.focus();
}
