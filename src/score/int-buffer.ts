/**
 * A list of 32-bit integers in one typed array that doubles when full: flat outputs whose length
 * is only known at the end (tokens, keys) take 4 bytes an entry rather than a JS array's 8, and
 * their growth copies no boxed elements.
 */
export interface IntBuffer {
  push(value: number): void;
  readonly length: number;
  /** The values pushed, in a typed array of their own length. */
  toInt32Array(): Int32Array;
}

/** An empty {@link IntBuffer} with room for `capacity` values before it first grows. */
export function createIntBuffer(capacity = 1024): IntBuffer {
  let values = new Int32Array(Math.max(16, capacity));
  let length = 0;
  return {
    push(value: number): void {
      if (length === values.length) {
        const wider = new Int32Array(2 * values.length);
        wider.set(values);
        values = wider;
      }
      values[length++] = value;
    },
    get length() {
      return length;
    },
    toInt32Array: () => values.slice(0, length),
  };
}
