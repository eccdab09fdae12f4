import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Sheet } from './route';

/** A page for the visitor's phone, shown as a QR code (a kiosk never opens it itself). */
export interface PhoneQr {
  /** What the code says: a URL from qrPayloads.ts. */
  text: string;
  /** What it opens, for the code's accessible name and the dialog's heading. */
  title: string;
}

/** Where the visitor is going and what they have open: slow-changing tour state. */
export interface TourState {
  /** Booth whose panel is open. */
  openBoothId: string | null;
  /** Booth the visitor is standing at (updated a few times a second, not per frame). */
  nearestBoothId: string | null;
  /** Booths awake now (their video may play): nearest few. */
  awakeBoothIds: string[];
  directoryOpen: boolean;
  /** The programme's dialog open over the hall (programme, contest, passport, stage, classes), or null. */
  sheet: Sheet | null;
  /** Booths whose panel this visitor opened, first visit first (a kiosk hands them to a phone). */
  visited: string[];
  /** Booth whose panel opens when the current automatic walk arrives. */
  pendingOpenId: string | null;
  /** The page a kiosk offers to the visitor's phone (its QR dialog is open), or null. */
  phoneQr: PhoneQr | null;
  /** Booths a kiosk handed to this phone (`#/visit/…`), listed until the visitor picks or closes. */
  visitFromKiosk: string[] | null;
  showPhoneQr: (qr: PhoneQr | null) => void;
  setVisitFromKiosk: (ids: string[] | null) => void;
  setPendingOpen: (id: string | null) => void;
  openBooth: (id: string | null) => void;
  setNearest: (id: string | null) => void;
  setAwake: (ids: string[]) => void;
  setDirectoryOpen: (open: boolean) => void;
  /** Opens a programme dialog (closing a booth's panel and the directory: one dialog at a time), or closes it. */
  openSheet: (sheet: Sheet | null) => void;
  /** Forgets this visitor: panels, directory and QR codes closed, nothing visited (a kiosk's reset). */
  resetSession: () => void;
}

export function createTourStore(): StoreApi<TourState> {
  return createStore<TourState>()((set, get) => ({
    openBoothId: null,
    nearestBoothId: null,
    awakeBoothIds: [],
    directoryOpen: false,
    sheet: null,
    visited: [],
    pendingOpenId: null,
    phoneQr: null,
    visitFromKiosk: null,
    showPhoneQr: (phoneQr) => set({ phoneQr }),
    setVisitFromKiosk: (ids) => {
      const cur = get().visitFromKiosk;
      if (ids === null ? cur !== null : cur?.join(',') !== ids.join(',')) set({ visitFromKiosk: ids });
    },
    setPendingOpen: (pendingOpenId) => set({ pendingOpenId }),
    openBooth: (id) => {
      const visited = get().visited;
      const sheet = id ? null : get().sheet;
      set(id && !visited.includes(id) ? { openBoothId: id, visited: [...visited, id], sheet } : { openBoothId: id, sheet });
    },
    setNearest: (id) => {
      if (get().nearestBoothId !== id) set({ nearestBoothId: id });
    },
    setAwake: (ids) => {
      const cur = get().awakeBoothIds;
      if (cur.length !== ids.length || cur.some((x, i) => x !== ids[i])) set({ awakeBoothIds: ids });
    },
    setDirectoryOpen: (directoryOpen) => set({ directoryOpen }),
    openSheet: (sheet) => set(sheet ? { sheet, openBoothId: null, directoryOpen: false } : { sheet: null }),
    resetSession: () =>
      set({
        openBoothId: null,
        directoryOpen: false,
        sheet: null,
        pendingOpenId: null,
        visited: [],
        phoneQr: null,
        visitFromKiosk: null,
      }),
  }));
}
