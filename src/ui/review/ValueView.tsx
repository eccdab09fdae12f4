/** A plain manifest value as written: a colour with its swatch, a string as is, anything else as JSON. */
export function ValueView({ value }: { value: unknown }) {
  if (value === undefined) return <span className="value-none">—</span>;
  if (typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value))
    return (
      <span className="value">
        <span className="swatch" style={{ background: value }} aria-hidden="true" />
        <code>{value}</code>
      </span>
    );
  return <code className="value">{typeof value === 'string' ? value : JSON.stringify(value)}</code>;
}
