// Live preview for the publication editor. The server renders and sanitises the Markdown with the
// same code as the public page; this script only sends the text and shows the answer.
(function () {
  'use strict';
  var body = document.getElementById('body');
  var preview = document.getElementById('preview');
  if (!body || !preview) {
    return;
  }
  var header = document.querySelector('meta[name="csrf-header"]').content;
  var token = document.querySelector('meta[name="csrf-token"]').content;
  var timer = null;
  var sent = 0;

  function render() {
    var mine = ++sent;
    var data = new URLSearchParams();
    data.set('body', body.value);
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    headers[header] = token;
    fetch('/admin/publications/preview', { method: 'POST', headers: headers, body: data, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (json) {
        if (mine === sent && typeof json.html === 'string') {
          preview.innerHTML = json.html;
        }
      })
      .catch(function () { /* keep the last preview; saving still works */ });
  }

  body.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(render, 300);
  });
}());
