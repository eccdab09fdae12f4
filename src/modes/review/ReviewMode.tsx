import { useCallback, useState } from 'react';
import type { StringKey } from '../../i18n/strings';
import { SignIn } from '../../ui/review/SignIn';
import { ReviewPage } from './ReviewPage';
import '../../ui/review/review.css';

const TOKEN_KEY = 'pavilion.organiserToken';

/** sessionStorage, or nothing where the browser refuses it (the token then lasts as long as the page). */
function stored(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}
function store(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    /* kept in memory only */
  }
}

/**
 * The organiser's review page (`/review/`): signed in with the organiser's token (kept in this
 * tab's sessionStorage), the queue of submissions with their diffs, previews and decisions,
 * the booths' versions with rollback, the kiosk screens' heartbeats, and the audit log.
 */
export function ReviewMode() {
  const [token, setToken] = useState<string | null>(stored);
  const [notice, setNotice] = useState<StringKey | null>(null);
  const signOut = useCallback((why: StringKey | null) => {
    store(null);
    setNotice(why);
    setToken(null);
  }, []);
  if (!token)
    return (
      <SignIn
        notice={notice}
        onSignedIn={(t) => {
          store(t);
          setNotice(null);
          setToken(t);
        }}
      />
    );
  return <ReviewPage key={token} token={token} onSignOut={signOut} />;
}
