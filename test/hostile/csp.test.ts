// The widgets as ES modules (through the test server) on a page with `default-src 'self'`:
// no inline script or style needed, zero `securitypolicyviolation` events.
import {checkCspPage} from './csp-support.js';

describe("CSP default-src 'self' (ES modules)", function () {
  this.timeout(30000);
  it('every widget renders and is operated with zero securitypolicyviolation events', async () => {
    await checkCspPage('/test/hostile/pages/csp-dev.html');
  });
});
