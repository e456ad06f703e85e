(function () {
  try {
    var root = document.documentElement;
    // Margin notes wait, hidden, for scripts/margin-notes.ts to place them beside their words.
    root.dataset.js = '';
    var theme = localStorage.getItem('rome-theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    var mode = localStorage.getItem('rome-reading-mode');
    if (mode === 'hindsight' || mode === 'published') root.dataset.readingMode = mode;
  } catch (error) {}
})();
