/** The large-graph layout off the main thread (the mode's thresholds and style: ../large-mode.ts). */
export {
  runLargeLayout,
  startLargeLayout,
  type LargeLayoutOptions,
  type LargeLayoutTask,
} from './layout.ts';
