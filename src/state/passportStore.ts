import { createStore, type StoreApi } from 'zustand/vanilla';
import { canStamp, mergeStamps, type PassportHall, type StampSource } from '../programme/passport';
import { decodePassport, type PassportDecode } from '../programme/passportCode';
import type { PrefStorage } from './prefs';
import { BOOTH_ID } from './route';

/** Most stamps kept in storage: more than any hall has; a forged storage entry cannot grow the page. */
const MAX_STORED = 5000;

/** Where a hall's stamps are kept: one entry per hall, so two halls on one site never mix. */
export const passportKey = (hallId: string) => `pavilion.passport.${hallId}`;

/**
 * The stored stamps, whatever is there: a JSON `{ "v": 1, "stamps": [<booth id>…] }`, anything
 * else (unreadable, another shape, ids that are not ids) read as far as it is sound, else empty.
 * Stamps of booths the hall did not load this time are kept: they count again once it loads.
 */
export function readStoredStamps(raw: string | null): string[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const stamps = (parsed as { stamps?: unknown }).stamps;
  if (!Array.isArray(stamps)) return [];
  const ids = stamps.slice(0, MAX_STORED).filter((id): id is string => typeof id === 'string' && BOOTH_ID.test(id));
  return [...new Set(ids)];
}

export interface PassportState {
  /** The hall the passport is for; null until it loads (nothing is stamped before). */
  hall: PassportHall | null;
  /** Stamped booth ids, first stamped first (may include booths this hall did not load this time). */
  stamps: string[];
  /** The booth stamped last and how, for a moment of feedback in the interface; null after a reset. */
  lastStamp: { boothId: string; how: StampSource } | null;
  /** The hall loaded: its stamps are read from storage (the ones stamped already are kept). */
  bindHall: (hall: PassportHall) => void;
  /** Stamps a booth of this hall; false when it is not one or is stamped already. */
  stamp: (boothId: string, how: StampSource) => boolean;
  /** Adds a code's stamps (never removes one); the decode says how many were new or why it was refused. */
  importCode: (code: string) => PassportDecode & { added?: number };
  /** Forgets every stamp, here and in storage (a kiosk's next visitor starts a new passport). */
  resetPassport: () => void;
}

/**
 * The booth passport of one pavilion: stamps kept per hall in `storage` (the browser's
 * localStorage for the tour and kiosk, memory for a preview, whose booth is a draft).
 */
export function createPassportStore(storage: PrefStorage): StoreApi<PassportState> {
  return createStore<PassportState>()((set, get) => {
    const save = () => {
      const { hall, stamps } = get();
      if (hall) storage.set(passportKey(hall.id), JSON.stringify({ v: 1, stamps }));
    };
    return {
      hall: null,
      stamps: [],
      lastStamp: null,
      bindHall: (hall) => {
        const cur = get();
        if (cur.hall === hall) return;
        const sameHall = cur.hall?.id === hall.id;
        const stored = readStoredStamps(storage.get(passportKey(hall.id)));
        set({ hall, stamps: sameHall ? mergeStamps(stored, cur.stamps) : stored, lastStamp: null });
        if (sameHall) save();
      },
      stamp: (boothId, how) => {
        const { hall, stamps } = get();
        if (!hall || !canStamp(hall, stamps, boothId)) return false;
        set({ stamps: [...stamps, boothId], lastStamp: { boothId, how } });
        save();
        return true;
      },
      importCode: (code) => {
        const { hall, stamps } = get();
        if (!hall) return { ok: false, reason: 'malformed' };
        const decoded = decodePassport(hall, code);
        if (!decoded.ok) return decoded;
        const merged = mergeStamps(stamps, decoded.ids);
        const added = merged.length - stamps.length;
        if (added > 0) {
          set({ stamps: merged });
          save();
        }
        return { ...decoded, added };
      },
      resetPassport: () => {
        set({ stamps: [], lastStamp: null });
        save();
      },
    };
  });
}
