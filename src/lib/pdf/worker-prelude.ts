/**
 * Must be the first import of pdf.worker.ts. On the Vite dev server, @vitejs/plugin-react
 * adds React Refresh calls (`window.$RefreshReg$`) to every .tsx module, and a worker has no
 * `window`: give it one so the document components load (stack-notes §3.4). Production
 * builds carry no refresh code, so this does nothing there.
 */
if (import.meta.env.DEV && typeof window === 'undefined') {
  const scope = self as unknown as Record<string, unknown>;
  scope.window = self;
  scope.$RefreshReg$ = () => {};
  scope.$RefreshSig$ = () => (type: unknown) => type;
}

export {};
