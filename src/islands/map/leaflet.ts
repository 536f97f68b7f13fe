import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';

/**
 * Leaflet with the marker-cluster plugin. The plugin's bundle reads a global `L` when it runs, so it
 * is imported only after the global is set.
 */
export async function loadLeaflet(): Promise<typeof L> {
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');
  return L;
}
