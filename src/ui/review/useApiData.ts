import { useCallback, useEffect, useRef, useState } from 'react';
import { apiErrorText } from './apiErrorText';

interface Loaded<T> {
  /** What was asked for (`key`), and which reload of it (`key#n`). */
  key: string;
  fetch: string;
  data?: T;
  error: string | null;
}

/** What useApiData gives: the data for the key (once loaded), its error, and a way to fetch again. */
export interface ApiData<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Data from the service for `key`: fetched again when `key` changes or on `reload()`. While a
 * reload runs the last data stays shown; data for another key never is.
 */
export function useApiData<T>(key: string, load: () => Promise<T>): ApiData<T> {
  const [state, setState] = useState<Loaded<T>>({ key: '', fetch: '', error: null });
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const fetch = `${key}#${round}`;
  useEffect(() => {
    let live = true;
    loadRef.current().then(
      (data) => live && setState({ key, fetch, data, error: null }),
      (e: unknown) => live && setState({ key, fetch, error: apiErrorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [key, fetch]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const mine = state.key === key;
  return {
    data: mine ? state.data : undefined,
    error: mine ? state.error : null,
    loading: state.fetch !== fetch,
    reload,
  };
}
