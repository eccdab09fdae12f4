import type { Lang, Zone } from '../../manifest';
import { localize } from '../../manifest';
import type { Session } from '../../manifest/programme';
import { SessionRow } from './SessionRow';

interface Props {
  sessions: Session[];
  zones: readonly Zone[];
  hallTimeZone: string;
  now: number;
  lang: Lang;
  onWatch: (s: Session) => void;
  onGo: (zoneId: string) => void;
}

/** A day's talks in order, each named with the zone it is shown in. */
export function SessionList({ sessions, zones, hallTimeZone, now, lang, onWatch, onGo }: Props) {
  const zoneName = (id: string) => {
    const z = zones.find((z) => z.id === id);
    return z ? localize(z.name, lang) : id;
  };
  return (
    <ol className="sessions">
      {sessions.map((s) => (
        <SessionRow
          key={s.id}
          session={s}
          now={now}
          lang={lang}
          whereName={zoneName(s.where)}
          hallTimeZone={hallTimeZone}
          onWatch={onWatch}
          onGo={(x) => onGo(x.where)}
        />
      ))}
    </ol>
  );
}
