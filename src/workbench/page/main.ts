/// <reference lib="dom" />
import { startPage } from './app.js';
import { startWorker } from './worker.js';

// One bundle, two roles: on the page it runs the workbench; loaded as a Blob worker (the page
// passes its own script text) it aligns. A worker has no document.
if (typeof document === 'undefined') startWorker(self as unknown as Parameters<typeof startWorker>[0]);
else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startPage);
else startPage();
