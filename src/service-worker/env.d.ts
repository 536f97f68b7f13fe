// What the build defines for the worker (src/integrations/offline.ts), as Vite does for pages.
interface ImportMeta {
  readonly env?: { readonly BASE_URL?: string };
}
