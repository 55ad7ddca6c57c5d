/**
 * wink's 87,600 lexemes as a few flat objects for the analyze startup snapshot.
 * wink keeps them as an array of strings plus a dictionary object from word to
 * index: two hundred thousand heap objects, two thirds of the snapshot, which
 * every start deserializes one by one. Here they are one string, an offsets
 * array and an open-addressed hash table, which deserialize as blocks of bytes.
 * Proxies give wink's cache.js the two objects it reads (`hash[word]`,
 * `list[index]`, `list.length`, `list.push`, `hash[word] = index`) with the
 * same answers, so a report is the same bytes on either path. Words wink adds
 * at run time (out of vocabulary) go to an ordinary Map and array beside.
 */

/** FNV-1a over UTF-16 units: cheap, and spreads wink's short words well enough. */
function hashOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export interface LexemeFeature {
  list: string[]
  hash: Record<string, number>
}

/** Beyond Latin-1: such a word would make the whole packed string two bytes a character. */
function isWide(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0xff) return true
  return false
}

/** Replace `feature.list` and `feature.hash` (built from list, last index wins) by flat ones. */
export function compactLexemes(feature: { list: string[] }): LexemeFeature {
  const words = feature.list
  const count = words.length
  // The 651 words with a curly apostrophe and the like are kept aside, in Maps.
  const wideWords = new Map<number, string>()
  const wideIndex = new Map<string, number>()
  const narrow: string[] = []
  const offsets = new Uint32Array(count + 1)
  for (let k = 0, at = 0; k < count; k++) {
    const word = words[k] ?? ''
    if (isWide(word)) {
      wideWords.set(k, word)
      wideIndex.set(word, k)
    } else {
      narrow.push(word)
      at += word.length
    }
    offsets[k + 1] = at
  }
  const packed = narrow.join('')
  // A load of at most 0.8: two or three probes a lookup, and half the table of a 0.4 one.
  let size = 1
  while (size * 0.8 < count) size *= 2
  const mask = size - 1
  /** index + 1 of the word in each slot, 0 for an empty slot. */
  const slots = new Int32Array(size)

  /** The slot holding `word`, or the empty slot where it would go. */
  const slotOf = (word: string): number => {
    let slot = hashOf(word) & mask
    for (;;) {
      const held = (slots[slot] ?? 0) - 1
      if (held < 0) return slot
      const start = offsets[held] ?? 0
      if ((offsets[held + 1] ?? 0) - start === word.length && packed.startsWith(word, start))
        return slot
      slot = (slot + 1) & mask
    }
  }
  // A repeated word keeps its last index, as the dictionary's assignments did.
  for (let k = 0; k < count; k++) if (!wideWords.has(k)) slots[slotOf(words[k] ?? '')] = k + 1
  const find = (word: string): number => {
    const held = (slots[slotOf(word)] ?? 0) - 1
    return held >= 0 ? held : (wideIndex.get(word) ?? -1)
  }

  const added = new Map<string, number>()
  const addedWords: string[] = []
  const hash = new Proxy(Object.create(null) as Record<string, number>, {
    get(_, key) {
      if (typeof key !== 'string') return undefined
      const set = added.size > 0 ? added.get(key) : undefined
      if (set !== undefined) return set
      const index = find(key)
      return index >= 0 ? index : undefined
    },
    set(_, key, value: number) {
      if (typeof key !== 'string') return false
      added.set(key, value)
      return true
    },
  })
  const push = (...values: string[]): number => {
    addedWords.push(...values)
    return count + addedWords.length
  }
  const list = new Proxy([] as string[], {
    get(_, key) {
      if (key === 'length') return count + addedWords.length
      if (key === 'push') return push
      if (typeof key !== 'string') return undefined
      const index = Number(key)
      // Only a canonical index names an element ('' or '01' would be 0 and 1 to Number).
      if (!Number.isInteger(index) || index < 0 || String(index) !== key) return undefined
      if (index >= count) return addedWords[index - count]
      const start = offsets[index] ?? 0
      const end = offsets[index + 1] ?? 0
      return start === end ? (wideWords.get(index) ?? '') : packed.slice(start, end)
    },
  })
  return { list, hash }
}
