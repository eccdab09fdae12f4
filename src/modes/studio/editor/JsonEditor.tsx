/** The JSON view: being written. */
export function JsonEditor() {
  return <p>JSON</p>;
}
