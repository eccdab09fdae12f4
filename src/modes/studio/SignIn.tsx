import { useState } from 'react';
import { ts } from '../../i18n/studioStrings';
import { useStudio } from './StudioContext';
import type { Session } from './useSession';

/** The token form, or who is signed in with a way out. */
export function SignIn({ session }: { session: Session }) {
  const { lang } = useStudio();
  const [token, setToken] = useState('');
  const { state } = session;
  if (state.status === 'signedIn')
    return (
      <div className="session">
        <span>{ts('signedInAs', lang, { name: state.me.name, booth: state.me.booth })}</span>
        <button type="button" className="btn" onClick={session.signOut}>
          {ts('signOut', lang)}
        </button>
      </div>
    );
  const error = state.status === 'signedOut' ? state.error : null;
  const errorText =
    error === 'refused'
      ? ts('tokenRefused', lang)
      : error === 'organiser'
        ? ts('tokenOrganiser', lang)
        : error
          ? ts('serviceDown', lang, { why: error.down })
          : null;
  return (
    <section className="card sign-in" aria-labelledby="sec-signin">
      <h2 id="sec-signin">{ts('signInTitle', lang)}</h2>
      <p className="muted">{ts('signInHelp', lang)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) void session.signIn(token);
        }}
      >
        <label htmlFor="studio-token">{ts('tokenLabel', lang)}</label>
        <div className="sign-in-row">
          <input
            id="studio-token"
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={errorText ? true : undefined}
            aria-describedby={errorText ? 'studio-token-msg' : undefined}
          />
          <button type="submit" className="btn primary" disabled={state.status === 'checking'}>
            {state.status === 'checking' ? ts('signingIn', lang) : ts('signIn', lang)}
          </button>
        </div>
        {errorText && (
          <p id="studio-token-msg" className="notice error" role="alert">
            {errorText}
          </p>
        )}
      </form>
    </section>
  );
}
