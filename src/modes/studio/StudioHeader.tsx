import { LangToggle } from '../../ui/LangToggle';
import { ts } from '../../i18n/studioStrings';
import { SignIn } from './SignIn';
import { useStudio } from './StudioContext';
import type { Session } from './useSession';

/** The studio's title bar: the expo, the language switch, and who is signed in. */
export function StudioHeader({ session }: { session: Session }) {
  const { lang } = useStudio();
  return (
    <header className="studio-top">
      <div className="studio-title">
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <div>
          <h1>{ts('studioTitle', lang)}</h1>
          <p>{ts('studioSubtitle', lang)}</p>
        </div>
      </div>
      <div className="studio-top-actions">
        {session.state.status === 'signedIn' && <SignIn session={session} />}
        <LangToggle className="btn" />
      </div>
    </header>
  );
}
