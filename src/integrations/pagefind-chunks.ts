/** The size of the search index's chunks, and how Pagefind is told it: shared by the build and the benchmark tools. */

/**
 * How much of the word index goes into one chunk file (word positions plus one a page a word is
 * on; Pagefind's default is 20,000). A query fetches every chunk its words fall in, and at the
 * default a chunk is about 30 KB gzip: 鲁班工坊 and its alias took three of them, 92 KB of a 203 KB
 * first search on the five documents. At 5,000 the same three chunks are 23 KB (first search 134 KB)
 * and the chunk list Pagefind loads before any query grows by a few bytes a chunk. Pagefind reads
 * this only from its service's environment, as `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (not one of
 * its documented options), so a test checks that the written chunks keep to it.
 */
export const INDEX_CHUNK_SIZE = 5000;
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
