import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer build. One output serves both hosts: Electron loads it from its `app://` protocol
 * and the web host serves it over http, so every asset URL is relative (`base: './'`).
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Electron 45 and Debian's Chromium: no need to down-level for older browsers.
    target: 'chrome130',
    sourcemap: true,
    // antd is one large chunk by nature; it is split out and cached, so warn only well above it.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/, priority: 20 },
            // Loaded on demand by the EChart component: only pages with a chart fetch it.
            { name: 'echarts-lib', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 25 },
            // Loaded on demand by the report preview (its worker is a separate file, bundled by `?worker`).
            { name: 'pdfjs-lib', test: /node_modules[\\/]pdfjs-dist[\\/]/, priority: 25 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
