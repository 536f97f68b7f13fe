import type * as Leaflet from 'leaflet';
import { mapPointDataPath } from '~/lib/routes.ts';
import { featureId, type MapFeatureCollection } from '~/lib/geojson.ts';
import { TILE_SUBDOMAINS } from '~/lib/tiles.ts';
import type { MapPointDetails } from '~/lib/map-details.ts';
import { MAP_POINT_KINDS, type Locale, type MapPointKind } from '~/schemas/enums.ts';
import { loadLeaflet } from '~/islands/map/leaflet.ts';
import { markerSvg } from '~/lib/map-marker.ts';
import { popupContent } from '~/islands/map/popup.ts';
import { fill } from '~/lib/fill.ts';
import { langIfDifferent, localText } from '~/lib/localize.ts';
import type { MapStrings } from '~/i18n/slices.ts';

export interface MapOptions {
  locale: Locale;
  strings: MapStrings;
  tiles: string;
  /** HTML, built on the server from site.json's text: Leaflet inserts it as HTML. */
  attribution: string;
  center: [number, number];
  zoom: number;
  features: MapFeatureCollection['features'];
  kinds: Set<MapPointKind>;
  onTileError: () => void;
  /** A popup opened (its point's id) or closed (undefined). */
  onPointChange: (id: string | undefined) => void;
  /** Opening a point on a hidden layer turned that layer back on. */
  onKindsChange: (kinds: Set<MapPointKind>) => void;
}

export interface MapController {
  showKinds(kinds: Set<MapPointKind>): void;
  /** Zooms to a point (out of its cluster) and opens its popup; `focus` moves keyboard focus into it. */
  openPoint(id: string, focus: boolean): boolean;
  destroy(): void;
}

const ACTIVATE = new Set(['Enter', ' ', 'Spacebar']);

