/**
 * Every object in a page's JSON-LD blocks, nested arrays and `@graph` lists
 * included, each with its `@type`s: the one walk behind the organisation and the
 * job posting a page may describe about itself.
 */
export function* jsonLdObjects(
  jsonLd: readonly unknown[],
): Generator<{ record: Record<string, unknown>; types: string[] }> {
  const queue: unknown[] = [...jsonLd]
  while (queue.length > 0) {
    const item = queue.shift()
    if (Array.isArray(item)) {
      queue.push(...item)
      continue
    }
    if (typeof item !== 'object' || item === null) continue
    const record = item as Record<string, unknown>
    if (Array.isArray(record['@graph'])) queue.push(...record['@graph'])
    const type = record['@type']
    yield { record, types: Array.isArray(type) ? type.map(String) : [String(type ?? '')] }
  }
}
