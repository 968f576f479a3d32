// Long texts (a ticket's description) show their first lines with a "Show more" button that reveals the rest; short
// ones show in full. An element with data-show-more holds the text as its first child. Live regions call it again
// for what they swap in (the "live:updated" event).
(function () {
  'use strict';

  function clamp(holder) {
    if (holder.hasAttribute('data-show-more-ready')) {
      return;
    }
    holder.setAttribute('data-show-more-ready', '');
    var text = holder.firstElementChild;
    if (!text) {
      return;
    }
    text.classList.add('text-clamped');
    if (text.scrollHeight <= text.clientHeight + 2) {
      text.classList.remove('text-clamped');
      return;
    }
    if (!text.id) {
      text.id = 'show-more-' + Math.random().toString(36).slice(2);
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-link btn-sm px-0';
    button.textContent = 'Show more';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', text.id);
    button.addEventListener('click', function () {
      var open = text.classList.toggle('text-clamped') === false;
      button.textContent = open ? 'Show less' : 'Show more';
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    holder.appendChild(button);
  }

  function scan(root) {
    root.querySelectorAll('[data-show-more]').forEach(clamp);
  }

  scan(document);
  document.addEventListener('live:updated', function (event) { scan(event.target); });
})();
