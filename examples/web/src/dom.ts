/** What can go inside an element: nodes, text, or nothing (`null`, `undefined` and `false` are skipped). */
export type Child = Node | string | number | null | undefined | false;

/**
 * HTML attributes by name; a function under `on<event>` becomes an event listener. `true` sets a
 * boolean attribute, and `false`, `null` or `undefined` leaves the attribute out.
 */
export type Attributes = Record<
  string,
  string | number | boolean | null | undefined | ((event: Event) => void)
>;

/**
 * Creates an element with attributes, listeners and children: a few lines of `document.createElement`
 * in one readable call. Text children are inserted as text, never parsed as HTML.
 *
 * @example
 * const button = h("button", { type: "button", onclick: () => alert("hi") }, "Say hi");
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false)
      element.append(typeof child === "number" ? String(child) : child);
  }
  return element;
}

/** A unique id for pairing a label or a description with its control (`for`, `aria-describedby`). */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

let nextId = 0;
