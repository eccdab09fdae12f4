import { useId, useState, type FormEvent } from 'react';
import { ApiFailure, createApi } from '../../api/client';
import { useLang } from '../../context/useLang';
import { t, type StringKey } from '../../i18n/strings';
import { apiErrorText } from './apiErrorText';
import { LangToggle } from '../LangToggle';

interface Props {
  /** Why the organiser is here again (a session that ended), if that is why. */
  notice: StringKey | null;
  onSignedIn: (token: string) => void;
}

/** The organiser's sign-in: a token, checked with the service before anything else is shown. */
export function SignIn({ notice, onSignedIn }: Props) {
  const lang = useLang();
  const id = useId();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = token.trim();
    if (!value) return;
    setBusy(true);
    setError(null);
    try {
      const me = await createApi(value).me();
      if (me.role === 'organiser') onSignedIn(value);
      else setError(t('reviewNotOrganiser', lang));
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 401) setError(t('reviewBadToken', lang));
      else if (err instanceof ApiFailure && err.status === 403) setError(t('reviewNotOrganiser', lang));
      else setError(`${t('reviewUnreachable', lang)}${apiErrorText(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="review-signin">
      <form className="review-card signin-card" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <div className="signin-brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <LangToggle className="review-btn" />
        </div>
        <h1 id={`${id}-title`}>{t('reviewSignInTitle', lang)}</h1>
        <p className="muted">{t('reviewSignInHelp', lang)}</p>
        {notice && <p className="review-note">{t(notice, lang)}</p>}
        <label htmlFor={`${id}-token`}>{t('reviewToken', lang)}</label>
        <input
          id={`${id}-token`}
          type="password"
          autoComplete="current-password"
          required
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
        <div role="alert" id={`${id}-error`} className="review-error-slot">
          {error && <p className="review-error">{error}</p>}
        </div>
        <button type="submit" className="review-btn primary" disabled={busy}>
          {busy ? t('reviewSigningIn', lang) : t('reviewSignIn', lang)}
        </button>
      </form>
    </main>
  );
}
