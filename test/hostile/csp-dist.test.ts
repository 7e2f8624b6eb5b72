// The CDN build (dist/cdn/summit-widgets.js, made by `npm test` before the runner; left out by
// `npm run test:quick`) on a page with `default-src 'self'`: zero `securitypolicyviolation` events.
import {checkCspPage} from './csp-support.js';

describe("CSP default-src 'self' (dist/cdn/summit-widgets.js)", function () {
  this.timeout(30000);
  it('every widget renders and is operated with zero securitypolicyviolation events', async () => {
    await checkCspPage('/test/hostile/pages/csp.html');
  });
});
