/** The large-graph mode: thresholds, cytoscape options and style, and the off-main-thread layout. */
export {
  LARGE_GRAPH_THRESHOLD,
  isLargeGraph,
  largeGraphOptions,
  largeGraphStyle,
} from './options.ts';
export {
  runLargeLayout,
  startLargeLayout,
  type LargeLayoutOptions,
  type LargeLayoutTask,
} from './layout.ts';
