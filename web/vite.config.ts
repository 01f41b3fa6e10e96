import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { constants } from 'node:zlib';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = new URL('.', import.meta.url).pathname;
const api = process.env.API_URL ?? 'http://localhost:4000';

// Two pages: the explorer (index.html) and the offline GraphiQL IDE (graphiql.html). Cytoscape,
// its fcose layout (apart: large views are laid out by the worker's own copy), the matrix, the
// metrics and the exports are split into chunks loaded when first needed.
export default defineConfig({
  root,
  // Brotli and gzip copies beside each text asset, served by the API to clients that accept them.
  // Brotli quality 9: within 10% of the smallest output at a fifteenth of quality 11's build time.
  plugins: [
    react(),
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 1024,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        main: `${root}index.html`,
        graphiql: `${root}graphiql.html`,
      },
      // GraphiQL's React Compiler hints ("use no memo") mean nothing to the bundler: keep the log to what matters.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      checks: { bundlerTimings: false },
    },
  },
  worker: { format: 'es' },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
});
