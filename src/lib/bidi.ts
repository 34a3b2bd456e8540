/**
 * Text from outside (a query, an id from an address) set inside our own sentence, isolated with
 * FSI … PDI so a right-to-left override in it cannot reorder the sentence around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
