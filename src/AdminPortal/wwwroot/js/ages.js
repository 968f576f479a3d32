// Keeps every age on the page ticking ("12 s", "3 min ago"): each <time datetime data-age data-age-now> is
// recomputed every second from its two timestamps (the moment it counts from, and the server's time when the page or
// fragment was read), so it moves on by itself, whether or not any other figure changes and whatever the live
// regions do. The browser's clock only measures the time elapsed since the element was first seen, so a browser
// clock set wrong does not skew the ages. The words match Display.Duration on the server.
(function () {
  'use strict';

  var seen = new WeakMap();

  function duration(ms) {
    var seconds = Math.max(0, Math.floor(ms / 1000));
    var minutes = Math.floor(seconds / 60);
    var hours = Math.floor(minutes / 60);
    var days = Math.floor(hours / 24);
    if (minutes < 1) {
      return seconds + ' s';
    }
    if (hours < 1) {
      return minutes + ' min';
    }
    if (days < 1) {
      return hours + ' h ' + String(minutes % 60).padStart(2, '0') + ' min';
    }
    return days + ' d ' + (hours % 24) + ' h';
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('time[data-age][datetime][data-age-now]').forEach(function (element) {
      if (!seen.has(element)) {
        seen.set(element, now);
      }
      var since = Date.parse(element.getAttribute('datetime'));
      var serverNow = Date.parse(element.getAttribute('data-age-now'));
      if (isNaN(since) || isNaN(serverNow)) {
        return;
      }
      var text = duration(serverNow + (now - seen.get(element)) - since)
        + (element.getAttribute('data-age') === 'ago' ? ' ago' : '');
      if (element.textContent !== text) {
        element.textContent = text;
      }
    });
  }

  document.addEventListener('live:updated', tick);
  window.setInterval(tick, 1000);
  tick();
})();
