import { useEffect } from 'react';
import { useHall } from '../context/useHall';
import { useLang } from '../context/useLang';
import { useTour } from '../context/useTour';
import { localize } from '../manifest';

/**
 * The tab's title follows the open booth ("Exhibitor · Hall"), in either view: what a visitor
 * bookmarks, what history lists, what a screen reader announces with the page (and what the
 * pre-rendered booth page had, so taking over from it changes nothing).
 */
export function usePageTitle(): void {
  const lang = useLang();
  const hall = useHall((s) => s.loaded?.hall.title);
  const openId = useTour((s) => s.openBoothId);
  const name = useHall((s) => (openId ? s.loaded?.booths.find((b) => b.id === openId)?.exhibitor.name : undefined));
  useEffect(() => {
    if (!hall) return;
    const hallTitle = localize(hall, lang);
    document.title = name ? `${localize(name, lang)} · ${hallTitle}` : hallTitle;
  }, [hall, name, lang]);
}
