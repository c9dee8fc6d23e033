/** The overview's grouping as plain data: computed in src/graph/grouping.ts (the loading worker uses it too). */
export { computeCommunities, computeGrouping, type GroupingResult } from '../../graph/grouping.ts';
