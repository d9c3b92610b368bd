/*
 * Moves focus to the page's error summary (templates/page.xhtml) when a page or a PrimeFaces Ajax update comes
 * back with refusals, so that a screen reader reads them and a keyboard user starts from them. Included by
 * h:outputScript: no inline script, for the Content-Security-Policy.
 */
(function () {
  'use strict';
  var announced = null;
  // only a summary this page or this Ajax response brought: one left from before keeps still while the person
  // types elsewhere (the header's search asks the server at every pause)
  function focusSummary() {
    // the form's summary, or a page's single refusal outside any JSF form (the public check's GET form)
    var summary = document.getElementById('error-summary') || document.querySelector('.refusal[tabindex="-1"]');
    if (summary && summary !== announced) {
      announced = summary;
      summary.focus();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusSummary);
  } else {
    focusSummary();
  }
  // a summary's item leads to its field: the field takes the focus, whatever widget wraps it
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#error-summary a[href^="#"]');
    var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
    if (field) {
      event.preventDefault();
      // a group of radios or boxes is a table: its first choice takes the focus
      var control = field.matches('input, select, textarea, button') ? field : field.querySelector('input, select, textarea');
      (control || field).focus();
    }
  });
  // a refused field's description as InvalidFields wrote it (its hint, then its message) comes first: PrimeFaces'
  // message widget sets the field's aria-describedby to its message alone when it starts, dropping the hint
  function keepDescriptions() {
    document.querySelectorAll('[data-anxin-describedby]').forEach(function (field) {
      var ids = [];
      (field.getAttribute('data-anxin-describedby') + ' ' + (field.getAttribute('aria-describedby') || ''))
        .split(/\s+/).forEach(function (id) {
          if (id && ids.indexOf(id) < 0) {
            ids.push(id);
          }
        });
      if (field.getAttribute('aria-describedby') !== ids.join(' ')) {
        field.setAttribute('aria-describedby', ids.join(' '));
      }
    });
  }
  if (window.MutationObserver) {
    new MutationObserver(keepDescriptions).observe(document.body,
      {subtree: true, attributes: true, attributeFilter: ['aria-describedby']});
  }
  window.addEventListener('load', keepDescriptions);
  keepDescriptions();
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', focusSummary);
    window.jQuery(document).on('pfAjaxComplete', keepDescriptions);
  }
  if (window.faces && window.faces.ajax) {
    window.faces.ajax.addOnEvent(function (data) {
      if (data.status === 'success') {
        focusSummary();
      }
    });
  }
}());
