/**
 * A name for a statement text, so that `pg` prepares it once per connection
 * and later runs skip the parse and plan. One name per distinct text: the
 * texts come from fixed fragments (a read and its optional filters), so
 * there are few of them.
 */
const names = new Map<string, string>();

export function preparedName(prefix: string, text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `${prefix}_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}
