import type { PackFilter } from '~/lib/fair-pack.ts';
import { fill } from '~/lib/fill.ts';
import type { ProductGroup } from '~/schemas/enums.ts';
import type { PackStrings } from '~/i18n/slices.ts';

interface Props {
  strings: PackStrings;
  groups: { key: ProductGroup; label: string }[];
  stars: number[];
  communes: string[];
  query: string;
  filter: PackFilter;
  onQuery: (query: string) => void;
  onFilter: (filter: PackFilter) => void;
}

interface SelectProps {
  id: string;
  label: string;
  any: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

function Select({ id, label, any, value, options, onChange }: SelectProps) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The chooser's search box and its group, stars and commune filters. */
export function Filters({ strings, groups, stars, communes, query, filter, onQuery, onFilter }: Props) {
  const group = (value: string) => groups.find((candidate) => candidate.key === value)?.key;
  return (
    <fieldset className="pack-filters">
      <legend>{strings.filters}</legend>
      <p className="field pack-search">
        <label htmlFor="pack-search">{strings.search}</label>
        <input
          type="search"
          id="pack-search"
          value={query}
          aria-describedby="pack-search-hint"
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
        <span className="hint" id="pack-search-hint">
          {strings.searchHint}
        </span>
      </p>
      <Select
        id="pack-group"
        label={strings.filterGroup}
        any={strings.any}
        value={filter.group ?? ''}
        options={groups.map(({ key, label }) => ({ value: key, label }))}
        onChange={(value) => onFilter({ ...filter, group: group(value) })}
      />
      <Select
        id="pack-stars"
        label={strings.filterStars}
        any={strings.any}
        value={filter.stars ? String(filter.stars) : ''}
        options={stars.map((rank) => ({ value: String(rank), label: fill(strings.starsLabel, { stars: rank }) }))}
        onChange={(value) => onFilter({ ...filter, stars: value ? Number(value) : undefined })}
      />
      <Select
        id="pack-commune"
        label={strings.filterCommune}
        any={strings.any}
        value={filter.commune ?? ''}
        options={communes.map((commune) => ({ value: commune, label: commune }))}
        onChange={(value) => onFilter({ ...filter, commune: value || undefined })}
      />
    </fieldset>
  );
}
