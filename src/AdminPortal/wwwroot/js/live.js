// Keeps parts of a page current without reloading it and without asking while nothing happens. An element with
// data-live-url shows one part of the page; data-live-topics names what it shows (desk, thread, dashboard, agents,
// deliveries). The page keeps one connection to the server (Server-Sent Events, data-live-stream on <body>), which
// says which topics changed the moment any process commits a change; the regions showing them fetch their fragment
// once, and swap it in only when the data-live-key of its root differs from the one shown (so a half-typed form is
// left alone while nothing it shows changed). A swap keeps the keyboard focus on the same control where it is still
// there. After a swap the region dispatches "live:updated" (it bubbles).
//
// A dropped connection is reopened by the browser, which says where it was (Last-Event-ID); the server then tells
// the page what it missed. A "signout" message, or a region answering 401/403, means the session ended (the agent was
// removed): the page goes to the sign-in page the 401 names (it says why the session ended), or reloads and lets the
// server send it there. Whichever comes first wins: the session's end is explained once, never overwritten by a
// second navigation that finds the session already gone.
//
// A region may also carry data-live-interval: it is then fetched every so often, but only while its root says work
// is under way (data-live-busy, e.g. webhook deliveries waiting for their next attempt), never on an idle page.
// A region may hold regions of its own (the desk's thread inside its current ticket): they are watched when they
// arrive and forgotten when they leave the page.
(function () {
  'use strict';

  var regions = [];
  var leaving = false;

  // The session ended: to the sign-in address a 401 names (same origin only), else reload the page.
  function leave(response) {
    if (leaving) {
      return;
    }
    leaving = true;
    var target = response && response.status === 401 ? response.headers.get('Location') : null;
    if (target && target.charAt(0) === '/' && target.charAt(1) !== '/' && target.charAt(1) !== '\\') {
      window.location.assign(target);
    } else {
      window.location.reload();
    }
  }

  function watch(region) {
    if (region.liveWatched) {
      return;
    }

    region.liveWatched = true;
    var state = { busy: false, again: false, timer: null };
    var topics = (region.getAttribute('data-live-topics') || '').split(/\s+/).filter(Boolean);
    var interval = parseInt(region.getAttribute('data-live-interval'), 10) || 0;

    function currentKey() {
      var root = region.firstElementChild;
      return root ? root.getAttribute('data-live-key') : null;
    }

    function schedule() {
      window.clearTimeout(state.timer);
      var root = region.firstElementChild;
      if (interval > 0 && root && root.hasAttribute('data-live-busy')) {
        state.timer = window.setTimeout(refresh, Math.max(1000, interval));
      }
    }

    function refresh() {
      if (!region.isConnected) {
        return;
      }
      if (state.busy) {
        // A change arrived while fetching: fetch once more when this one ends, so the last change is never missed.
        state.again = true;
        return;
      }
      state.busy = true;
      fetch(region.getAttribute('data-live-url'), {
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'text/html' }
      }).then(function (response) {
        if (response.status === 401 || response.status === 403) {
          leave(response);
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
        var focus = focusedIn(region);
        region.replaceChildren(template.content);
        refocus(region, focus);
        region.querySelectorAll('[data-live-url]').forEach(watch);
        region.dispatchEvent(new CustomEvent('live:updated', { bubbles: true }));
      }).catch(function () {
        // Offline for a moment: the connection's catch-up brings the region back up to date.
      }).finally(function () {
        state.busy = false;
        if (state.again) {
          state.again = false;
          refresh();
        } else {
          schedule();
        }
      });
    }

    regions.push({ element: region, topics: topics, refresh: refresh });
    schedule();
  }

  // What had the keyboard focus inside a region, told in words that survive the swap: its id, else its form control's
  // name and value (a switch's two buttons share the name), else its test id or link address.
  function focusedIn(region) {
    var active = document.activeElement;
    if (!active || active === document.body || !region.contains(active)) {
      return null;
    }
    if (active.id) {
      return '#' + CSS.escape(active.id);
    }
    var tag = active.tagName.toLowerCase();
    if (active.name) {
      var value = active.value !== undefined && (tag === 'button' || active.type === 'radio' || active.type === 'checkbox')
        ? '[value="' + CSS.escape(active.value) + '"]' : '';
      return tag + '[name="' + CSS.escape(active.name) + '"]' + value;
    }
    if (active.getAttribute('data-testid')) {
      return tag + '[data-testid="' + CSS.escape(active.getAttribute('data-testid')) + '"]';
    }
    if (tag === 'a' && active.getAttribute('href')) {
      return 'a[href="' + CSS.escape(active.getAttribute('href')) + '"]';
    }
    return null;
  }

  // Gives the focus back to the same control in the new content, if it is still there: a keyboard user keeps their
  // place when a region refreshes by itself. Nothing to give back to: the region itself takes it, not the page's top.
  function refocus(region, selector) {
    if (!selector) {
      return;
    }
    var again = region.querySelector(selector);
    if (!again) {
      if (!region.hasAttribute('tabindex')) {
        region.setAttribute('tabindex', '-1');
      }
      again = region;
    }
    again.focus({ preventScroll: true });
  }

  function refreshTopics(names) {
    regions = regions.filter(function (entry) { return entry.element.isConnected; });
    regions.forEach(function (entry) {
      if (entry.topics.some(function (topic) { return names.indexOf(topic) >= 0; })) {
        entry.refresh();
      }
    });
  }

  function connect(streamUrl, after) {
    if (!window.EventSource) {
      return;
    }
    var url = streamUrl + (streamUrl.indexOf('?') >= 0 ? '&' : '?') + 'after=' + encodeURIComponent(after);
    var source = new EventSource(url, { withCredentials: true });
    source.addEventListener('change', function (event) {
      refreshTopics(event.data.split(' '));
    });
    source.addEventListener('signout', function () {
      source.close();
      leave(null);
    });
    source.addEventListener('error', function () {
      if (source.readyState !== EventSource.CLOSED) {
        return; // The browser reconnects by itself and says where it was.
      }
      // Refused outright (signed out, or the server answered something else): ask a region why, then either reload to
      // the sign-in page or connect again in a while, telling the server we do not know where we were.
      window.setTimeout(function () {
        var first = regions.filter(function (entry) { return entry.element.isConnected; })[0];
        var probe = first ? first.element.getAttribute('data-live-url') : window.location.href;
        fetch(probe, { credentials: 'same-origin', cache: 'no-store', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
          .then(function (response) {
            if (response.status === 401 || response.status === 403 || response.redirected) {
              leave(response);
            } else {
              connect(streamUrl, -1);
            }
          })
          .catch(function () { connect(streamUrl, -1); });
      }, 5000);
    });
  }

  document.querySelectorAll('[data-live-url]').forEach(watch);
  var stream = document.body.getAttribute('data-live-stream');
  if (stream && regions.some(function (entry) { return entry.topics.length > 0; })) {
    connect(stream, document.body.getAttribute('data-live-after') || '-1');
  }
})();
