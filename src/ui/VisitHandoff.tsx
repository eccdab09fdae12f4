import { useState } from 'react';
import { createPortal } from 'react-dom';
import { pageFlags } from '../boot/flags';
import { useHall } from '../context/useHall';
import { useLang } from '../context/useLang';
import { useTour } from '../context/useTour';
import { t } from '../i18n/strings';
import { Icon } from '../icons/Icon';
import { localize } from '../manifest';
import { visitPayload, visitPayloadIds } from '../state/qrPayloads';
import { ModalDialog } from './ModalDialog';
import { QrCode } from './QrCode';

/**
 * "Take your visit with you" (a kiosk's HUD): once the visitor has opened a booth, a button that
 * shows their visit as a QR code (`#/visit/…` on the tour's page, which lists the booths on the
 * phone) beside the booths it carries. Nothing visited, nothing shown: a kiosk's reset hides it.
 */
interface Props {
  className?: string;
  /**
   * The pavilion's public origin, where a phone can reach it: this page's own by default (a screen
   * served from its own machine, e.g. localhost, would pass the public site's).
   */
  origin?: string;
}

export function VisitHandoff({ className = 'hud-btn primary visit-handoff-btn', origin = location.origin }: Props) {
  const lang = useLang();
  const visited = useTour((s) => s.visited);
  const booths = useHall((s) => s.loaded?.booths);
  const [open, setOpen] = useState(false);
  const site = { origin, hall: pageFlags.hall };
  const text = visitPayload({ visited }, site);
  // A reset forgot the visit: the dialog must not come back open with the next visitor's first booth.
  if (!text && open) setOpen(false);
  if (!text) return null;
  const ids = visitPayloadIds({ visited }, site);
  const listed = ids.flatMap((id) => booths?.find((b) => b.id === id) ?? []);
  const title = t('handoffVisitTitle', lang);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="phone" /> {t('handoffButton', lang)} ({visited.length})
      </button>
      {/* At the page's top level: the HUD bar it sits in may be scaled (a kiosk's zoom); the dialog must not be twice. */}
      {createPortal(
        <ModalDialog
          open={open}
          onClose={() => setOpen(false)}
          className="visit-dialog visit-handoff"
          labelledBy="visit-handoff-title"
        >
          {open && (
            <div className="visit-dialog-inner">
              <header>
                <h2 id="visit-handoff-title">{t('handoffTitle', lang)}</h2>
                <button type="button" className="close" aria-label={t('close', lang)} onClick={() => setOpen(false)} autoFocus>
                  <Icon name="close" />
                </button>
              </header>
              <p className="hint">{t('handoffHint', lang)}</p>
              <div className="visit-handoff-body">
                <QrCode text={text} title={title} size={300} />
                <section aria-labelledby="visit-handoff-list">
                  <h3 id="visit-handoff-list">
                    {t('handoffVisited', lang)} ({listed.length})
                  </h3>
                  <ul className="visit-list" data-visit-ids={ids.join(',')}>
                    {listed.map((b) => (
                      <li key={b.id}>
                        <img src={b.exhibitor.logo} alt="" width={40} height={40} />
                        <span className="names">
                          <strong>{localize(b.exhibitor.name, lang)}</strong>
                          <small>{localize(b.exhibitor.name, lang === 'zh' ? 'en' : 'zh')}</small>
                        </span>
                      </li>
                    ))}
                  </ul>
                  {ids.length < new Set(visited).size && <p className="hint">{t('handoffCapped', lang)}</p>}
                </section>
              </div>
            </div>
          )}
        </ModalDialog>,
        document.body,
      )}
    </>
  );
}
