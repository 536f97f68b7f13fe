import { useEffect, useState } from 'preact/hooks';
import { moveInSelection, toggleInSelection, type PackItem } from '~/lib/fair-pack.ts';
import { fill } from '~/lib/fill.ts';
import { langAttribute } from '~/lib/localize.ts';
import type { PackStrings } from '~/i18n/slices.ts';

interface Props {
  strings: PackStrings;
  locale: 'vi' | 'en';
  selection: string[];
  itemOf: (slug: string) => PackItem;
  onSelection: (selection: string[]) => void;
}

/** A move button's id: `pack-up-<slug>`, `pack-down-<slug>`. */
const moveId = (direction: 'up' | 'down', slug: string) => `pack-${direction}-${slug}`;

/**
 * The print order: each chosen product with buttons to move it up or down or remove it. A move is
 * announced to screen readers, and the focus stays on the button pressed (or its twin when the
 * product reached an end, where that button is disabled).
 */
export function OrderList({ strings, locale, selection, itemOf, onSelection }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ direction: 'up' | 'down'; slug: string } | undefined>();

  useEffect(() => {
    if (!focusAfterMove) return;
    const { direction, slug } = focusAfterMove;
    const button = [moveId(direction, slug), moveId(direction === 'up' ? 'down' : 'up', slug)]
      .map((id) => document.getElementById(id))
      .find((element): element is HTMLButtonElement => element instanceof HTMLButtonElement && !element.disabled);
    button?.focus();
    setFocusAfterMove(undefined);
  }, [focusAfterMove]);

  const move = (item: PackItem, step: -1 | 1) => {
    const next = moveInSelection(selection, item.slug, step);
    onSelection(next);
    setAnnouncement(
      fill(strings.moved, { name: item.name, position: next.indexOf(item.slug) + 1, count: next.length }),
    );
    setFocusAfterMove({ direction: step < 0 ? 'up' : 'down', slug: item.slug });
  };

  return (
    <section className="pack-order" aria-labelledby="pack-order-title">
      <h2 id="pack-order-title">{strings.order}</h2>
      {selection.length === 0 ? (
        <p>{strings.empty}</p>
      ) : (
        <ol>
          {selection.map((slug, index) => {
            const item = itemOf(slug);
            return (
              <li key={slug}>
                <span className="position">{index + 1}.</span>
                <span className="name" lang={langAttribute(item.nameLang, locale)}>
                  {item.name}
                </span>
                <span className="buttons">
                  <button
                    type="button"
                    id={moveId('up', slug)}
                    aria-label={fill(strings.moveUp, { name: item.name })}
                    disabled={index === 0}
                    onClick={() => move(item, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={moveId('down', slug)}
                    aria-label={fill(strings.moveDown, { name: item.name })}
                    disabled={index === selection.length - 1}
                    onClick={() => move(item, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={fill(strings.remove, { name: item.name })}
                    onClick={() => onSelection(toggleInSelection(selection, [slug], false))}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
