/** 32-bit FNV-1a over UTF-16 code units: stable across runtimes, so trained weights stay valid. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Open-addressing map from 32-bit hashes to integers, at most half full, in one typed array: a `Map`
 * boxes keys above 2^30, and most FNV-1a hashes are. A slot's key and value sit side by side, so a
 * look-up reads one cache line. `absent` is returned for unknown hashes and must not be one of the values.
 */
export function hashTable(entries: ReadonlyMap<number, number>, absent: number): (hash: number) => number {
  let size = 1;
  while (size < entries.size * 2) size <<= 1;
  const mask = size - 1;
  // slots[2k] = key (as int32), slots[2k + 1] = value.
  const slots = new Int32Array(2 * size);
  for (let slot = 0; slot < size; slot++) slots[2 * slot + 1] = absent;
  for (const [hash, value] of entries) {
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== absent) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = value;
  }
  return (hash: number) => {
    const key = hash | 0;
    let slot = hash & mask;
    for (;;) {
      const value = slots[2 * slot + 1] ?? absent;
      if (value === absent || slots[2 * slot] === key) return value;
      slot = (slot + 1) & mask;
    }
  };
}
