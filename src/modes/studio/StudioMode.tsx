/** The booth studio (`/studio/`): being built (issue 13). */
export function StudioMode() {
  return <main>Booth studio</main>;
}
