// Keeps what an agent types in the desk's forms (the reply, the resolve form's outcome and message) in this tab's
// sessionStorage, per agent, form and ticket, until the server says it was sent. A session that ends mid-typing (the
// agent removed or locked, a reload by the live region, a crash of the tab's page) loses nothing: the page that
// comes back fills the empty fields again and says so. Only this tab keeps it (sessionStorage), so a shared computer
// does not show it to the next person's browser. The live region may swap the forms in at any time, so every event
// is caught at the document and the forms are filled again after each `live:updated`.
(function () {
  'use strict';

  var PREFIX = 'supportdesk.draft.';

  function owner() {
    var element = document.querySelector('[data-draft-owner]');
    return element ? element.getAttribute('data-draft-owner') : '';
  }

  function keyOf(form) {
    var ticket = form.querySelector('input[name="TicketId"]');
    if (!ticket || !ticket.value) {
      return null;
    }
    return PREFIX + owner() + '.' + form.getAttribute('data-draft') + '.' + ticket.value;
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.name !== 'TicketId' && element.name !== '__RequestVerificationToken'
        && ['file', 'hidden', 'submit', 'button'].indexOf(element.type) < 0;
    });
  }

  function read(key) {
    try {
      return JSON.parse(window.sessionStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  function write(key, draft) {
    try {
      if (draft) {
        window.sessionStorage.setItem(key, JSON.stringify(draft));
      } else {
        window.sessionStorage.removeItem(key);
      }
    } catch (e) {
      // Storage full or refused (private mode): the form still works, only without a kept draft.
    }
  }

  function save(form) {
    var key = keyOf(form);
    if (!key) {
      return;
    }
    var draft = {};
    var typed = false;
    fields(form).forEach(function (element) {
      if (element.type === 'radio') {
        if (element.checked) {
          draft[element.name] = element.value;
          typed = true;
        }
      } else if (element.type === 'checkbox') {
        draft[element.name] = element.checked;
        typed = typed || element.checked;
      } else if (element.value.trim() !== '') {
        draft[element.name] = element.value;
        typed = true;
      }
    });
    write(key, typed ? draft : null);
  }

  function restore(form) {
    var key = keyOf(form);
    var draft = key ? read(key) : null;
    if (!draft) {
      return;
    }
    var restored = false;
    fields(form).forEach(function (element) {
      if (!Object.prototype.hasOwnProperty.call(draft, element.name)) {
        return;
      }
      var value = draft[element.name];
      if (element.type === 'radio') {
        if (element.value === value && !form.querySelector('input[type="radio"][name="' + element.name + '"]:checked')) {
          element.checked = true;
          restored = true;
        }
      } else if (element.type === 'checkbox') {
        if (value === true && !element.checked) {
          element.checked = true;
          restored = true;
        }
      } else if (element.value === '' && typeof value === 'string') {
        element.value = value;
        restored = true;
      }
    });
    if (restored && !form.querySelector('[data-draft-restored]')) {
      var note = document.createElement('p');
      note.className = 'form-text text-success mt-0 mb-2';
      note.setAttribute('role', 'status');
      note.setAttribute('data-draft-restored', '');
      note.setAttribute('data-testid', 'draft-restored');
      note.textContent = 'Your unsent draft was restored. It is kept in this tab until it is sent.';
      form.insertBefore(note, form.firstChild);
    }
  }

  function restoreAll(root) {
    root.querySelectorAll('form[data-draft]').forEach(restore);
  }

  function onEdit(event) {
    var form = event.target && event.target.form;
    if (form && form.hasAttribute('data-draft')) {
      save(form);
    }
  }

  // What the server accepted: its draft is done with.
  document.querySelectorAll('[data-draft-sent]').forEach(function (element) {
    var sent = element.getAttribute('data-draft-sent').split(':');
    if (sent.length === 2) {
      write(PREFIX + owner() + '.' + sent[0] + '.' + sent[1], null);
    }
  });

  document.addEventListener('input', onEdit);
  document.addEventListener('change', onEdit);
  document.addEventListener('live:updated', function (event) {
    restoreAll(event.target instanceof Element ? event.target : document);
  });
  restoreAll(document);
})();
