/**
 * The booths whose videos play now, given those that played a moment ago and those near enough
 * to want to: the wanted ones, nearest first, but at most `newPerStep` that were not already
 * playing. Walking, a booth wakes at a time anyway; a jump (a teleport, the map, the entrance)
 * would wake every booth around the landing in the same frame, each starting a decoder and
 * uploading its first frames together, a stall of half a second on a software GPU. Pure.
 */
export function wakeOrder(playing: readonly string[], wanted: readonly string[], newPerStep = 1): string[] {
  const was = new Set(playing);
  let added = 0;
  return wanted.filter((id) => was.has(id) || added++ < newPerStep);
}
