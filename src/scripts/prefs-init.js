(function () {
  try {
    var theme = localStorage.getItem('rome-theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (error) {}
})();
