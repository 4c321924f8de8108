import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [referenceApi()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2021',
    lib: {
      entry: 'src/index.ts',
      name: 'AgendaWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'agenda-widgets.js' : `agenda-widgets.${format}.js`),
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
