/**
 * Translates the chrome of libraries that have no translate service (the
 * form-js editor, token simulation): a text node or a title / placeholder /
 * aria-label whose whole trimmed text is a dictionary key is rewritten, now
 * and whenever the library renders again. Preact re-renders only nodes whose
 * virtual text changed, so a rewritten node stays rewritten until then, and
 * the observer sees the change. Text inside `skip` (the designer's own form
 * labels) is left alone.
 */
const ATTRIBUTES = ["title", "placeholder", "aria-label"];

export function translateDom(
  root: HTMLElement,
  dictionary: Readonly<Record<string, string>>,
  skip?: string,
): () => void {
  const skipped = (node: Node) =>
    skip !== undefined && (node.parentElement?.closest(skip) ?? null) !== null;

  function text(node: Text) {
    const raw = node.data;
    const key = raw.trim();
    const translated = key ? dictionary[key] : undefined;
    // Writing the same text would notify the observer again, forever.
    if (translated === undefined || translated === key || skipped(node)) return;
    node.data = raw.replace(key, translated);
  }

  function attributes(el: Element) {
    if (skip && el.closest(skip)) return;
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      const translated = value ? dictionary[value.trim()] : undefined;
      if (translated !== undefined && translated !== value) el.setAttribute(name, translated);
    }
  }

  function tree(node: Node) {
    if (node.nodeType === Node.TEXT_NODE) return text(node as Text);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    attributes(el);
    for (const a of el.querySelectorAll(ATTRIBUTES.map((n) => `[${n}]`).join(","))) attributes(a);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) text(t as Text);
  }

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "childList") r.addedNodes.forEach(tree);
      else if (r.type === "characterData") text(r.target as Text);
      else if (r.type === "attributes") attributes(r.target as Element);
    }
  });
  tree(root);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES,
  });
  return () => observer.disconnect();
}
