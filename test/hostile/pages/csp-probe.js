/* global window, document */
// Loaded first by the CSP pages: records every Content-Security-Policy violation on `window`,
// where the test (same origin) reads them.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
