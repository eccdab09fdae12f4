import type { ReactNode } from 'react';
import type { Lang } from '../../manifest';
import { t } from '../../i18n/strings';
import { Icon, type IconName } from '../../icons/Icon';
import { ModalDialog } from '../ModalDialog';
import './programme.css';

interface Props {
  /** The dialog's own class beside `sheet` (its size and look). */
  className: string;
  icon: IconName;
  title: string;
  /** Id of the title, which names the dialog. */
  titleId: string;
  lang: Lang;
  onClose: () => void;
  children: ReactNode;
}

/** A programme dialog's frame: the modal, its heading with an icon, and Close. */
export function SheetFrame({ className, icon, title, titleId, lang, onClose, children }: Props) {
  return (
    <ModalDialog open onClose={onClose} className={`sheet ${className}`} labelledBy={titleId}>
      <div className="sheet-inner">
        <header className="sheet-head">
          <h2 id={titleId}>
            <Icon name={icon} /> {title}
          </h2>
          <button type="button" className="close" aria-label={t('close', lang)} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        {children}
      </div>
    </ModalDialog>
  );
}
