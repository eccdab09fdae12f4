import { useLang } from '../../context/useLang';
import { usePavilion } from '../../context/usePavilion';
import { t } from '../../i18n/strings';
import { XrButton } from './XrButton';

/** The menu on the left hand or controller: back to the entrance, out of the headset. */
export function WristMenu() {
  const lang = useLang();
  const { headset, nav } = usePavilion();
  return (
    <group>
      <XrButton
        name="entrance"
        label={t('headsetEntrance', lang)}
        width={0.13}
        height={0.04}
        position={[0, 0.024, 0]}
        onSelect={() => nav.jumpToEntrance()}
      />
      <XrButton
        name="exit"
        label={t('headsetExit', lang)}
        tone="primary"
        width={0.13}
        height={0.04}
        position={[0, -0.024, 0]}
        onSelect={() => headset.getState().controls?.exit()}
      />
    </group>
  );
}
