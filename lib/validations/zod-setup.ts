import * as z from "zod";

// In the browser the pages run under a Content-Security-Policy without 'unsafe-eval', so zod's
// JIT (new Function) cannot run there, and merely probing for it is reported as a CSP violation.
// Parse without it in the browser; the server, where no CSP applies, keeps the faster JIT.
// Imported first by every schema module, because zod decides when a z.object() is created.
if (typeof window !== "undefined") z.config({ jitless: true });
