/**
 * The studio's draft kept in this browser (IndexedDB: the manifest and the files themselves), so a
 * reload or a closed tab loses nothing. One draft per browser profile.
 */
const DB = 'pavilion-studio';
const STORE = 'drafts';
const KEY = 'current';

interface StoredDraft {
  manifest: unknown;
  text: string;
  files: [string, Blob][];
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
  });
}

async function run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = op(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
    });
  } finally {
    db.close();
  }
}

/** The kept draft, or null (none, or storage refused: private mode, a kiosk policy). */
export async function loadStoredDraft(): Promise<StoredDraft | null> {
  try {
    const v = (await run('readonly', (s) => s.get(KEY))) as StoredDraft | undefined;
    return v && typeof v.text === 'string' && Array.isArray(v.files) ? v : null;
  } catch {
    return null;
  }
}

export async function storeDraft(draft: StoredDraft): Promise<void> {
  try {
    await run('readwrite', (s) => s.put(draft, KEY));
  } catch {
    /* not kept; the page still works, and "Export as zip" keeps a copy */
  }
}
