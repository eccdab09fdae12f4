/** The organiser's review page (`/review/`): being built (issue 13). */
export function ReviewMode() {
  return <main>Review</main>;
}
