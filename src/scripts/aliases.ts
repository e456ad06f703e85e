/** Send a retired fragment (#old) on to the id it became (#new). */
export function followAliases(aliases: Readonly<Record<string, string>>): void {
  const redirect = () => {
    const target = aliases[decodeURIComponent(window.location.hash.slice(1))];
    // location.replace (not replaceState) so :target and the scroll apply to the new id.
    if (target) window.location.replace(`#${target}`);
  };
  window.addEventListener('hashchange', redirect);
  redirect();
}
