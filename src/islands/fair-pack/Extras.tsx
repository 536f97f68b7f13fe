import type { PackCover, PackState } from '~/lib/fair-pack.ts';
import type { PackStrings } from '~/i18n/slices.ts';

/** The cover's fields, in the order the form and the cover show them. */
export const COVER_FIELDS = ['fair', 'dates', 'place', 'organiser'] as const satisfies readonly (keyof PackCover)[];

interface Props {
  strings: PackStrings;
  state: PackState;
  onChange: (change: Partial<PackState>) => void;
}

/** Whether the pack gets a cover page (and what it says) and a contents page. */
export function Extras({ strings, state, onChange }: Props) {
  const setCoverField = (field: keyof PackCover, value: string) =>
    onChange({ coverFields: { ...state.coverFields, [field]: value } });
  return (
    <fieldset className="pack-extras">
      <legend>{strings.extras}</legend>
      <Check id="pack-cover" label={strings.addCover} checked={state.cover} onToggle={(cover) => onChange({ cover })} />
      {state.cover &&
        COVER_FIELDS.map((field) => (
          <p className="field" key={field}>
            <label htmlFor={`pack-${field}`}>{strings[field]}</label>
            <input
              type="text"
              id={`pack-${field}`}
              maxLength={200}
              value={state.coverFields[field]}
              onInput={(event) => setCoverField(field, event.currentTarget.value)}
            />
          </p>
        ))}
      <Check
        id="pack-contents"
        label={strings.addContents}
        checked={state.contents}
        onToggle={(contents) => onChange({ contents })}
      />
    </fieldset>
  );
}

/** One labelled checkbox of the extras. */
function Check(props: { id: string; label: string; checked: boolean; onToggle: (checked: boolean) => void }) {
  return (
    <p className="check">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
    </p>
  );
}
