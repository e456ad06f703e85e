// The lead-time timeline's pure logic, by concern. Pure: no Astro, no DOM.
export * from './types';
export * from './calendar';
export * from './geometry';
export * from './copy';
export * from './build';
export * from './fragment';
export * from './status';

/** Re-exported for callers that format the timeline's days. */
export { formatDay } from '../dates';
