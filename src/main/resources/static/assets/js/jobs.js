// Moves the progress bar of a background job (index rebuild, import, newsletter delivery) by asking
// the server for its status; when the job ends, shows its report lines (as text, never as HTML).
// Without this script the page still shows the state at each load.
(function () {
  'use strict';
  var boxes = document.querySelectorAll('[data-job-status]');
  Array.prototype.forEach.call(boxes, function (box) {
    var bar = box.querySelector('.job-bar');
    var state = box.querySelector('.job-state');
    var count = box.querySelector('.job-count');
    var message = box.querySelector('.job-message');
    var hint = box.querySelector('.job-reload');
    var report = box.querySelector('.job-report');
    if (hint) {
      hint.hidden = true;
    }
    function show(job) {
      bar.value = job.percent;
      bar.textContent = job.percent + '%';
      bar.setAttribute('aria-label', job.label + ': ' + job.percent + '%');
      state.textContent = job.state;
      count.textContent = job.done + ' of ' + job.total;
      message.textContent = job.message;
      if (report && job.report && job.report.length !== report.children.length) {
        report.textContent = '';
        job.report.forEach(function (line) {
          var item = document.createElement('li');
          item.textContent = line;
          report.appendChild(item);
        });
      }
    }
    function poll() {
      fetch(box.getAttribute('data-job-status'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (job) {
          if (!job) {
            return;
          }
          show(job);
          if (job.state === 'waiting' || job.state === 'running') {
            setTimeout(poll, 1000);
          }
        })
        .catch(function () { setTimeout(poll, 5000); });
    }
    if (state.textContent === 'waiting' || state.textContent === 'running') {
      poll();
    }
  });
}());
