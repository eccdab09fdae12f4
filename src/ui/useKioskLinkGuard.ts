import { useEffect } from 'react';
import { usePavilion } from '../context/usePavilion';
import { linkLeavesPage, outsideLinkPayload, shortUrlText } from '../state/qrPayloads';

/** The link an event came from, if any (through shadow roots too). */
function linkOf(e: MouseEvent): Element | null {
  for (const node of e.composedPath()) {
    if (node instanceof Element && node.matches('a[href], area[href]')) return node;
  }
  return null;
}

/** What to call a link's page: its own words, or its host. */
function linkTitle(el: Element, url: string): string {
  const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return words ? words.slice(0, 80) : shortUrlText(url, 40);
}

/**
 * A kiosk never leaves the pavilion: a click on any link that would open a new tab or navigate
 * away, and every `window.open`, shows the page as a QR code for the visitor's phone instead
 * (http(s) pages; anything else, mailto: and tel: included, is simply not followed). Reloads
 * are left alone (no `beforeunload`): the kiosk's watchdog reloads the page.
 */
export function useKioskLinkGuard(): void {
  const { tour } = usePavilion();
  useEffect(() => {
    const offer = (href: string, title: (url: string) => string) => {
      const text = outsideLinkPayload(href);
      if (text) tour.getState().showPhoneQr({ text, title: title(text) });
    };
    const onClick = (e: MouseEvent) => {
      const el = linkOf(e);
      if (!el) return;
      const href = el.getAttribute('href') ?? '';
      const link = {
        href,
        target: el.getAttribute('target') ?? '',
        download: el.hasAttribute('download'),
        newTabGesture: e.type === 'auxclick' || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey,
      };
      if (!linkLeavesPage(link, location.href)) return;
      e.preventDefault();
      e.stopPropagation();
      if (e.type === 'auxclick' && e.button !== 1) return; // a right click opens no page
      let url: string;
      try {
        url = new URL(href, document.baseURI).href;
      } catch {
        return;
      }
      offer(url, (text) => linkTitle(el, text));
    };
    window.addEventListener('click', onClick, true);
    window.addEventListener('auxclick', onClick, true);
    const open = window.open;
    // Whatever asks for a window (a script of ours or a library's) gets the QR code instead, and no window.
    window.open = (url?: string | URL) => {
      if (url !== undefined && url !== '') {
        try {
          offer(new URL(url, document.baseURI).href, (text) => shortUrlText(text, 40));
        } catch {
          /* not a URL: nothing to offer */
        }
      }
      return null;
    };
    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('auxclick', onClick, true);
      window.open = open;
    };
  }, [tour]);
}
