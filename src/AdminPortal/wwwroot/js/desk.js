// The desk's attention and speed aids (issue 17):
// - A new ticket announces itself: when the current-ticket region swaps in a ticket it did not show before
//   (`live:updated`, dispatched by live.js after a swap), a tab that is not focused gets the title
//   "(n) New ticket — …" until it is focused again, and a desktop notification when the agent enabled them.
// - Keyboard shortcuts, ignored while typing in a field or with a modifier held: r (the message to the customer of
//   the resolve form), o (the outcome), a (switch Available/Away), ? (the list of shortcuts, a modal dialog).
(function () {
  'use strict';

  var title = document.title;
  var focused = document.hasFocus();
  var unseen = 0;
  var shown = currentTicket(document);

  function currentTicket(root) {
    var article = root.querySelector('article[data-ticket]');
    return article ? article.getAttribute('data-ticket') : null;
  }

  function seen() {
    focused = true;
    unseen = 0;
    document.title = title;
  }

  function announce(number) {
    if (focused && !document.hidden) {
      return;
    }
    unseen += 1;
    document.title = '(' + unseen + ') New ticket — ' + title;
    if ('Notification' in window && window.Notification.permission === 'granted') {
      var note = new window.Notification('New ticket ' + number, { body: 'A ticket is waiting on your desk.', tag: 'supportdesk-new-ticket' });
      note.onclick = function () {
        window.focus();
        note.close();
      };
    }
  }

  window.addEventListener('focus', seen);
  window.addEventListener('blur', function () {
    focused = false;
  });
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && document.hasFocus()) {
      seen();
    }
  });
  document.addEventListener('live:updated', function (event) {
    var region = event.target instanceof Element ? event.target : null;
    // The thread region inside the ticket updates too; only the current-ticket region says which ticket is shown.
    if (!region || !region.parentElement || !region.parentElement.hasAttribute('data-desk-current')) {
      return;
    }
    var number = currentTicket(region);
    if (number && number !== shown) {
      announce(number);
    }
    shown = number;
  });

  // Desktop notifications: only after the agent asks for them (the browser asks for the permission then).
  var enable = document.querySelector('[data-enable-notifications]');
  if (enable) {
    var state = enable.parentElement.querySelector('[data-notifications-state]');
    var showState = function () {
      var permission = 'Notification' in window ? window.Notification.permission : 'unsupported';
      enable.hidden = permission !== 'default';
      if (state) {
        state.textContent = permission === 'granted' ? 'Desktop notifications are on.'
          : permission === 'denied' ? 'Desktop notifications are blocked in this browser.'
          : permission === 'unsupported' ? 'This browser has no desktop notifications.' : '';
      }
    };
    enable.addEventListener('click', function () {
      window.Notification.requestPermission().then(showState);
    });
    showState();
  }

  // Shortcuts.
  var help = document.getElementById('shortcuts-help');

  function typing(target) {
    return target instanceof Element
      && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function focusIn(selector) {
    var element = document.querySelector(selector);
    if (element) {
      element.focus();
      return true;
    }
    return false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typing(event.target)
      || (help && help.open)) {
      return;
    }
    var done = false;
    switch (event.key) {
      case 'r':
        done = focusIn('form[data-draft="resolve"] textarea[name="Note"]');
        break;
      case 'o':
        done = focusIn('form[data-draft="resolve"] input[name="Outcome"]:checked')
          || focusIn('form[data-draft="resolve"] input[name="Outcome"]');
        break;
      case 'a':
        var other = document.querySelector('form[data-availability] button[aria-pressed="false"]');
        if (other) {
          other.click();
          done = true;
        }
        break;
      case '?':
        if (help) {
          help.showModal();
          done = true;
        }
        break;
    }
    if (done) {
      event.preventDefault();
    }
  });

  document.querySelectorAll('[data-open-shortcuts]').forEach(function (button) {
    button.addEventListener('click', function () {
      help.showModal();
    });
  });
})();
