// How long Leaflet.markercluster takes to cluster many points in a real browser.
// Usage: node scripts/bench-map-cluster.ts [points=5000] [runs=5]
// Loads Leaflet and the plugin from node_modules into a blank page (no network), scatters the points
// over Tam Đường's box with the map's own kind of divIcon markers, and times `addLayers` (the whole
// clustering, not chunked) and the first render after it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';

const count = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);
const require = createRequire(import.meta.url);
const source = (path: string) => readFileSync(require.resolve(path), 'utf8');
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

const browser = await chromium.launch({ ...(executablePath && { executablePath }) });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.setContent(
  `<!doctype html><style>${source('leaflet/dist/leaflet.css')}</style><div id="map" style="height:600px"></div>`,
);
await page.addScriptTag({ content: source('leaflet/dist/leaflet.js') });
await page.addScriptTag({ content: source('leaflet.markercluster/dist/leaflet.markercluster.js') });

const timings: { build: number; cluster: number; render: number }[] = [];
for (let run = 0; run < runs; run += 1) {
  timings.push(
    await page.evaluate(async (n) => {
      const L = (window as unknown as { L: typeof import('leaflet') }).L;
      document.getElementById('map')!.replaceWith(Object.assign(document.createElement('div'), { id: 'map' }));
      document.getElementById('map')!.style.height = '600px';
      const map = L.map('map', { maxZoom: 19 }).fitBounds([
        [22.3, 103.4],
        [22.5, 103.7],
      ]);
      let seed = 1;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      const t0 = performance.now();
      const markers = Array.from({ length: n }, (_, i) =>
        L.marker([22.3 + random() * 0.2, 103.4 + random() * 0.3], {
          keyboard: true,
          title: `Point ${i}`,
          icon: L.divIcon({ html: '<svg width="32" height="32"></svg>', className: 'map-marker', iconSize: [32, 32] }),
        }),
      );
      const t1 = performance.now();
      const group = L.markerClusterGroup({ maxClusterRadius: 48, showCoverageOnHover: false }).addTo(map);
      group.addLayers(markers);
      const t2 = performance.now();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const t3 = performance.now();
      map.remove();
      return { build: t1 - t0, cluster: t2 - t1, render: t3 - t2 };
    }, count),
  );
}
await browser.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`${count} points, ${runs} runs, ${executablePath ?? 'Playwright Chromium'}`);
console.log(`  create markers: median ${ms(median(timings.map((t) => t.build)))}`);
console.log(
  `  cluster (addLayers): median ${ms(median(timings.map((t) => t.cluster)))}, all ${timings.map((t) => ms(t.cluster)).join(', ')}`,
);
console.log(`  first paint after: median ${ms(median(timings.map((t) => t.render)))}`);
