/** "April 25, 2022", read in UTC so a date never shifts with the build machine's zone. */
export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "2022-04-25" in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
