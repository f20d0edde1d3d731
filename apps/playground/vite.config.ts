import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * Builds the playground into dist/, which the gateway serves at `/` in the local stage.
 * `vite` (dev) proxies /graphql, HTTP and WebSocket, to a gateway on KORBILL_URL
 * (default http://127.0.0.1:4000).
 */
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2_500 },
  server: {
    proxy: {
      "/graphql": { target: process.env.KORBILL_URL ?? "http://127.0.0.1:4000", ws: true },
    },
  },
});
