/**
 * Add the styles of a module that loads on demand to the document, once: as a
 * constructed sheet, so they cost the first view nothing (an imported .css
 * would be inlined into the page) and need no element or inline style for the
 * CSP to allow.
 */
export function adoptStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
