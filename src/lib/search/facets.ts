import { compareVietnamese } from '../collate.ts';

interface HasCommune {
  data: { commune: string };
}

/** Every commune a search result can be in, once each, in Vietnamese alphabetical order. */
export function communesOf(...lists: HasCommune[][]): string[] {
  return [...new Set(lists.flat().map((record) => record.data.commune))].sort(compareVietnamese);
}
