import { ApiFailure, type Api } from '../../api/client';

/** The same API, calling `onUnauthorized` whenever the service says the token is no longer good. */
export function signOutOn401(api: Api, onUnauthorized: () => void): Api {
  const guarded: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(api)) {
    // Each method keeps its own signature: the wrapper passes its arguments through untouched.
    guarded[name] = (...args: never[]) =>
      (call as (...a: never[]) => Promise<unknown>)(...args).catch((e: unknown) => {
        if (e instanceof ApiFailure && e.status === 401) onUnauthorized();
        throw e;
      });
  }
  return guarded as Api;
}
