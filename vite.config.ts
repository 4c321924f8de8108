import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyCssTemplates as minifyCss } from './scripts/css-templates.js';

/** Mounts the reference API at `/api` on Vite's dev and preview servers, so the demo needs no other step. */
function referenceApi(): Plugin {
  const mount = async (use: (handler: never) => void) => {
    const { connectMiddleware } = await import('./server/connect.js');
    use(connectMiddleware('/api') as never);
  };
  return {
    name: 'agenda-reference-api',
    configureServer: (server) => mount((handler) => server.middlewares.use(handler)),
    configurePreviewServer: (server) => mount((handler) => server.middlewares.use(handler)),
  };
}

/**
 * Minifies the CSS of Lit's css`…` templates in the bundles (the JS minifier leaves template text alone):
 * comments, indentation and the spaces around punctuation go; strings and `${…}` stay (scripts/css-templates.js).
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'agenda-minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Line breaks are kept, so no source map is needed.
      return { code: minifyCss(code), map: null };
    },
  };
}

/**
 * The files a partner loads (`npm run build` runs both passes through scripts/build.js):
 *
 * - `vite build` → `dist/agenda-widgets.js`, an ES module for `<script type="module">`. Lazily imported
 *   parts become chunks in `dist/chunks/`, imported with relative URLs (`import("./chunks/…")`), so the
 *   files work from any folder of any CDN. Lit, @lit/task and DOMPurify are bundled.
 * - `vite build --mode iife` → `dist/agenda-widgets.iife.js`, the same for a classic `<script src>`. An
 *   IIFE cannot load chunks, so dynamic imports are inlined (rolldown's `codeSplitting: false`, formerly
 *   `inlineDynamicImports`); it runs second and keeps what the first pass wrote.
 */
function bundle(format: 'es' | 'iife'): UserConfig['build'] {
  return {
    target: 'es2022',
    emptyOutDir: format === 'es',
    copyPublicDir: false,
    sourcemap: true,
    lib: {
      entry: format === 'es' ? 'src/bundle.ts' : 'src/bundle-classic.ts',
      name: 'AgendaWidgetsClassic',
      formats: [format],
      fileName: () => (format === 'es' ? 'agenda-widgets.js' : 'agenda-widgets.iife.js'),
    },
    rolldownOptions: {
      // src/client/index.ts re-exports the error wording for the npm package, where importing it completes
      // AgendaError's messages. The elements never use that export: declaring the module free of side effects
      // lets the bundle leave it out of `core`, and the error path loads it (src/ui/error-texts.ts).
      // Other modules keep what they declare (undefined: the default).
      treeshake: { moduleSideEffects: (id: string) => (/src[\\/]client[\\/]error-messages\.ts$/.test(id) ? false : undefined) },
      output: {
        // Without this, library builds keep whitespace and names (see shared TOOLING.md).
        minify: true,
        ...(format === 'es'
          ? {
              chunkFileNames: 'chunks/[name]-[hash].js',
              // What every element needs (Lit, the client, configuration, the shared element base) in one
              // chunk rather than a handful: fewer requests on the critical path and better compression.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    test: /node_modules[\\/](lit-html[\\/](lit-html|directive|is-server)|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag)|@lit[\\/]task[\\/][\w-]+|lit[\\/][\w-]+|(lit|lit-html)[\\/]directives[\\/]if-defined)\.js|src[\\/]client[\\/](?!agenda-client|urls-places|validate-places|geocoder|normalize-detail|normalize-places|times|error-messages|response)|src[\\/]config[\\/](?!position|shared)|src[\\/]elements[\\/](base[\\/][\w-]+|define)\.ts|src[\\/]ui[\\/](card|errors|events|format|i18n|icons|logger|safe|states|style-properties|styles)\.ts/,
                  },
                  // The event view's own modules in one chunk (after core, so Lit stays there): its parser only
                  // ever loads with it, and one file compresses better than several.
                  {
                    name: 'agenda-event',
                    test: /src[\\/](elements[\\/]agenda-event(\.component)?\.ts|detail[\\/]|ui[\\/](detail[\\/]|price\.ts)|client[\\/]normalize-detail\.ts)/,
                  },
                ],
              },
            }
          : { codeSplitting: false }),
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [referenceApi(), minifyCssTemplates()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: bundle(mode === 'iife' ? 'iife' : 'es'),
}));
