/** Just what the citation tests use of citeproc-js and Citation.js, which ship no types. */
declare module 'citeproc' {
  namespace CSL {
    class Engine {
      constructor(sys: { retrieveLocale(lang: string): string | undefined; retrieveItem(id: string): unknown }, style: string, lang?: string);
      setOutputFormat(format: 'text' | 'html'): void;
      updateItems(ids: string[]): void;
      makeBibliography(): [unknown, string[]] | false;
    }
  }
  export default CSL;
}
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
