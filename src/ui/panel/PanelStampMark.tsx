import { usePassport } from '../../context/usePassport';
import { tp } from '../../i18n/passportStrings';
import { Icon } from '../../icons/Icon';
import type { Lang } from '../../manifest';
import './panelStamp.css';

/**
 * Under the booth's name: its passport stamp, once collected. The live region is there from the
 * panel's opening, so a screen reader hears the stamp arrive.
 */
export function PanelStampMark({ boothId, lang }: { boothId: string; lang: Lang }) {
  const stamped = usePassport((s) => s.stamps.includes(boothId));
  return (
    <p className="panel-stamp" role="status" data-stamped={stamped}>
      {stamped && (
        <>
          <Icon name="stamp" size={16} /> {tp('passportGotStamp', lang)}
        </>
      )}
    </p>
  );
}
