import { apiUrl } from './api.js';
import { startEarly } from './early.js';
import { firstRequests } from './requests.js';
import { parseHash } from './route.js';

// Inlined at the top of index.html (web/inline-bundle.ts), this runs before the app's code is even
// parsed: the page's data is on its way while the bundle loads and draws the page's frame.
startEarly(firstRequests(parseHash(location.hash)).map((r) => apiUrl(r.path, r.params)));
