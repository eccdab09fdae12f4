/** The 2D pavilion's heading of a zone (null: the booths no zone lists): where "go to the zone" leads in 2D. */
export function zoneHeadingId(zoneId: string | null): string {
  return `flat-zone-${zoneId ?? 'general'}`;
}

/**
 * Brings a zone's heading into view with the focus on it: the 2D view's "walk there". After the
 * frame, so that it wins over a dialog closing now, which gives focus back to its opener.
 */
export function focusZoneHeading(zoneId: string | null): void {
  requestAnimationFrame(() => {
    const h = document.getElementById(zoneHeadingId(zoneId));
    h?.scrollIntoView({ block: 'start' });
    h?.focus({ preventScroll: true });
  });
}
