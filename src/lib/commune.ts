/**
 * Communes are grouped on a canonical key, so that one commune written two ways is one commune in
 * the facets, the catalogue filter, the statistics and the map. Text reaches here normalised (NFC,
 * one space: src/lib/text.ts); what remains is spelling that Vietnamese readers take as the same
 * name: the old and new tone placement ("Hòa Bình" and "Hoà Bình", "Thủy" and "Thuỷ"), and capitals.
 */
import { compareVietnamese } from './collate.ts';
import { normalizeLine } from './text.ts';

/** The five tone marks as combining characters (NFD), with their Telex letters. */
const TONES: Readonly<Record<string, string>> = {
  '\u0300': 'f', // huyền
  '\u0301': 's', // sắc
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
};
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * The key communes are grouped on: lowercase, each syllable's tone mark taken off the vowel it sits
 * on and written after the syllable as its Telex letter, so that where a writer put the tone does
 * not matter. `communeKey("Hòa Bình") === communeKey("Hoà  bình") === "hoaf binhf"`; "Hòa" and "Hóa"
 * keep different keys. A Vietnamese syllable carries one tone, so no two names are merged that a
 * reader would tell apart.
 */
export function communeKey(name: string): string {
  return normalizeLine(name)
    .toLowerCase()
    .split(' ')
    .map((syllable) => {
      const letters = syllable.normalize('NFD');
      const tones = (letters.match(TONE) ?? []).map((mark) => TONES[mark]).join('');
      return letters.replace(TONE, '').normalize('NFC') + tones;
    })
    .join(' ');
}

/** Where the tones sit in a name: for each syllable, the index of the letter carrying its tone, summed (lower: older style). */
function tonePosition(name: string): number {
  let sum = 0;
  for (const syllable of name.split(' ')) {
    let letters = 0;
    for (const char of syllable.normalize('NFD')) {
      if (!/\p{M}/u.test(char)) letters += 1;
      else if (char in TONES) sum += letters - 1;
    }
  }
  return sum;
}

/** A name's letters without tone marks: equal for two spellings that differ only in tone placement. */
const withoutTones = (name: string) => name.normalize('NFD').replace(TONE, '');

/** One commune as the records spell it. */
export interface CommuneSpelling {
  /** The spelling every page shows for this commune. */
  used: string;
  /** Every spelling found, with how many records write it, most used first. */
  spellings: { spelling: string; records: number }[];
}

/**
 * Chooses one spelling per commune from every record's `commune` (products, producers and places
 * together): the spelling most records use; on a tie, the old tone placement ("Hòa", as in the
 * official names Khánh Hòa and Thanh Hóa), then dictionary order. Keyed by `communeKey`.
 */
export function communeSpellings(names: Iterable<string>): Map<string, CommuneSpelling> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    const key = communeKey(name);
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const communes = new Map<string, CommuneSpelling>();
  for (const [key, spellings] of counts) {
    const ranked = [...spellings]
      .map(([spelling, records]) => ({ spelling, records }))
      .sort(
        (a, b) =>
          b.records - a.records ||
          tonePosition(a.spelling) - tonePosition(b.spelling) ||
          compareVietnamese(a.spelling, b.spelling),
      );
    communes.set(key, { used: ranked[0]!.spelling, spellings: ranked });
  }
  return communes;
}

/**
 * The spelling pages show for a commune name, chosen over all `names` by `communeSpellings`:
 * `communeNamer(["Hòa Bình", "Hoà Bình", "Hòa Bình"])("Hoà Bình")` → `"Hòa Bình"`. A name not in
 * `names` is returned as it is.
 */
export function communeNamer(names: Iterable<string>): (name: string) => string {
  const communes = communeSpellings(names);
  return (name) => communes.get(communeKey(name))?.used ?? name;
}

/** A record's commune, for `communeWarnings`. */
export interface CommuneField {
  /** Path relative to the content root. */
  file: string;
  /** The field's path, e.g. `commune`. */
  field: string;
  commune: string;
}

/**
 * A warning for each record whose commune is spelled differently from the spelling the site uses
 * for it, saying how the two differ and which one is shown. The site is still built: both records
 * land in the one commune.
 */
export function communeWarnings(fields: CommuneField[]): { file: string; field: string; message: string }[] {
  const communes = communeSpellings(fields.map(({ commune }) => commune));
  const firstFile = new Map<string, string>();
  for (const { file, commune } of fields) if (!firstFile.has(commune)) firstFile.set(commune, file);
  return fields.flatMap(({ file, field, commune }) => {
    const { used, spellings } = communes.get(communeKey(commune))!;
    if (commune === used) return [];
    // Same key: the two differ in where a tone sits, in capitals, or both.
    const how =
      commune.toLowerCase() === used.toLowerCase()
        ? 'only in capital letters'
        : withoutTones(commune) === withoutTones(used)
          ? 'only in tone placement (the old and the new style of placing the tone mark)'
          : 'only in tone placement and capital letters';
    const count = (spelling: string) => spellings.find((entry) => entry.spelling === spelling)?.records ?? 0;
    const total = spellings.reduce((sum, entry) => sum + entry.records, 0);
    return [
      {
        file,
        field,
        message: `"${commune}" and "${used}" (${firstFile.get(used)}) differ ${how}; the site shows them as one commune, "${used}", the spelling of ${count(used)} of its ${total} records. Write "${used}" here too.`,
      },
    ];
  });
}
