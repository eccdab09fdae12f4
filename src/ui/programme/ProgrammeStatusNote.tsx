import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { useProgramme } from '../../context/useProgramme';
import { t } from '../../i18n/strings';

/** What a programme dialog says while the programme loads, when it failed, or when the hall has none. */
export function ProgrammeStatusNote() {
  const lang = useLang();
  const status = useProgramme((s) => s.status);
  const named = useHall((s) => s.loaded?.hall.programmeUrl !== undefined);
  const key =
    status === 'loading'
      ? 'programmeLoading'
      : status === 'error'
        ? 'programmeBroken'
        : status === 'none' && !named
          ? 'programmeMissing'
          : null;
  return key && <p className="sheet-note">{t(key, lang)}</p>;
}
