(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem('rome-theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    var mode = localStorage.getItem('rome-reading-mode');
    if (mode === 'hindsight' || mode === 'published') root.dataset.readingMode = mode;
  } catch (error) {}
})();
