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
  // How it was stamped just now (the panel's time, a play, its H5 page): for tests and analytics.
  const how = usePassport((s) => (s.lastStamp?.boothId === boothId ? s.lastStamp.how : undefined));
  return (
    <p className="panel-stamp" role="status" data-stamped={stamped} data-stamp-how={how}>
      {stamped && (
        <>
          <Icon name="stamp" size={16} /> {tp('passportGotStamp', lang)}
        </>
      )}
    </p>
  );
}
