/**
 * The byte offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing past U+10FFFF), or -1 when all of `bytes` is well formed. A
 * sequence cut off by the end of the bytes is reported at its first byte. One linear pass, so
 * the offset is exact however far into a large file the fault lies (a binary search over
 * decodable prefixes is not: a prefix that ends inside a character is invalid too).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  let index = 0;
  while (index < length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // The continuation bytes a lead byte needs, and the range its first one must fall in
    // (the narrower ranges rule out overlong forms, surrogates and code points past U+10FFFF).
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next <= need; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return index;
    }
    index += need + 1;
  }
  return -1;
}

/**
 * Whether bytes without a byte-order mark look like UTF-16 text: in the first kilobytes, most
 * bytes at one parity are zero and almost none at the other, as in UTF-16 text in a Latin script
 * (every ASCII or Latin-1 character is a zero byte beside its code). UTF-8 text has no zero byte at
 * all, and binary data has them at both parities. Returns the byte order, or `undefined`.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros >= 0.6 * pairs && evenZeros <= 0.05 * pairs) return 'utf-16le';
  if (evenZeros >= 0.6 * pairs && oddZeros <= 0.05 * pairs) return 'utf-16be';
  return undefined;
}
