import { useState, type ReactNode } from 'react';

interface Props<T> {
  items: T[];
  label: (item: T) => string;
  render: (item: T, index: number) => ReactNode;
}

/** Several items of one kind: titles to pick from above the one shown. */
export function ItemPicker<T>({ items, label, render }: Props<T>) {
  const [i, setI] = useState(0);
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
