import { useState, type ReactNode } from 'react';

interface Props<T> {
  items: T[];
  label: (item: T) => string;
  render: (item: T, index: number) => ReactNode;
  /** The item shown first (a hotspot opened it). */
  initial?: number;
}

/** Several items of one kind: titles to pick from above the one shown. */
export function ItemPicker<T>({ items, label, render, initial = 0 }: Props<T>) {
  const [i, setI] = useState(initial);
  const current = items[Math.min(i, items.length - 1)];
  return (
    <div className="item-picker">
      {items.length > 1 && (
        <div className="chips" role="group">
          {items.map((item, k) => (
            <button key={k} type="button" className="chip" aria-pressed={k === i} onClick={() => setI(k)}>
              {label(item)}
            </button>
          ))}
        </div>
      )}
      {current !== undefined && render(current, i)}
    </div>
  );
}
