import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiFailure, createApi, type Api } from '../../api/client';
import type { Me } from '../../api/types';

const KEY = 'pavilion-studio-token';

export type SessionState =
  | { status: 'signedOut'; error: 'refused' | 'organiser' | { down: string } | null }
  | { status: 'checking' }
  | { status: 'signedIn'; token: string; me: Extract<Me, { role: 'exhibitor' }>; api: Api };

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The exhibitor's sign-in: a token checked with `GET /api/me`, kept in this tab's sessionStorage. */
export function useSession() {
  const [state, setState] = useState<SessionState>(() =>
    stored() ? { status: 'checking' } : { status: 'signedOut', error: null },
  );

  /** Asks the service who the token is; the state says 'checking' meanwhile. */
  const verify = useCallback(async (token: string) => {
    const api = createApi(token.trim());
    try {
      const me = await api.me();
      if (me.role !== 'exhibitor') {
        setState({ status: 'signedOut', error: 'organiser' });
        return;
      }
      try {
        sessionStorage.setItem(KEY, token.trim());
      } catch {
        /* kept for this page only */
      }
      setState({ status: 'signedIn', token: token.trim(), me, api });
    } catch (e) {
      if (e instanceof ApiFailure && (e.status === 401 || e.status === 403)) {
        sessionStorage.removeItem(KEY);
        setState({ status: 'signedOut', error: 'refused' });
      } else setState({ status: 'signedOut', error: { down: e instanceof Error ? e.message : String(e) } });
    }
  }, []);

  const signIn = useCallback(
    (token: string) => {
      setState({ status: 'checking' });
      return verify(token);
    },
    [verify],
  );

  const signOut = useCallback(() => {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      /* nothing kept */
    }
    setState({ status: 'signedOut', error: null });
  }, []);

  useEffect(() => {
    const token = stored();
    // A token kept from earlier in this tab is checked once on arrival; its answer comes later.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (token) void verify(token);
  }, [verify]);

  return useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
}
export type Session = ReturnType<typeof useSession>;
