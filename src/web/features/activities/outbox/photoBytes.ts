import type { OutboxStore } from './outbox';

const dbName = 'sim-tpbis-outbox';
const storeName = 'photos';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const request = work(tx.objectStore(storeName));
      // Resolved on commit, not on the request: a photo counts as kept only once it is on disk.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export interface PhotoBytes extends Pick<OutboxStore, 'photo' | 'dropPhoto'> {
  keep(key: string, bytes: Blob): Promise<void>;
}

/** The bytes of photos waiting in the outbox, in IndexedDB: localStorage holds a few megabytes of text, a phone photo is that alone. */
export const indexedDbPhotos: PhotoBytes = {
  async keep(key, bytes) {
    await run('readwrite', (store) => store.put(bytes, key));
  },
  async photo(key) {
    const found: unknown = await run('readonly', (store) => store.get(key));
    return found instanceof Blob ? found : undefined;
  },
  async dropPhoto(key) {
    await run('readwrite', (store) => store.delete(key));
  },
};
