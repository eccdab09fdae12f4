/**
 * Which booths hold a slot in a fixed-size atlas. Pure: given the booths wanted now (most
 * wanted first) and the current holders, keeps holders that are still wanted, frees the
 * rest, and gives freed slots to newcomers, so a slot is redrawn only when it must be.
 */
export interface SlotPlan {
  assign: { key: number; slot: number }[];
  evict: { key: number; slot: number }[];
}

export function planSlots(
  wanted: readonly number[],
  holders: ReadonlyMap<number, number>,
  slotCount: number,
  firstSlot = 0,
): SlotPlan {
  const want = new Set(wanted.slice(0, slotCount - firstSlot));
  const evict: SlotPlan['evict'] = [];
  const used = new Set<number>();
  for (const [key, slot] of holders) {
    if (want.has(key)) used.add(slot);
    else evict.push({ key, slot });
  }
  const free: number[] = [];
  for (let s = firstSlot; s < slotCount; s++) if (!used.has(s)) free.push(s);
  const assign: SlotPlan['assign'] = [];
  for (const key of wanted) {
    if (assign.length >= free.length) break;
    if (!want.has(key) || holders.has(key)) continue;
    assign.push({ key, slot: free[assign.length]! });
  }
  return { assign, evict };
}
