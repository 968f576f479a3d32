// Forms: after a refused submission, the cursor goes to the first field the page marks as invalid, so a keyboard or
// screen-reader user lands on the first thing to fix (its message is linked to it with aria-describedby).
(() => {
    'use strict';
    const first = document.querySelector('main form [aria-invalid="true"]');
    if (first instanceof HTMLElement) {
        first.focus();
    }
})();
