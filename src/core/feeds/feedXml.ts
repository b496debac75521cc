import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { decodeEntities } from './decodeEntities.js';

// Named through htmlparser2 so that domhandler, its internal dependency, need not be ours.
export type XmlDocument = ReturnType<typeof parseDocument>;
type AnyNode = XmlDocument['children'][number];
export type Element = Extract<AnyNode, { attribs: Record<string, string> }>;

// Element names a feed item is made of. When an end tag is missing, the parser nests the next
// field inside the unclosed one (<title>A<link>…); reading a field's own content stops at the
// first of these, so each field keeps only its own text.
const FIELD_NAMES = new Set([
  'title', 'link', 'description', 'guid', 'pubdate', 'author', 'category', 'comments', 'enclosure',
  'source', 'content:encoded', 'dc:creator', 'dc:date', 'dc:title', 'dc:description', 'dc:subject',
  'id', 'updated', 'published', 'summary', 'content', 'item', 'entry', 'media:content', 'media:thumbnail',
]);

function isElement(node: AnyNode): node is Element {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

/**
 * Parses a feed leniently: the XML tokenizer (so <link> has content, unlike HTML's), entities
 * left raw so that decodeEntities can give HTML's names their meaning, leading garbage ignored.
 */
export function parseXml(text: string): XmlDocument {
  return parseDocument(text.replace(/^\ufeff/, ''), { xmlMode: true, decodeEntities: false });
}

/** Lowercased qualified name ("content:encoded"): prefixes in feeds are conventional, not declared reliably. */
export function nameOf(el: Element): string {
  return el.name.toLowerCase();
}

/** The first element, anywhere below nodes, whose name is one of names. */
export function findElement(nodes: AnyNode[], names: readonly string[]): Element | null {
  return DomUtils.findOne((el) => names.includes(nameOf(el)), nodes, true);
}

/** Every element named name below nodes, in document order, nested ones included. */
export function findAll(nodes: AnyNode[], name: string): Element[] {
  return DomUtils.findAll((el) => nameOf(el) === name, nodes);
}

/**
 * The first field named one of names that belongs to scope: searched below scope, but never
 * inside a nested element named in `fence` (another item, the channel's image…).
 */
export function field(scope: Element, names: readonly string[], fence: ReadonlySet<string>): Element | null {
  return fields(scope, names, fence)[0] ?? null;
}

/** All the fields named one of names that belong to scope (see field). */
export function fields(scope: Element, names: readonly string[], fence: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const walk = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const name = nameOf(node);
      if (names.includes(name)) found.push(node);
      if (!fence.has(name)) walk(node.children);
    }
  };
  walk(scope.children);
  return found;
}

/** An attribute's value with its entities decoded, or null. */
export function attr(el: Element, name: string): string | null {
  const value = el.attribs[name];
  return value === undefined ? null : decodeEntities(value);
}

/** The element's own text (text and CDATA, up to the first nested field), decoded; null when blank. */
export function ownText(el: Element | null): string | null {
  if (el === null) return null;
  let out = '';
  for (const node of ownChildren(el)) {
    if (node.type === ElementType.Text) out += decodeEntities(node.data);
    else if (node.type === ElementType.CDATA) out += DomUtils.textContent(node);
    else if (isElement(node)) out += decodeEntities(DomUtils.textContent(node));
  }
  const trimmed = out.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The element's content as an HTML string. Escaped HTML (the RSS convention) and CDATA give
 * their text; markup written straight into the element (Atom xhtml, sloppy RSS) is serialised.
 */
export function ownHtml(el: Element | null): string | null {
  if (el === null) return null;
  let out = '';
  for (const node of ownChildren(el)) {
    if (node.type === ElementType.Text) out += decodeEntities(node.data);
    else if (node.type === ElementType.CDATA) out += DomUtils.textContent(node);
    // Raw text inside real markup is already HTML (its entities mean what they say): keep it raw.
    else if (isElement(node)) out += DomUtils.getOuterHTML(node, { decodeEntities: false });
  }
  const trimmed = out.trim();
  return trimmed === '' ? null : trimmed;
}

/** Atom's xhtml content sits in a wrapping <div> that is not part of it (RFC 4287 §3.1.1.3). */
export function xhtmlInner(el: Element): Element {
  const elements = el.children.filter(isElement);
  const only = elements[0];
  const hasText = el.children.some((node) => node.type === ElementType.Text && node.data.trim() !== '');
  return elements.length === 1 && only !== undefined && !hasText && nameOf(only).replace(/^xhtml:/, '') === 'div' ? only : el;
}

function ownChildren(el: Element): AnyNode[] {
  const own: AnyNode[] = [];
  for (const node of el.children) {
    if (isElement(node) && FIELD_NAMES.has(nameOf(node))) break;
    own.push(node);
  }
  return own;
}
