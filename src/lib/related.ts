interface Relatable {
  id: string;
  data: { producer: string; group: string };
}

/**
 * Products to suggest beside one: first the same producer's, then the same group's, each list in
 * catalogue order (Vietnamese alphabetical), never the product itself. Takes the two lists from the
 * catalogue's indexes, so a product page reads a few records, not the whole catalogue.
 */
export function relatedProducts<P extends Relatable>(
  product: Relatable,
  candidates: { sameProducer: readonly P[]; sameGroup: readonly P[] },
  limit = 3,
): P[] {
  const related: P[] = [];
  for (const list of [candidates.sameProducer, candidates.sameGroup]) {
    for (const other of list) {
      if (related.length === limit) return related;
      if (other.id !== product.id && !related.includes(other)) related.push(other);
    }
  }
  return related;
}
