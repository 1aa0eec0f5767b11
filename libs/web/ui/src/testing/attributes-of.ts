const TAG = /<([a-z][a-z0-9]*)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;

/**
 * The attributes of the element with this tag and id in static markup. React's server
 * renderer orders some attributes (name, value, checked) its own way, so tests compare sets.
 */
export function attributesOf(html: string, tag: string, id: string): Record<string, string> {
  for (const [, name, rest] of html.matchAll(TAG)) {
    if (name !== tag) continue;
    const attributes: Record<string, string> = {};
    for (const [, key, value] of rest.matchAll(ATTRIBUTE)) attributes[key] = value ?? '';
    if (attributes['id'] === id) return attributes;
  }
  throw new Error(`no <${tag} id="${id}"> in ${html}`);
}
