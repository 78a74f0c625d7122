/// <reference lib="dom" />
/** Attributes and properties of an element made by {@link el}: plain strings, set as attributes. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Makes an element with attributes and children. Text children become text nodes, never markup:
 * the page builds all of its DOM here and through `textContent`, so text from a document (`<script>`,
 * `"><img onerror=…>`) is shown as written and never parsed. `true` sets an empty attribute,
 * `false` and `undefined` leave it out.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string | undefined)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** The element with this id; the page's markup is fixed, so a missing one is a bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`workbench: no element #${id}`);
  return element as T;
}
