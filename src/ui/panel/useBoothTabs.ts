import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { StringKey } from '../../i18n/strings';
import type { Booth } from '../../manifest';

export type BoothTab = 'video' | 'panorama' | 'model' | 'h5' | 'caseStudy' | 'image' | 'audio' | 'about';

export const TAB_LABEL: Record<BoothTab, StringKey> = {
  video: 'tabVideo',
  panorama: 'tabPanorama',
  model: 'tabModel',
  h5: 'tabH5',
  caseStudy: 'tabCases',
  image: 'tabGallery',
  audio: 'tabAudio',
  about: 'tabAbout',
};

const MEDIA_TABS: readonly BoothTab[] = ['video', 'panorama', 'model', 'h5', 'caseStudy', 'image', 'audio'];

/** A booth's tabs: one per kind of media it has, in a fixed order, then "about". */
export function boothTabs(booth: Booth): BoothTab[] {
  return [...MEDIA_TABS.filter((k) => booth.media.some((m) => m.type === k)), 'about'];
}

/** Where an arrow, Home or End key moves in a list of `count` tabs from `i`; null for other keys. */
export function tabAfterKey(key: string, i: number, count: number): number | null {
  const next = key === 'ArrowRight' ? i + 1 : key === 'ArrowLeft' ? i - 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  return next === null ? null : (next + count) % count;
}

/**
 * The WAI-ARIA tabs pattern for a booth's panel: the selected tab, ids that tie tabs to their
 * panel, and roving focus (arrows, Home, End) over the tab list.
 */
export function useBoothTabs(booth: Booth) {
  const tabs = useMemo(() => boothTabs(booth), [booth]);
  const [tab, setTab] = useState<BoothTab>(tabs[0]!);
  const uid = useId();
  const tabId = (k: BoothTab) => `${uid}-tab-${k}`;
  const onTabKey = (e: KeyboardEvent) => {
    const next = tabAfterKey(e.key, tabs.indexOf(tab), tabs.length);
    if (next === null) return;
    e.preventDefault();
    const k = tabs[next]!;
    setTab(k);
    document.getElementById(tabId(k))?.focus();
  };
  return { tabs, tab, setTab, onTabKey, tabId, panelId: `${uid}-panel` };
}