/** The Leaflet side of the map explorer: markers, clusters, popups and keyboard; no React here. */
export async function createMapController(element: HTMLElement, options: MapOptions): Promise<MapController> {
  const L = await loadLeaflet();
  const { locale, strings: s } = options;

  const map = L.map(element, { center: options.center, zoom: options.zoom, maxZoom: 19, zoomControl: false });
  // Bottom right, under the thumb on a phone and away from the popups, which open above their marker
  // and are panned clear of the top edge: a popup's title is never under the buttons (issue #16).
  L.control.zoom({ zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut, position: 'bottomright' }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  // The subdomains {s} stands for: the Content-Security-Policy allows exactly these hosts.
  L.tileLayer(options.tiles, { attribution: options.attribution, maxZoom: 19, subdomains: [...TILE_SUBDOMAINS] })
    .on('tileerror', options.onTileError)
    .addTo(map);

  /**
   * Pans the map so that an open popup lies inside it with a margin. Leaflet pans for the popup as it
   * opens (with "Loading…" in it) and then skips its next pan, so a popup that grows when its details
   * arrive could stick out above the map, its title out of sight (issue #16).
   */
  const keepInside = (popup: Leaflet.Popup) => {
    const box = popup.getElement()?.getBoundingClientRect();
    if (!box) return;
    const frame = element.getBoundingClientRect();
    const margin = 16;
    let dx = 0;
    let dy = 0;
    if (box.top < frame.top + margin) dy = box.top - frame.top - margin;
    else if (box.bottom > frame.bottom - margin)
      dy = Math.min(box.bottom - frame.bottom + margin, box.top - frame.top - margin);
    if (box.left < frame.left + margin) dx = box.left - frame.left - margin;
    else if (box.right > frame.right - margin)
      dx = Math.min(box.right - frame.right + margin, box.left - frame.left - margin);
    if (dx || dy) map.panBy([dx, dy], { animate: false });
  };

  // Clusters are markers too: Leaflet makes their icons focusable buttons; Enter and Space zoom in.
  const clusters = new Map<string, Leaflet.MarkerCluster>();
  const group = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 48,
    chunkedLoading: true,
    iconCreateFunction(cluster) {
      const id = String(clusters.size + 1);
      clusters.set(id, cluster);
      const count = cluster.getChildCount();
      const html = document.createElement('span');
      html.dataset.cluster = id;
      html.append(Object.assign(document.createElement('span'), { textContent: String(count), ariaHidden: 'true' }));
      html.append(
        Object.assign(document.createElement('span'), {
          className: 'visually-hidden',
          textContent: fill(s.cluster, { count }),
        }),
      );
      return L.divIcon({ html, className: 'map-cluster', iconSize: [40, 40] });
    },
  }).addTo(map);

  const details = new Map<string, Promise<MapPointDetails>>();
  const loadDetails = (id: string) => {
    let request = details.get(id);
    if (!request) {
      request = fetch(mapPointDataPath(id)).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json() as Promise<MapPointDetails>;
      });
      request.catch(() => details.delete(id));
      details.set(id, request);
    }
    return request;
  };

  const byId = new Map<string, { marker: Leaflet.Marker; kind: MapPointKind }>();
  const byKind = new Map<MapPointKind, Leaflet.Marker[]>(MAP_POINT_KINDS.map((kind) => [kind, []]));
  let focusNextPopup = false;

  for (const feature of options.features) {
    const { kind, name, nameEn } = feature.properties;
    const id = featureId(feature.properties);
    const [lng, lat] = feature.geometry.coordinates;
    const label = localText(name, nameEn, locale);
    const html = document.createElement('span');
    html.dataset.point = id;
    html.innerHTML = markerSvg(kind);
    html.append(
      Object.assign(document.createElement('span'), {
        className: 'visually-hidden',
        textContent: `${label.text} (${s[`kind.${kind}`]})`,
      }),
    );
    const lang = langIfDifferent(label, locale);
    if (lang) html.lang = lang;
    const icon = L.divIcon({
      html,
      className: `map-marker map-marker--${kind}`,
      iconSize: [32, 32],
      popupAnchor: [0, -12],
    });
    const marker = L.marker([lat, lng], { icon, keyboard: true, title: label.text });
    const loading = Object.assign(document.createElement('p'), { textContent: s.loading });
    marker.bindPopup(loading, {
      maxWidth: 320,
      minWidth: 220,
      autoPanPaddingTopLeft: [16, 16],
      autoPanPaddingBottomRight: [16, 16],
    });
    marker.on('popupopen', (event) => {
      const popup = event.popup;
      // Leaflet labels its close button in English only.
      popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', s.closePopup);
      // Narrow phones: the popup must fit inside the map as it is now, close button included.
      popup.options.maxWidth = Math.min(320, element.clientWidth - 64);
      popup.options.minWidth = Math.min(220, popup.options.maxWidth);
      // and no taller than the map: a sales point with many products scrolls inside its popup, instead
      // of a popup taller than a phone's map that keepInside would pan the map away for (issue #16).
      popup.options.maxHeight = Math.max(160, element.clientHeight - 96);
      const focus = focusNextPopup;
      focusNextPopup = false;
      options.onPointChange(id);
      loadDetails(id).then(
        (data) => {
          popup.setContent(popupContent(data, locale, s));
          popup.update();
          keepInside(popup);
          if (focus) popup.getElement()?.querySelector<HTMLElement>('.map-popup__name')?.focus();
        },
        () => popup.setContent(Object.assign(document.createElement('p'), { textContent: s.loadError })),
      );
    });
    marker.on('popupclose', (event) => {
      options.onPointChange(undefined);
      // Give focus back to the marker it came from rather than losing it to the page.
      if (event.popup.getElement()?.contains(document.activeElement)) marker.getElement()?.focus();
    });
    byId.set(id, { marker, kind });
    byKind.get(kind)?.push(marker);
  }

  const shown = new Set<MapPointKind>();
  const showKinds = (kinds: Set<MapPointKind>) => {
    for (const kind of MAP_POINT_KINDS) {
      const markers = byKind.get(kind) ?? [];
      if (kinds.has(kind) && !shown.has(kind)) group.addLayers(markers);
      if (!kinds.has(kind) && shown.has(kind)) group.removeLayers(markers);
      if (kinds.has(kind)) shown.add(kind);
      else shown.delete(kind);
    }
  };
  showKinds(options.kinds);

  // The island's styles may arrive after the map measured its box: measure again now and on every resize.
  map.invalidateSize({ animate: false });
  const resizes = new ResizeObserver(() => map.invalidateSize());
  resizes.observe(element);
  const all = [...byId.values()].map(({ marker }) => marker.getLatLng());
  if (all.length > 0) map.fitBounds(L.latLngBounds(all), { padding: [32, 32], maxZoom: 15, animate: false });

  element.addEventListener('keydown', (event) => {
    // Leaflet hears Escape only while the map itself has focus, not a marker or the popup's links.
    if (event.key === 'Escape' && event.target !== element) {
      map.closePopup();
      return;
    }
    if (!ACTIVATE.has(event.key) || !(event.target instanceof HTMLElement)) return;
    const icon = event.target.closest('.leaflet-marker-icon');
    const clusterId = icon?.querySelector<HTMLElement>('[data-cluster]')?.dataset.cluster;
    const pointId = icon?.querySelector<HTMLElement>('[data-point]')?.dataset.point;
    if (clusterId) {
      event.preventDefault();
      const cluster = clusters.get(clusterId);
      if (!cluster) return;
      // At the deepest zoom a cluster cannot split by zooming: fan its markers out instead.
      if (
        map.getZoom() >= map.getMaxZoom() ||
        cluster.getBounds().getNorthEast().equals(cluster.getBounds().getSouthWest())
      ) {
        // The cluster's icon goes away: focus moves to the first of its fanned-out markers.
        group.once('spiderfied', (spider) =>
          (spider as unknown as { markers: Leaflet.Marker[] }).markers[0]?.getElement()?.focus(),
        );
        cluster.spiderfy();
      } else {
        // The cluster's icon goes away: focus stays in the map, where Tab goes on to the new markers.
        group.once('animationend', () => {
          if (!element.contains(document.activeElement)) element.focus();
        });
        cluster.zoomToBounds({ padding: [32, 32] });
      }
    } else if (pointId) {
      focusNextPopup = true;
      // Leaflet opens the popup on Enter itself; Space, as on any button, is ours.
      if (event.key !== 'Enter') {
        event.preventDefault();
        byId.get(pointId)?.marker.openPopup();
      }
    }
  });

  const openPoint = (id: string, focus: boolean) => {
    const entry = byId.get(id);
    if (!entry) return false;
    if (!shown.has(entry.kind)) {
      const kinds = new Set([...shown, entry.kind]);
      showKinds(kinds);
      options.onKindsChange(kinds);
    }
    group.zoomToShowLayer(entry.marker, () => {
      focusNextPopup = focus;
      entry.marker.openPopup();
    });
    return true;
  };

  return {
    showKinds,
    openPoint,
    destroy: () => {
      resizes.disconnect();
      map.remove();
    },
  };
}
