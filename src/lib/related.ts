interface Relatable {
  id: string;
  data: { producer: string; group: string };
}

/**
 * Products to suggest beside one: first the same producer's, then the same group's, in catalogue
 * order (the catalogue is already in Vietnamese alphabetical order), never the product itself.
 */
export function relatedProducts<P extends Relatable>(products: P[], product: Relatable, limit = 3): P[] {
  const others = products.filter((other) => other.id !== product.id);
  const sameProducer = others.filter((other) => other.data.producer === product.data.producer);
  const sameGroup = others.filter(
    (other) => other.data.producer !== product.data.producer && other.data.group === product.data.group,
  );
  return [...sameProducer, ...sameGroup].slice(0, limit);
}
