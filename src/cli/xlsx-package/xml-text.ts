/** Small pieces of XML text the part-by-part copy reads and writes (never a whole document parsed). */

/** The value of attribute `name` in a start tag (`<row r="5" ht="20">`), unescaped, or undefined. */
export function attrOf(tag: string, name: string): string | undefined {
  const m = attrPattern(name).exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[1] ?? m[2]);
}

/** One compiled pattern per attribute name: attrOf runs for every row of a full sheet. */
const ATTR_PATTERNS = new Map<string, RegExp>();

function attrPattern(name: string): RegExp {
  let pattern = ATTR_PATTERNS.get(name);
  if (!pattern) ATTR_PATTERNS.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  return pattern;
}

/** The start tag (or its start, without `>`) with attribute `name` set to `value`: replaced where it is, else added last. */
export function withAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)?$/, (end) => ` ${name}="${value}"${end.trim()}`);
}

/** The start tag without attribute `name`. */
export function withoutAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text unescaped; an unknown entity or a code point past U+10FFFF is kept as written. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text escaped for an XML attribute value or element content. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A start tag's attributes, their values unescaped. */
export function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1], unescapeXml(m[2] ?? m[3]));
  return found;
}

/** Every start tag (or empty-element tag) named `name` in `xml`, whole (`<sheet name="A" r:id="rId1"/>`). */
export function startTags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g")) ?? [];
}

/** The 1-based column of a cell reference's letters (`"AB12"` → 28). */
export function columnOfRef(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}
