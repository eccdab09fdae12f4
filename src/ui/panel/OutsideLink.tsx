import type { ReactNode } from 'react';
import { pageFlags } from '../../boot/flags';
import { usePavilion } from '../../context/usePavilion';
import { Icon } from '../../icons/Icon';
import { outsideLinkPayload } from '../../state/qrPayloads';
import '../qr.css';

interface Props {
  href: string;
  /** What the page is, for the QR code's name and heading on a kiosk. */
  title: string;
  className?: string;
  /** The link's words (its icon is added: a new tab's, or on a kiosk a phone's). */
  children: ReactNode;
}

/**
 * A link out of the pavilion: a new tab for a visitor on their own device, and on a kiosk (which
 * never leaves the pavilion) a button that offers the page to the visitor's phone as a QR code.
 */
export function OutsideLink({ href, title, className, children }: Props) {
  const { tour } = usePavilion();
  if (pageFlags.kiosk === null)
    return (
      <a className={className} href={href} target="_blank" rel="noopener noreferrer">
        {children} <Icon name="external" size={14} />
      </a>
    );
  const text = outsideLinkPayload(href);
  if (!text) return <span className={className}>{children}</span>;
  return (
    <button
      type="button"
      className={`phone-link ${className ?? ''}`}
      data-qr-href={text}
      onClick={() => tour.getState().showPhoneQr({ text, title })}
    >
      <Icon name="phone" size={22} /> {children}
    </button>
  );
}
