// Keeps parts of a page current without reloading it. An element with data-live-url is refreshed every
// data-live-interval milliseconds: the fragment is fetched, and swapped in only when the data-live-key of its root
// differs from the one shown (so a half-typed form is left alone while nothing changed). A 401 or 403 means the
// session ended (for instance the agent was removed): the page reloads and the server sends it to the sign-in page.
// A region may hold regions of its own (the desk's thread inside its current ticket): they are watched when they
// arrive and forgotten when they leave the page.
(function () {
  'use strict';

  function watch(region) {
    var url = region.getAttribute('data-live-url');
    var interval = Math.max(1000, parseInt(region.getAttribute('data-live-interval'), 10) || 5000);
    var busy = false;
    var timer = null;

    function currentKey() {
      var root = region.firstElementChild;
      return root ? root.getAttribute('data-live-key') : null;
    }

    function refresh() {
      if (!region.isConnected) {
        window.clearInterval(timer);
        document.removeEventListener('visibilitychange', onVisible);
        return;
      }
      if (busy) {
        return;
      }
      busy = true;
      fetch(url, {
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'text/html' }
      }).then(function (response) {
        if (response.status === 401 || response.status === 403) {
          window.location.reload();
          return null;
        }
        return response.ok ? response.text() : null;
      }).then(function (html) {
        if (html === null || html === undefined) {
          return;
        }
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        var next = template.content.firstElementChild;
        if (!next || next.getAttribute('data-live-key') === currentKey()) {
          return;
        }
        region.replaceChildren(template.content);
        region.querySelectorAll('[data-live-url]').forEach(watch);
        region.dispatchEvent(new CustomEvent('live:updated', { bubbles: true }));
      }).catch(function () {
        // Offline for a moment: the next tick tries again.
      }).finally(function () {
        busy = false;
      });
    }

    function onVisible() {
      if (!document.hidden) {
        refresh();
      }
    }

    timer = window.setInterval(refresh, interval);
    document.addEventListener('visibilitychange', onVisible);
  }

  document.querySelectorAll('[data-live-url]').forEach(watch);
})();
