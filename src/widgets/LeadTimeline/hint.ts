// The line above the chart: what a reader can do, before and after the script runs.
export const HINT = {
  static: 'Open a claim for the author’s words, its horizon and what happened since.',
  live: 'Open a claim (Enter or click) for the author’s words, its horizon and what happened since. Arrow keys move between claims; Escape closes.',
};
