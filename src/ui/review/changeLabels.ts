import type { StringKey } from '../../i18n/strings';

/** The words for each kind of change in a diff. */
export const CHANGE_LABEL: Record<'added' | 'removed' | 'changed' | 'moved', StringKey> = {
  added: 'reviewAdded',
  removed: 'reviewRemoved',
  changed: 'reviewChanged',
  moved: 'reviewMoved',
};
