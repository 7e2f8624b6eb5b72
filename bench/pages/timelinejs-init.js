// Starts TimelineJS3 on the events embedded in the page, with nothing loaded from its CDN:
// scripts (locales) from the local copy, no web font, no theme, no analytics.
/* global TL */
(function () {
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  window.timeline = new TL.Timeline('timeline', data, {
    script_path: '/tl/js/',
    font: null,
    theme: null,
    language: 'en',
    hash_bookmark: false,
    ga_measurement_id: null,
    track_events: [],
  });
})();
