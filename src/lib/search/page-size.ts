/**
 * Results the search page draws at first, and at each 显示更多结果. Each costs its fragment and
 * often its plan's title shard: ten keep a first search at 500 plans under 400 KB and draw sooner
 * than twenty.
 */
export const RESULTS_PER_PAGE = 10;
